package london.victimvoice.portal.messaging;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one-click "stop reminders by email" link: the participant's id and an HMAC of it, so the link
 * works without signing in and cannot be made for someone else. It carries no name or address.
 */
@Component
public class StopLinks {

    private static final Logger log = LoggerFactory.getLogger(StopLinks.class);
    private static final String PATH = "/messages/stop-email-reminders/";
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;
    private final String baseUrl;

    StopLinks(MessagingProperties properties) {
        var configured = properties.links().key();
        byte[] bytes;
        if (configured == null || configured.isBlank()) {
            log.info("No portal.messaging.links.key set: stop links made now stop working at the next restart");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(configured.strip());
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("portal.messaging.links.key must be at least 32 bytes, base64");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.baseUrl = properties.links().baseUrl().toString().replaceFirst("/+$", "");
    }

    public String linkFor(UUID participantId) {
        return baseUrl + PATH + tokenFor(participantId);
    }

    String tokenFor(UUID participantId) {
        var id = ByteBuffer.allocate(16).putLong(participantId.getMostSignificantBits())
                .putLong(participantId.getLeastSignificantBits()).array();
        var token = ByteBuffer.allocate(16 + MAC_BYTES).put(id).put(mac(id)).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The participant a token was made for; empty for anything forged, cut or garbled. */
    public Optional<UUID> participantFor(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 16 + MAC_BYTES) {
            return Optional.empty();
        }
        var id = Arrays.copyOf(bytes, 16);
        if (!MessageDigest.isEqual(mac(id), Arrays.copyOfRange(bytes, 16, bytes.length))) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(id);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
    }

    private byte[] mac(byte[] id) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("stop-email-reminders:".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(id), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
