package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import london.victimvoice.portal.messaging.InvalidTemplateException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateTextTest {

    @Test
    void placeholders_are_listed_once_each_in_order_of_first_appearance() {
        var text = TemplateText.parse("Hi ((name)), see you on ((meeting_date)). ((name)): ((link2))");
        assertThat(text.placeholders()).containsExactly("name", "meeting_date", "link2");
    }

    @Test
    void a_text_without_placeholders_renders_as_it_is() {
        var text = TemplateText.parse("No meeting this week (sorry).");
        assertThat(text.placeholders()).isEmpty();
        assertThat(text.render(Map.of())).isEqualTo("No meeting this week (sorry).");
        assertThat(TemplateText.parse("").render(Map.of())).isEmpty();
    }

    @Test
    void rendering_fills_every_placeholder() {
        var text = TemplateText.parse("((name)), your meeting is on ((meeting_date)).\nBye ((name))");
        assertThat(text.render(Map.of("name", "Alex", "meeting_date", "Tuesday 3 March")))
                .isEqualTo("Alex, your meeting is on Tuesday 3 March.\nBye Alex");
    }

    @Test
    void spaces_just_inside_the_brackets_are_ignored_as_in_notify() {
        var text = TemplateText.parse("Hi (( name )) and ((\tlink ))");
        assertThat(text.placeholders()).containsExactly("name", "link");
        assertThat(text.render(Map.of("name", "Sam", "link", "https://x"))).isEqualTo("Hi Sam and https://x");
    }

    @Test
    void extra_brackets_around_a_placeholder_stay_as_text() {
        var text = TemplateText.parse("Your code (((code))) expires. Done)) here");
        assertThat(text.placeholders()).containsExactly("code");
        assertThat(text.render(Map.of("code", "123"))).isEqualTo("Your code (123) expires. Done)) here");
    }

    @Test
    void values_are_inserted_literally_and_never_expanded_again() {
        var text = TemplateText.parse("Hi ((name)), go to ((link))");
        assertThat(text.render(Map.of("name", "((link))", "link", "$1 \\ ((name))")))
                .isEqualTo("Hi ((link)), go to $1 \\ ((name))");
    }

    @Test
    void extra_values_are_ignored() {
        assertThat(TemplateText.parse("Hi ((name))").render(Map.of("name", "Jo", "other", "x"))).isEqualTo("Hi Jo");
    }

    @Test
    void a_missing_value_is_refused_naming_the_placeholder_but_no_value() {
        var text = TemplateText.parse("Hi ((name)), on ((meeting_date)) at ((link))");
        var values = new HashMap<String, String>();
        values.put("name", "Alex Secret");
        values.put("meeting_date", null);
        assertThatThrownBy(() -> text.render(values))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("((meeting_date))")
                .hasMessageNotContaining("Alex")
                .satisfies(e -> {
                    assertThat(((InvalidTemplateException) e).reason()).isEqualTo(Reason.MISSING_VALUE);
                    assertThat(((InvalidTemplateException) e).placeholder()).isEqualTo("meeting_date");
                });
        assertThatIllegalArgumentException().isThrownBy(() -> text.render(null));
    }

    @Test
    void unknown_placeholders_are_named_for_refusal_at_save() {
        var text = TemplateText.parse("((name)) ((nmae)) ((link)) ((nmae)) ((date))");
        assertThat(text.unknown(Set.of("name", "link"))).containsExactly("nmae", "date");
        assertThat(text.unknown(Set.of("name", "link", "nmae", "date"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> text.unknown(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"((Name))", "((first name))", "((first-name))", "(())", "(( ))", "((naïve))",
            "((ｎａｍｅ))", "((aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa))"})
    void a_placeholder_name_other_than_lower_case_letters_digits_and_underscore_is_refused(String template) {
        assertThatThrownBy(() -> TemplateText.parse("Hello " + template))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("lower-case letters")
                .extracting(e -> ((InvalidTemplateException) e).reason()).isEqualTo(Reason.BAD_PLACEHOLDER_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi ((name", "Hi ((name)", "Hi ((name) and (other))", "Hi ((a((b))))", "Hi ((na\nme))",
            "Hi ((", "Hi (((", "Hi ((name)x)", "Hi ((name)) and ((", "((a(b))"})
    void an_unclosed_or_nested_placeholder_is_refused(String template) {
        assertThatThrownBy(() -> TemplateText.parse(template))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("not closed")
                .extracting(e -> ((InvalidTemplateException) e).reason()).isEqualTo(Reason.UNCLOSED_PLACEHOLDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"((((name))))", "Hi((((((b))", "x ((((name)) y"})
    void four_opening_brackets_are_refused_because_the_result_would_look_unfilled(String template) {
        assertThatThrownBy(() -> TemplateText.parse(template))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("too many brackets")
                .extracting(e -> ((InvalidTemplateException) e).reason()).isEqualTo(Reason.UNCLOSED_PLACEHOLDER);
    }

    @Test
    void the_refusal_names_the_placeholder_so_the_editor_can_point_at_it() {
        assertThatThrownBy(() -> TemplateText.parse("Hi ((First Name)), welcome"))
                .hasMessageContaining("((First Name))")
                .extracting(e -> ((InvalidTemplateException) e).placeholder()).isEqualTo("First Name");
        assertThatThrownBy(() -> TemplateText.parse("Hi ((meeting_date, welcome"))
                .hasMessageContaining("((meeting_date, welcome");
    }

    @Test
    void a_long_faulty_placeholder_is_shortened_in_the_message_without_splitting_a_character() {
        String inside = "x".repeat(39) + "😀" + "y".repeat(100);
        assertThatThrownBy(() -> TemplateText.parse("((" + inside))
                .extracting(e -> ((InvalidTemplateException) e).placeholder())
                .isEqualTo("x".repeat(39) + "…");
    }

    @Test
    void ten_thousand_characters_are_accepted_and_one_more_is_refused() {
        assertThat(TemplateText.parse("a".repeat(TemplateText.MAX_LENGTH - 8) + "((name))").placeholders())
                .containsExactly("name");
        assertThatThrownBy(() -> TemplateText.parse("a".repeat(TemplateText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("10000")
                .extracting(e -> ((InvalidTemplateException) e).reason()).isEqualTo(Reason.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\r", "\u001B", "\u007F", "\u0085", "\u000B", "\f"})
    void control_characters_other_than_newline_and_tab_are_refused(String control) {
        assertThatThrownBy(() -> TemplateText.parse("Hello" + control + "there"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("control character U+")
                .hasMessageContaining("at character 6")
                .extracting(e -> ((InvalidTemplateException) e).reason()).isEqualTo(Reason.CONTROL_CHARACTER);
    }

    @Test
    void newlines_tabs_and_emoji_are_fine() {
        assertThat(TemplateText.parse("Hi\n\t((name)) 😀").render(Map.of("name", "Jo"))).isEqualTo("Hi\n\tJo 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "\uDE00", "\uDE00\uD83D", "a\uD83Db"})
    void unpaired_surrogates_are_refused(String half) {
        assertThatThrownBy(() -> TemplateText.parse("Hello " + half))
                .isInstanceOf(InvalidTemplateException.class)
                .extracting(e -> ((InvalidTemplateException) e).reason()).isEqualTo(Reason.UNPAIRED_SURROGATE);
    }

    @Test
    void null_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> TemplateText.parse(null));
    }

    @Test
    void many_unclosed_brackets_are_refused_quickly() {
        long start = System.nanoTime();
        assertThatIllegalArgumentException().isThrownBy(() -> TemplateText.parse("((".repeat(5000)));
        assertThatIllegalArgumentException().isThrownBy(() -> TemplateText.parse("((a)".repeat(2500)));
        var many = TemplateText.parse("((a))".repeat(2000));
        assertThat(many.render(Map.of("a", "b"))).hasSize(2000);
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void templates_with_the_same_text_are_equal() {
        assertThat(TemplateText.parse("Hi ((name))")).isEqualTo(TemplateText.parse("Hi ((name))"))
                .hasSameHashCodeAs(TemplateText.parse("Hi ((name))"))
                .isNotEqualTo(TemplateText.parse("Hi ((link))"));
        assertThat(TemplateText.parse("Hi ((name))").text()).isEqualTo("Hi ((name))");
    }
}
