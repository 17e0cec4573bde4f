package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import london.victimvoice.portal.messaging.InvalidTemplateException.Reason;

/**
 * Parsing refuses bad text only with {@link InvalidTemplateException}; a parsed template renders
 * whatever the values, and with every value supplied nothing of a placeholder is left over.
 */
class TemplateTextFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parse_and_render_fail_only_with_a_clear_refusal(FuzzedDataProvider data) {
        String text = data.consumeString(TemplateText.MAX_LENGTH + 10);
        String value = data.consumeRemainingAsString();

        TemplateText template;
        try {
            template = TemplateText.parse(text);
        } catch (InvalidTemplateException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }

        assertThat(template.unknown(Set.of())).containsExactlyElementsOf(template.placeholders());
        assertThat(template.unknown(template.placeholders())).isEmpty();

        // values as they come, brackets and all: inserted literally, never expanded
        Map<String, String> values = new HashMap<>();
        int index = 0;
        for (String name : template.placeholders()) {
            values.put(name, value + index++);
        }
        String rendered = template.render(values);
        values.values().forEach(v -> assertThat(rendered).contains(v));

        // values without brackets: no "((" can survive, so no placeholder is left unfilled
        Map<String, String> plain = new HashMap<>();
        values.forEach((name, v) -> plain.put(name, v.replace("(", "").replace(")", "")));
        assertThat(template.render(plain)).doesNotContain("((");

        // and one value missing is a refusal naming it
        if (!template.placeholders().isEmpty()) {
            String missing = template.placeholders().iterator().next();
            plain.remove(missing);
            assertThatThrownBy(() -> template.render(plain))
                    .isInstanceOfSatisfying(InvalidTemplateException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.MISSING_VALUE);
                        assertThat(e.placeholder()).isEqualTo(missing);
                    });
        }
    }
}
