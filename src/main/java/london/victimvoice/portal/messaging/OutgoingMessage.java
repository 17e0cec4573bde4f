package london.victimvoice.portal.messaging;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One message to one person, checked before any channel sees it: a bad number or address is
 * refused here, never by a provider after money or a delivery attempt is spent. Refusals never
 * repeat the recipient or the text, so they are safe to log.
 *
 * @param recipient an E.164 phone number ({@code +447700900123}) for SMS, an email address for email
 * @param subject   for email only; SMS has none
 * @param reference the outbox's id for the message, which a channel passes on where the provider
 *                  can carry it (Twilio's status callback, the dev outbox), so reports and lookups
 *                  find the message again; null for messages sent outside the outbox (sign-in codes)
 */
public record OutgoingMessage(ChannelType channel, String recipient, @Nullable String subject, String body,
        @Nullable UUID reference) {

    /** Twilio's own limit: longer bodies are refused by the API. */
    public static final int SMS_BODY_MAX_LENGTH = 1600;
    public static final int EMAIL_BODY_MAX_LENGTH = 10_000;
    public static final int SUBJECT_MAX_LENGTH = 200;
    /** The longest address SMTP can carry (RFC 5321); also far beyond any E.164 number. */
    public static final int RECIPIENT_MAX_LENGTH = 254;

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** The HTML {@code input type=email} rule, plus a dot in the domain: mail here always leaves the host. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public OutgoingMessage {
        if (channel == null) {
            throw new IllegalArgumentException("A message needs a channel");
        }
        if (recipient == null || recipient.length() > RECIPIENT_MAX_LENGTH) {
            throw new IllegalArgumentException("A message needs a recipient of at most "
                    + RECIPIENT_MAX_LENGTH + " characters");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A message needs a body that is not blank");
        }
        switch (channel) {
            case SMS -> checkSms(recipient, subject, body);
            case EMAIL -> checkEmail(recipient, subject, body);
        }
    }

    public OutgoingMessage(ChannelType channel, String recipient, @Nullable String subject, String body) {
        this(channel, recipient, subject, body, null);
    }

    public static OutgoingMessage sms(String phoneNumber, String body) {
        return new OutgoingMessage(ChannelType.SMS, phoneNumber, null, body);
    }

    public static OutgoingMessage email(String address, @Nullable String subject, String body) {
        return new OutgoingMessage(ChannelType.EMAIL, address, subject, body);
    }

    /** The same message carrying the outbox's id for it. */
    public OutgoingMessage withReference(UUID outboxId) {
        return new OutgoingMessage(channel, recipient, subject, body, outboxId);
    }

    private static void checkSms(String recipient, @Nullable String subject, String body) {
        if (!E164.matcher(recipient).matches()) {
            throw new IllegalArgumentException(
                    "An SMS recipient must be an E.164 phone number: + and country code, no spaces");
        }
        if (subject != null) {
            throw new IllegalArgumentException("An SMS has no subject; put the words in the body");
        }
        if (body.length() > SMS_BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("An SMS body may have at most " + SMS_BODY_MAX_LENGTH + " characters");
        }
    }

    private static void checkEmail(String recipient, @Nullable String subject, String body) {
        if (!EMAIL_ADDRESS.matcher(recipient).matches()) {
            throw new IllegalArgumentException("An email recipient must be one plain address such as name@example.org");
        }
        if (subject != null && (subject.length() > SUBJECT_MAX_LENGTH || subject.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("An email subject may have at most " + SUBJECT_MAX_LENGTH
                    + " characters and no line breaks");
        }
        if (body.length() > EMAIL_BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("An email body may have at most " + EMAIL_BODY_MAX_LENGTH + " characters");
        }
    }
}
