package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MessengerTest {

    private final RecordingChannel sms = new RecordingChannel(ChannelType.SMS);
    private final RecordingChannel email = new RecordingChannel(ChannelType.EMAIL);
    private final Messenger messenger = new Messenger(List.of(sms, email));

    @Test
    void each_message_goes_to_the_channel_of_its_type() {
        var text = OutgoingMessage.sms("+447700900123", "See you on Tuesday.");
        var mail = OutgoingMessage.email("alex@example.org", "Welcome", "Welcome to the forum.");

        assertThat(messenger.send(text)).isEqualTo(new SendResult(ChannelType.SMS, "SMS-1"));
        assertThat(messenger.send(mail)).isEqualTo(new SendResult(ChannelType.EMAIL, "EMAIL-1"));
        assertThat(sms.sent).containsExactly(text);
        assertThat(email.sent).containsExactly(mail);
    }

    @Test
    void bad_input_is_refused_before_any_channel_sees_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> messenger.send(OutgoingMessage.sms("07700 900123", "Hi")));
        assertThatIllegalArgumentException().isThrownBy(() -> messenger.send(OutgoingMessage.sms("+447700900123", "")));
        assertThatIllegalArgumentException().isThrownBy(
                () -> messenger.send(OutgoingMessage.email("alex@", "Hi", "Welcome.")));

        assertThat(sms.sent).isEmpty();
        assertThat(email.sent).isEmpty();
    }

    @Test
    void the_portal_does_not_start_without_a_channel_for_every_type() {
        assertThatIllegalStateException().isThrownBy(() -> new Messenger(List.of(sms)))
                .withMessageContaining("No EMAIL channel").withMessageContaining("portal.messaging.delivery");
    }

    @Test
    void the_portal_does_not_start_with_two_channels_for_one_type() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new Messenger(List.of(sms, email, new RecordingChannel(ChannelType.SMS))))
                .withMessageContaining("Two channels for SMS");
    }

    private static final class RecordingChannel implements MessageChannel {

        private final ChannelType type;
        private final List<OutgoingMessage> sent = new ArrayList<>();

        RecordingChannel(ChannelType type) {
            this.type = type;
        }

        @Override
        public ChannelType type() {
            return type;
        }

        @Override
        public SendResult send(OutgoingMessage message) {
            sent.add(message);
            return new SendResult(type, type + "-" + sent.size());
        }
    }
}
