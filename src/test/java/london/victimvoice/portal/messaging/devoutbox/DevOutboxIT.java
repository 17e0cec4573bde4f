package london.victimvoice.portal.messaging.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageChannel;
import london.victimvoice.portal.messaging.Messenger;
import london.victimvoice.portal.messaging.OutgoingMessage;

@SpringBootTest
@ActiveProfiles("test")
class DevOutboxIT {

    @Autowired
    Messenger messenger;

    @Autowired
    DevOutbox outbox;

    @Autowired
    ApplicationContext context;

    @Test
    void outside_prod_with_dev_outbox_delivery_the_dev_outbox_stands_in_for_every_channel() {
        assertThat(context.getBeansOfType(MessageChannel.class).values())
                .hasSize(ChannelType.values().length)
                .allSatisfy(channel -> assertThat(channel).isInstanceOf(DevOutboxChannels.DevOutboxChannel.class));
    }

    @Test
    void messages_sent_through_the_messenger_are_kept_and_listed_newest_first() {
        var marker = UUID.randomUUID();
        var sms = messenger.send(OutgoingMessage.sms("+447700900123", "Forum on Tuesday " + marker));
        var email = messenger.send(OutgoingMessage.email("alex@example.org", "Welcome", "Welcome, Alex " + marker));

        var latest = outbox.latest(2);

        assertThat(latest).extracting(DevOutboxEntry::body)
                .containsExactly("Welcome, Alex " + marker, "Forum on Tuesday " + marker);
        var kept = latest.getFirst();
        assertThat(kept.channel()).isEqualTo(ChannelType.EMAIL);
        assertThat(kept.recipient()).isEqualTo("alex@example.org");
        assertThat(kept.subject()).isEqualTo("Welcome");
        assertThat(latest.getLast().channel()).isEqualTo(ChannelType.SMS);
        assertThat(latest.getLast().subject()).isNull();
        assertThat(email.providerReference()).isEqualTo("dev-outbox-" + kept.id());
        assertThat(sms.providerReference()).isEqualTo("dev-outbox-" + latest.getLast().id());
        assertThat(kept.createdAt()).isAfterOrEqualTo(latest.getLast().createdAt());
    }

    @Test
    void the_list_stops_at_the_limit() {
        for (int i = 0; i < 3; i++) {
            messenger.send(OutgoingMessage.sms("+447700900123", "Message " + i));
        }

        assertThat(outbox.latest(2)).extracting(DevOutboxEntry::body).containsExactly("Message 2", "Message 1");
    }

    @Test
    void a_long_email_fits_whole() {
        var body = "a".repeat(OutgoingMessage.EMAIL_BODY_MAX_LENGTH);
        messenger.send(OutgoingMessage.email("alex@example.org", null, body));

        assertThat(outbox.latest(1).getFirst().body()).isEqualTo(body);
    }
}
