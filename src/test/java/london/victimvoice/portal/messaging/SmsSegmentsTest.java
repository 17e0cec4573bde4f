package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import london.victimvoice.portal.messaging.SmsSegments.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsSegmentsTest {

    static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    @Test
    void the_basic_gsm_alphabet_has_its_127_printable_characters_at_one_septet_each() {
        assertThat(GSM_BASIC.chars().distinct().count()).isEqualTo(127);
        assertThat(SmsSegments.of(GSM_BASIC)).isEqualTo(new SmsSegments(Encoding.GSM_7, 127, 1));
    }

    @Test
    void extension_characters_cost_two_septets() {
        assertThat(SmsSegments.of("^{}\\[~]|€\f")).isEqualTo(new SmsSegments(Encoding.GSM_7, 20, 1));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "160,1", "161,2", "306,2", "307,3", "459,3", "460,4"})
    void gsm_bodies_fit_160_septets_in_one_segment_then_153_per_part(int length, int segments) {
        assertThat(SmsSegments.of("a".repeat(length))).isEqualTo(new SmsSegments(Encoding.GSM_7, length, segments));
    }

    @Test
    void eighty_euro_signs_still_fit_one_segment_but_eighty_one_do_not() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM_7, 162, 2));
    }

    @Test
    void an_extension_character_that_would_straddle_a_part_boundary_moves_to_the_next_part() {
        // 152 septets then € (2): 154 do not fit 153, so € starts part two; 152 + 2 + 152 = 306 would fit
        // two parts of 153 by arithmetic, but the unused septet at the end of part one makes it three
        String body = "a".repeat(152) + "€" + "a".repeat(152);
        assertThat(SmsSegments.of(body)).isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 3));
        assertThat(SmsSegments.of("a".repeat(151) + "€" + "a".repeat(153)))
                .isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ç", "á", "ł", "’", "“", "\u00A0", "\t", "ê", "ő", "\u0000"})
    void one_character_outside_gsm_7_switches_the_whole_body_to_ucs_2(String odd) {
        var count = SmsSegments.of("Your meeting is on Tuesday " + odd);
        assertThat(count.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(count.characters()).isEqualTo(27 + odd.length());
    }

    @ParameterizedTest
    @CsvSource({"70,1", "71,2", "134,2", "135,3", "201,3", "202,4"})
    void ucs_2_bodies_fit_70_units_in_one_segment_then_67_per_part(int length, int segments) {
        assertThat(SmsSegments.of("ł".repeat(length))).isEqualTo(new SmsSegments(Encoding.UCS_2, length, segments));
    }

    @Test
    void an_emoji_is_two_units_and_is_never_split_across_parts() {
        assertThat(SmsSegments.of("😀".repeat(35))).isEqualTo(new SmsSegments(Encoding.UCS_2, 70, 1));
        // 66 units then an emoji: it would straddle units 67 and 68, so it opens part two
        assertThat(SmsSegments.of("x".repeat(66) + "😀" + "x".repeat(66)))
                .isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 3));
        assertThat(SmsSegments.of("x".repeat(65) + "😀" + "x".repeat(67)))
                .isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 2));
    }

    @Test
    void an_unpaired_surrogate_counts_as_one_ucs_2_unit_without_failing() {
        assertThat(SmsSegments.of("a\uD83D")).isEqualTo(new SmsSegments(Encoding.UCS_2, 2, 1));
        assertThat(SmsSegments.of("\uDE00a")).isEqualTo(new SmsSegments(Encoding.UCS_2, 2, 1));
    }

    @Test
    void the_empty_body_is_zero_segments_because_there_is_nothing_to_send() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 0, 0));
        assertThat(SmsSegments.of("").aboveWarning()).isFalse();
    }

    @Test
    void the_editor_warns_above_two_segments() {
        assertThat(SmsSegments.of("a".repeat(306)).aboveWarning()).isFalse();
        assertThat(SmsSegments.of("a".repeat(307)).aboveWarning()).isTrue();
        assertThat(SmsSegments.of("ł".repeat(134)).aboveWarning()).isFalse();
        assertThat(SmsSegments.of("ł".repeat(135)).aboveWarning()).isTrue();
    }

    @Test
    void twilios_longest_body_is_counted() {
        assertThat(SmsSegments.of("a".repeat(OutgoingMessage.SMS_BODY_MAX_LENGTH)).segments()).isEqualTo(11);
        assertThat(SmsSegments.of("ł".repeat(OutgoingMessage.SMS_BODY_MAX_LENGTH)).segments()).isEqualTo(24);
    }

    @Test
    void a_null_body_or_an_inconsistent_count_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SmsSegments.of(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsSegments(null, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsSegments(Encoding.GSM_7, -1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsSegments(Encoding.GSM_7, 5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsSegments(Encoding.GSM_7, 0, 1));
    }
}
