package london.victimvoice.portal.messaging.email;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.ConditionalOnDelivery;
import london.victimvoice.portal.messaging.MessageChannel;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.MessagingProperties.Delivery;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;

/** Sends plain-text email through the SMTP server in {@code spring.mail.*}. */
@Component
@ConditionalOnDelivery(Delivery.PROVIDERS)
class SmtpEmailChannel implements MessageChannel {

    private final JavaMailSender mailSender;
    private final String from;

    SmtpEmailChannel(JavaMailSender mailSender, MessagingProperties properties) {
        var configured = properties.email().from();
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("Set portal.messaging.email.from to send email");
        }
        this.mailSender = mailSender;
        this.from = configured.strip();
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        if (message.channel() != ChannelType.EMAIL) {
            throw new IllegalArgumentException("Not an email: " + message.channel());
        }
        try {
            var mime = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.recipient());
            if (message.subject() != null) {
                helper.setSubject(message.subject());
            }
            helper.setText(message.body(), false);
            mailSender.send(mime);
            // The Message-ID is set while sending; it is what bounces and replies refer to.
            var messageId = mime.getMessageID();
            return new SendResult(ChannelType.EMAIL, messageId == null ? "" : messageId);
        } catch (MessagingException | MailException e) {
            // SMTP cannot be asked afterwards whether a message arrived, so a failure part-way is
            // ambiguous: the outbox will not resend it blindly.
            throw new MessageSendException(ChannelType.EMAIL, null, MessageSendException.Outcome.AMBIGUOUS,
                    "The SMTP server did not take the email", e);
        }
    }
}
