package london.victimvoice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.security.ui.StaffSignInView;
import london.victimvoice.portal.support.PlainHttp;

/**
 * Signing in gives the browser a new session id, so an id planted or seen before sign-in
 * (session fixation) never becomes a signed-in session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInSessionIT {

    private static final String SIGN_IN = "/" + StaffSignInView.PATH;
    private static final String STAFF_PAGE = "/staff";

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory directory;

    @Test
    void signing_in_replaces_the_session_id() throws Exception {
        directory.ensureAccount("session.test", "Session Test", Roles.COORDINATOR, "a long test passphrase");
        var http = new PlainHttp(port);
        var signInPage = http.get(SIGN_IN, null);
        var before = PlainHttp.newSessionId(signInPage).orElseThrow(() -> new AssertionError("no session before sign-in"));

        var signedIn = http.postForm(SIGN_IN, Map.of("username", "session.test", "password", "a long test passphrase",
                "_csrf", PlainHttp.csrfToken(signInPage)), before);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        var after = PlainHttp.newSessionId(signedIn).orElseThrow(() -> new AssertionError("sign-in kept the old session id"));
        assertThat(after).isNotEqualTo(before);
        assertThat(http.get(STAFF_PAGE, after).statusCode()).as("staff page with the new id").isEqualTo(200);
        assertThat(http.get(STAFF_PAGE, before).statusCode()).as("staff page with the old id").isEqualTo(302);
    }

    @Test
    void a_wrong_password_does_not_sign_in() throws Exception {
        directory.ensureAccount("wrong.password", "Wrong Password", Roles.SUPPORT, "the right passphrase");
        var http = new PlainHttp(port);
        var signInPage = http.get(SIGN_IN, null);
        var session = PlainHttp.newSessionId(signInPage).orElseThrow();

        var refused = http.postForm(SIGN_IN, Map.of("username", "wrong.password", "password", "not it",
                "_csrf", PlainHttp.csrfToken(signInPage)), session);

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("error"));
        var current = PlainHttp.newSessionId(refused).orElse(session);
        assertThat(http.get(STAFF_PAGE, current).statusCode()).isEqualTo(302);
    }
}
