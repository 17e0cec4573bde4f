package london.victimvoice.portal.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.ServerSocket;
import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import london.victimvoice.portal.support.TestMessaging;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.OutgoingMessage;

/** Spring's mail sender against a real in-process SMTP server. */
class SmtpEmailChannelIT {

    private static final String FROM = "forums@victimvoice.example";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void an_email_arrives_as_plain_text_from_the_portal_address() throws Exception {
        var channel = channel(smtp.getSmtp().getPort());

        var result = channel.send(OutgoingMessage.email("alex@example.org", "Your next forum – Tuesday",
                "Hello Alex,\n\nYour forum meets on Tuesday at 6pm."));

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        var mail = received[0];
        assertThat(mail.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(mail.getRecipients(RecipientType.TO)).containsExactly(new InternetAddress("alex@example.org"));
        assertThat(mail.getSubject()).isEqualTo("Your next forum – Tuesday");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n"))
                .isEqualTo("Hello Alex,\n\nYour forum meets on Tuesday at 6pm.");
        assertThat(result.channel()).isEqualTo(ChannelType.EMAIL);
        assertThat(result.providerReference()).isNotBlank().isEqualTo(mail.getMessageID());
    }

    @Test
    void an_smtp_server_that_cannot_be_reached_becomes_a_send_exception() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var channel = channel(closedPort);

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel.send(OutgoingMessage.email("alex@example.org", "Hi", "Hello.")))
                .satisfies(e -> assertThat(e.channel()).isEqualTo(ChannelType.EMAIL));
    }

    private static SmtpEmailChannel channel(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new MessagingProperties(MessagingProperties.Delivery.PROVIDERS,
                new MessagingProperties.Twilio(null, null, null, null, null,
                        Duration.ofHours(4), null, Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new MessagingProperties.Email(FROM), TestMessaging.OUTBOX, TestMessaging.LINKS);
        return new SmtpEmailChannel(sender, properties);
    }
}
