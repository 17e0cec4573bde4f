package london.victimvoice.portal.messaging.sms;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import london.victimvoice.portal.messaging.ConditionalOnDelivery;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.MessagingProperties.Delivery;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.messaging.OutboxStatus;
import london.victimvoice.portal.messaging.SmsReplies;

/**
 * What Twilio calls: delivery reports for our messages, and texts people send us. Each request must
 * carry a valid {@code X-Twilio-Signature} for the public address Twilio called; anything else is
 * refused with 403 and changes nothing. Set {@code portal.messaging.links.base-url} to the address
 * Twilio reaches, as the signature covers it.
 */
@RestController
@ConditionalOnDelivery(Delivery.PROVIDERS)
class TwilioWebhooks {

    static final String STATUS_PATH = "/webhooks/twilio/status";
    static final String INBOUND_PATH = "/webhooks/twilio/inbound";

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);

    private final TwilioSignatures signatures;
    private final String publicBase;
    private final Outbox outbox;
    private final SmsReplies replies;

    TwilioWebhooks(MessagingProperties properties, Outbox outbox, SmsReplies replies) {
        this.signatures = TwilioSignatures.from(properties);
        this.publicBase = properties.links().baseUrl().toString().replaceFirst("/+$", "");
        this.outbox = outbox;
        this.replies = replies;
    }

    @PostMapping(path = STATUS_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(HttpServletRequest request,
            @RequestHeader(name = TwilioSignatures.HEADER, required = false) @Nullable String signature) {
        if (!signed(request, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        var status = status(request.getParameter("MessageStatus"));
        var reference = reference(request.getParameter("ref"));
        if (status != null && (reference != null || request.getParameter("MessageSid") != null)) {
            var code = request.getParameter("ErrorCode");
            var changed = outbox.recordReport(reference, request.getParameter("MessageSid"), status,
                    code == null || code.isBlank() ? null : "provider-" + code.strip());
            log.info("Twilio reported {} for outbox message {}: {}", status.code(), reference,
                    changed ? "recorded" : "no change (repeated or late)");
        }
        // 2xx whatever we made of it: Twilio would only retry, and a retry cannot change the answer.
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = INBOUND_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request,
            @RequestHeader(name = TwilioSignatures.HEADER, required = false) @Nullable String signature) {
        if (!signed(request, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        var from = request.getParameter("From");
        var body = request.getParameter("Body");
        var reply = replies.handle(from == null ? "" : from, body == null ? "" : body);
        // TwiML: Twilio sends the reply straight back to the sender; nothing is stored with their number.
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML)
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + HtmlUtils.htmlEscape(reply)
                        + "</Message></Response>");
    }

    private boolean signed(HttpServletRequest request, @Nullable String signature) {
        var query = request.getQueryString();
        var url = publicBase + request.getRequestURI() + (query == null ? "" : "?" + query);
        var valid = signatures.isValidServletRequest(url, request.getParameterMap(), signature);
        if (!valid) {
            log.warn("Refused a Twilio webhook call to {} with a missing or wrong signature", request.getRequestURI());
        }
        return valid;
    }

    /** Twilio's message statuses in ours; the in-between ones (queued, sending) tell us nothing new. */
    static @Nullable OutboxStatus status(@Nullable String twilio) {
        if (twilio == null) {
            return null;
        }
        return switch (twilio.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sent" -> OutboxStatus.SENT;
            case "delivered", "read" -> OutboxStatus.DELIVERED;
            case "undelivered" -> OutboxStatus.TEMPORARY_FAILURE;
            case "failed" -> OutboxStatus.PERMANENT_FAILURE;
            case "canceled" -> OutboxStatus.CANCELLED;
            default -> null;
        };
    }

    private static @Nullable UUID reference(@Nullable String ref) {
        try {
            return ref == null ? null : UUID.fromString(ref.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
