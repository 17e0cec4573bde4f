package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.devoutbox.DevOutbox;

@SpringBootTest(properties = {
        "portal.messaging.delivery=providers",
        "portal.messaging.twilio.account-sid=AC00000000000000000000000000000001",
        "portal.messaging.twilio.auth-token=test-auth-token",
        "portal.messaging.twilio.from=+447700900001",
        "portal.messaging.email.from=forums@victimvoice.example",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=2525"})
@ActiveProfiles("test")
class ProviderDeliveryIT {

    @Autowired
    ApplicationContext context;

    @Test
    void with_providers_delivery_twilio_and_smtp_are_the_channels_and_no_dev_outbox_exists() {
        assertThat(context.getBeansOfType(DevOutbox.class)).isEmpty();
        assertThat(context.containsBean("devOutboxMessages")).isFalse();
        assertThat(context.containsBean("devOutboxRoute")).isFalse();
        assertThat(context.getBeansOfType(MessageChannel.class).values())
                .extracting(channel -> channel.type() + " " + channel.getClass().getSimpleName())
                .containsExactlyInAnyOrder("SMS TwilioSmsChannel", "EMAIL SmtpEmailChannel");
    }
}
