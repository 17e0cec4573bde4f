package london.victimvoice.portal.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChosenNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Alex", "Zoë", "Siobhán Ní Bhriain", "Nguyễn Thị Minh", "محمد", "שרה", "Sara سارة",
            "李小龍", "Ірина", "ਗੁਰਪ੍ਰੀਤ", "Jo 🌈", "👩🏽‍🦱 Amara", "👨‍👩‍👧‍👦", "D’Angelo", "O'Neil", "A"})
    void names_in_any_script_with_emoji_and_right_to_left_text_are_kept_exactly_as_typed(String typed) {
        assertThat(ChosenName.parse(typed).orElseThrow().value()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('hi')</script>", "'; DROP TABLE participant; --",
            "Robert'); DROP TABLE Students;--", "<b>Sam</b> &amp; ${jndi:ldap://x}", "{0} %s \\n"})
    void markup_and_sql_are_just_text_and_are_kept_unchanged(String typed) {
        assertThat(ChosenName.parse(typed).orElseThrow().value()).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  Alex  '|Alex",
            "'Mary   Jane'|Mary Jane",
            "'Mary\tJane\nSmith'|Mary Jane Smith",
            "'Mary\u00a0\u2003Jane'|Mary Jane"})
    void spaces_are_trimmed_and_runs_of_spaces_become_one(String typed, String stored) {
        assertThat(ChosenName.parse(typed).orElseThrow().value()).isEqualTo(stored);
    }

    @Test
    void accents_typed_as_separate_marks_are_stored_in_one_form() {
        var decomposed = "Jose\u0301";

        assertThat(ChosenName.parse(decomposed).orElseThrow()).isEqualTo(ChosenName.parse("José").orElseThrow());
        assertThat(ChosenName.parse(decomposed).orElseThrow().value()).isEqualTo("Jos\u00e9");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00a0"})
    void an_empty_name_is_refused(String typed) {
        assertThat(ChosenName.parse(typed)).isEqualTo(Parsed.refused(ChosenName.EMPTY));
    }

    @Test
    void a_2000_character_name_is_refused_with_the_limit() {
        assertThat(ChosenName.parse("a".repeat(2000)))
                .isEqualTo(Parsed.refused(ChosenName.TOO_LONG, ChosenName.MAX_LENGTH));
    }

    @Test
    void the_limit_counts_characters_not_java_chars_so_80_emoji_fit() {
        var eightyRainbows = "🌈".repeat(ChosenName.MAX_LENGTH);

        assertThat(eightyRainbows).hasSize(2 * ChosenName.MAX_LENGTH);
        assertThat(ChosenName.parse(eightyRainbows).isValid()).isTrue();
        assertThat(ChosenName.parse(eightyRainbows + "🌈").isValid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Al\u0000ex", "Alex\u001b[31m", "Alex\u007f", "Alex\u0085", "\u202egnp.exe",
            "Sam\u2066Alex\u2069", "Alex\ud800"})
    void control_characters_lone_surrogates_and_direction_overrides_are_refused(String typed) {
        assertThat(ChosenName.parse(typed)).isEqualTo(Parsed.refused(NameText.HIDDEN_CHARACTER));
    }

    @Test
    void the_name_stays_out_of_logs() {
        assertThat(ChosenName.parse("Alex").orElseThrow().toString()).doesNotContain("Alex");
    }
}
