package london.victimvoice.portal.base.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.security.RouteAccessTest;
import london.victimvoice.portal.support.RouteExamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pseudo-localisation: with a provider that answers every key as ⟦key⟧, any visible text on any
 * page that is not wrapped in ⟦ ⟧ was typed into a view instead of coming from the bundle.
 */
@SpringBootTest(properties = "spring.main.allow-bean-definition-overriding=true")
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class NoHardCodedTextTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private static final Pattern TRANSLATED = Pattern.compile("⟦[^⟧]*⟧");
    private static final Pattern LEFT_OVER_ALLOWED = Pattern.compile("[\\s\\p{Punct}–—•·|]*");
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt",
            "label", "helper-text", "error-message", "data-pressed-once", "data-pressed-twice", "data-timed-out",
            "data-exiting");

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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_page_takes_all_its_text_from_the_message_bundle() {
        var problems = new ArrayList<String>();
        RouteAccessTest.ACCESS.forEach((route, roles) -> {
            var examples = RouteExamples.in(context);
            examples.signIn(roles.stream().sorted().findFirst().orElseThrow());
            UI.getCurrent().navigate(examples.path(route));
            assertThat(getCurrentView().getClass())
                    .isEqualTo(RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow());
            collect(UI.getCurrent().getElement(), "/" + route, problems);
        });
        assertThat(problems).as("hard-coded text (route: text)").isEmpty();
    }

    @Test
    void the_check_catches_a_hard_coded_string() {
        var problems = new ArrayList<String>();
        collect(new Element("p").setText("Hello"), "/example", problems);
        assertThat(problems).containsExactly("/example: Hello");
    }

    private static void collect(Element element, String route, List<String> problems) {
        if (element.isTextNode()) {
            check(element.getText(), route, problems);
            return;
        }
        for (var attribute : VISIBLE_ATTRIBUTES) {
            if (element.hasAttribute(attribute)) {
                check(element.getAttribute(attribute), route, problems);
            }
        }
        element.getChildren().forEach(child -> collect(child, route, problems));
    }

    private static void check(String text, String route, List<String> problems) {
        var rest = TRANSLATED.matcher(text).replaceAll("");
        if (!LEFT_OVER_ALLOWED.matcher(rest).matches()) {
            problems.add(route + ": " + text.strip());
        }
    }
}
