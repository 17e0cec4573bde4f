package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700900123", "447700900123", "+44 7700 900123", "+0447700900123", "+44", ""})
    void an_sms_to_a_number_not_in_e164_form_is_refused(String number) {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.sms(number, "Your meeting is on Tuesday."))
                .withMessageContaining("E.164");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t"})
    void an_sms_with_an_empty_body_is_refused(String body) {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.sms("+447700900123", body))
                .withMessageContaining("body");
    }

    @Test
    void an_sms_longer_than_twilio_accepts_is_refused() {
        var body = "x".repeat(OutgoingMessage.SMS_BODY_MAX_LENGTH + 1);
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.sms("+447700900123", body))
                .withMessageContaining(String.valueOf(OutgoingMessage.SMS_BODY_MAX_LENGTH));
    }

    @Test
    void an_sms_with_a_subject_is_refused_rather_than_losing_the_subject() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new OutgoingMessage(ChannelType.SMS, "+447700900123", "Reminder", "See you on Tuesday."))
                .withMessageContaining("subject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex", "alex@", "@example.org", "alex@example", "alex@@example.org",
            "alex example@example.org", "Alex <alex@example.org>", "alex@example.org, sam@example.org",
            "alex@example.org\r\nBcc: sam@example.org", "alex@-example.org"})
    void an_email_to_a_malformed_address_is_refused(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.email(address, "Hello", "Welcome."))
                .withMessageContaining("one plain address");
    }

    @Test
    void an_email_subject_with_a_line_break_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> OutgoingMessage.email("alex@example.org", "Hello\r\nBcc: sam@example.org", "Welcome."))
                .withMessageContaining("line breaks");
    }

    @Test
    void refusals_never_repeat_the_recipient_so_they_are_safe_to_log() {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.sms("07700900123", "Hi"))
                .withMessageNotContaining("07700900123");
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.email("alex@example", "Hi", "Hi"))
                .withMessageNotContaining("alex@example");
    }

    @Test
    void well_formed_messages_are_accepted_unchanged() {
        var sms = OutgoingMessage.sms("+447700900123", "Your meeting is on Tuesday at 6pm.");
        var email = OutgoingMessage.email("alex.o'neil+forums@example.org.uk", null, "Welcome to the forum.");

        assertThat(sms).isEqualTo(new OutgoingMessage(ChannelType.SMS, "+447700900123", null,
                "Your meeting is on Tuesday at 6pm."));
        assertThat(email.recipient()).isEqualTo("alex.o'neil+forums@example.org.uk");
        assertThat(email.subject()).isNull();
    }
}
