package london.victimvoice.portal.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.inbound.SmsKeyword;
import london.victimvoice.portal.messaging.inbound.SmsKeywords;

/**
 * What a text sent to the portal does, and the words to answer it with. The webhook and the dev
 * outbox's "simulate a reply" both come here. A number that is no participant's verified phone
 * only ever gets general words: nothing about anyone's meetings or membership.
 */
@Service
public class SmsReplies {

    private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

    private final Recipients recipients;
    private final Outbox outbox;
    private final RsvpReplies rsvps;
    private final ReceivedReplies received;
    private final MessageSource texts;

    SmsReplies(Recipients recipients, Outbox outbox, RsvpReplies rsvps, ReceivedReplies received,
            MessageSource texts) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.rsvps = rsvps;
        this.received = received;
        this.texts = texts;
    }

    /**
     * @param from the sender's number as the provider gives it (E.164)
     * @param body what they wrote, any length or content
     * @return the reply to send back
     */
    @Transactional
    public String handle(String from, String body) {
        var keyword = SmsKeywords.parse(body);
        Optional<UUID> participant = from == null ? Optional.empty() : recipients.findByPhoneNumber(from.strip());
        // Only the keyword is logged: never the number or the words.
        log.info("Inbound SMS: {} from {} number", keyword, participant.isPresent() ? "a participant's" : "an unknown");
        if (participant.isEmpty()) {
            return text(switch (keyword) {
                case STOP -> "messaging.reply.stopUnknown";
                case HELP -> "messaging.reply.help";
                default -> "messaging.reply.unknownNumber";
            });
        }
        var id = participant.get();
        return switch (keyword) {
            case YES, NO -> rsvps.answer(id, keyword == SmsKeyword.YES);
            case STOP -> {
                outbox.optOutOfSms(id);
                yield text("messaging.reply.stopped");
            }
            case START -> {
                outbox.optBackInToSms(id);
                yield text("messaging.reply.started");
            }
            case HELP -> text("messaging.reply.help");
            case RECEIVED -> received.received(id);
            case OTHER -> text("messaging.reply.other");
        };
    }

    private String text(String key) {
        return texts.getMessage(key, null, Locale.UK);
    }
}
