package london.victimvoice.portal.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.assistance.AssistanceFixtures;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.SupportTiming;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

/**
 * Pseudo-localisation of the pages that the route-wide check only sees as "not found" (their
 * address needs a real meeting or request): filled with real data and an error shown, every
 * visible text must come from the bundle.
 */
@SpringBootTest(properties = "spring.main.allow-bean-definition-overriding=true")
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class AssistancePagesTextTest extends SpringBrowserlessTest {

    private static final Pattern TRANSLATED = Pattern.compile("⟦[^⟧]*⟧");
    private static final Pattern LEFT_OVER_ALLOWED = Pattern.compile("[\\s\\p{Punct}–—•·|]*");
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt",
            "label", "helper-text", "error-message");

    @TestConfiguration
    static class PseudoMessages {
        @Bean(name = "messages")
        I18NProvider messages() {
            return new I18NProvider() {
                @Override
                public List<Locale> getProvidedLocales() {
                    return List.of(Locale.UK);
                }

                @Override
                public String getTranslation(String key, Locale locale, Object... params) {
                    return "⟦" + key + "⟧";
                }
            };
        }
    }

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssistanceRequests requests;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_request_pages_with_data_and_errors_take_all_their_text_from_the_bundle() {
        var fixtures = new AssistanceFixtures(signUps, jdbc);
        var member = fixtures.member("Uma", Set.of(AccessNeed.LARGE_PRINT), "A note", "open");
        var meeting = fixtures.meeting("open", Instant.now().plus(Duration.ofDays(5)));
        var request = requests.askForSupport(member.id(), meeting, SupportTiming.AFTER, "Their words");
        requests.addNote(request, "support-sam", "A staff note");
        var problems = new ArrayList<String>();

        SignedInAs.participant(member.id());
        for (var path : List.of("meetings/" + meeting + "/adjustments", "meetings/" + meeting + "/support")) {
            UI.getCurrent().navigate(path);
            var send = find(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("send-"))
                    .findFirst().orElseThrow();
            test(find(com.vaadin.flow.component.textfield.TextArea.class).single()).setValue("<b>x</b>");
            test(send).click();
            collect(UI.getCurrent().getElement(), path, problems, List.of());
        }
        UI.getCurrent().navigate("account/requests");
        collect(UI.getCurrent().getElement(), "account/requests", problems, List.of());

        SignedInAs.role(Roles.SUPPORT);
        UI.getCurrent().navigate("staff/support/" + request);
        test(find(Button.class).id("add-note")).click();
        // What people typed is theirs, not the portal's text.
        collect(UI.getCurrent().getElement(), "staff/support/:requestId", problems,
                List.of("Uma", "A note", member.phone(), "Their words", "A staff note", "support-sam"));

        assertThat(problems).as("hard-coded text (route: text)").isEmpty();
    }

    private static void collect(Element element, String route, List<String> problems, List<String> data) {
        if (element.isTextNode()) {
            check(element.getText(), route, problems, data);
            return;
        }
        for (var attribute : VISIBLE_ATTRIBUTES) {
            if (element.hasAttribute(attribute)) {
                check(element.getAttribute(attribute), route, problems, data);
            }
        }
        element.getChildren().forEach(child -> collect(child, route, problems, data));
    }

    private static void check(String text, String route, List<String> problems, List<String> data) {
        var rest = TRANSLATED.matcher(text).replaceAll("");
        if (data.contains(rest.strip())) {
            return;
        }
        if (!LEFT_OVER_ALLOWED.matcher(rest).matches()) {
            problems.add(route + ": " + text.strip());
        }
    }
}
