package london.victimvoice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.support.PlainHttp;

/**
 * Pages are sent with headers that stop framing (clickjacking of a safety-critical page), MIME
 * sniffing and leaking the portal's address to the site "Exit this page" opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/staying-safe-online", "/staff/sign-in"})
    void a_page_is_sent_with_the_protective_headers(String path) throws Exception {
        var page = new PlainHttp(port).get(path, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void the_health_probe_is_sent_with_the_protective_headers_too() throws Exception {
        var probe = new PlainHttp(port).get("/actuator/health/liveness", null);

        assertThat(probe.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(probe.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }
}
