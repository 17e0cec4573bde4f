package london.victimvoice.portal.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "07700-900-123", "(07700) 900 123", "07700.900.123",
            "+44 7700 900123", "+447700900123", "0044 7700 900123", "+44 (0)7700 900123", "447700900123",
            "  07700 900123  ", "07700\u00a0900123", "٠٧٧٠٠٩٠٠١٢٣"})
    void a_mobile_number_is_accepted_however_it_is_typed(String typed) {
        var phone = PhoneNumber.parseForSms(typed).orElseThrow();

        assertThat(phone.e164()).isEqualTo("+447700900123");
        assertThat(phone.display()).isEqualTo("07700 900123");
        assertThat(phone.canReceiveSms()).isTrue();
    }

    @Test
    void a_mobile_outside_the_example_range_is_recognised_by_the_numbering_plan() {
        var phone = PhoneNumber.parseForSms("07400 123456").orElseThrow();

        assertThat(phone.e164()).isEqualTo("+447400123456");
        assertThat(phone.canReceiveSms()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07624 123456", "07911 123456"})
    void isle_of_man_and_channel_islands_mobiles_share_plus_44_and_are_accepted(String typed) {
        assertThat(PhoneNumber.parseForSms(typed).isValid()).isTrue();
    }

    @Test
    void a_landline_is_a_phone_number_but_cannot_get_text_messages() {
        var phone = PhoneNumber.parse("(020) 7946 0018").orElseThrow();

        assertThat(phone.e164()).isEqualTo("+442079460018");
        assertThat(phone.display()).isEqualTo("020 7946 0018");
        assertThat(phone.canReceiveSms()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 7946 0018", "0161 496 0000", "+44 20 7946 0018", "056 0123 4567"})
    void a_landline_is_refused_for_text_messages_with_a_reason(String typed) {
        assertThat(PhoneNumber.parseForSms(typed)).isEqualTo(Parsed.refused(PhoneNumber.LANDLINE_FOR_SMS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 202 555 0123", "+33 6 12 34 56 78", "0033 6 12 34 56 78", "+353 85 123 4567"})
    void a_number_from_another_country_is_refused_because_the_forums_are_for_london(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEqualTo(Parsed.refused(PhoneNumber.NOT_UK));
        assertThat(PhoneNumber.parseForSms(typed)).isEqualTo(Parsed.refused(PhoneNumber.NOT_UK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0770090012", "077009001234", "12345", "07700 9OO123", "07700 900123 ext 4",
            "phone me", "+", "01632 960001", "07700 900123; DROP TABLE participant"})
    void an_invalid_number_is_refused(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEqualTo(Parsed.refused(PhoneNumber.INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0800 123 4567", "0901 123 4567", "0300 123 4567", "0845 123 4567", "07000 123456",
            "07600 123456"})
    void free_paid_for_business_personal_and_pager_numbers_are_refused(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEqualTo(Parsed.refused(PhoneNumber.NOT_MOBILE_OR_LANDLINE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void an_empty_number_is_refused(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEqualTo(Parsed.refused(PhoneNumber.EMPTY));
    }

    @Test
    void the_same_number_typed_two_ways_is_equal() {
        assertThat(PhoneNumber.parse("07700 900123").orElseThrow())
                .isEqualTo(PhoneNumber.parse("+44 7700 900 123").orElseThrow())
                .hasSameHashCodeAs(PhoneNumber.parse("0044 7700 900123").orElseThrow());
    }

    @Test
    void the_number_stays_out_of_logs() {
        assertThat(PhoneNumber.parse("07700 900123").orElseThrow().toString()).doesNotContain("900");
    }
}
