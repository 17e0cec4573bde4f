package london.victimvoice.portal.participants;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.messaging.ChannelType;

/**
 * Encrypts personal data at rest (AES-256-GCM) and makes the keyed hashes that find a contact
 * without storing it in clear (HMAC-SHA256). Both keys are derived from {@code PORTAL_DATA_KEY},
 * each for its one use, so neither can stand in for the other.
 * <p>
 * A sealed value is {@code version (1 byte) | IV (12 random bytes) | ciphertext and tag}. The
 * version leaves room to rotate the key later. The column and the row id are bound in as
 * associated data, so a value copied to another column or another person's row does not open.
 */
@Component
class DataCipher {

    static final int MIN_KEY_BYTES = 32;
    /** What sealing adds to the UTF-8 bytes of a value; columns are sized with it. */
    static final int OVERHEAD_BYTES = 1 + 12 + 16;

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(DataCipher.class);

    private final SecretKeySpec sealingKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    DataCipher(ParticipantsProperties properties) {
        this(keyFrom(properties.dataKey()));
    }

    DataCipher(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("portal.participants.data-key must be at least " + MIN_KEY_BYTES
                    + " bytes; make one with: openssl rand -base64 32");
        }
        this.sealingKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "sealing-v1"), "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "lookup-v1"), "HmacSHA256");
    }

    byte[] seal(String plaintext, String column, UUID rowId) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(column, rowId));
            var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Blank stays unstored: null in, null out. */
    byte @Nullable [] sealOrNull(@Nullable String plaintext, String column, UUID rowId) {
        return plaintext == null || plaintext.isEmpty() ? null : seal(plaintext, column, rowId);
    }

    String open(byte[] sealed, String column, UUID rowId) {
        if (sealed.length < OVERHEAD_BYTES || sealed[0] != VERSION) {
            throw new IllegalStateException("Not a value this portal sealed: " + column);
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
            cipher.updateAAD(associatedData(column, rowId));
            var plain = cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Cannot open " + column + ": sealed under another key, or moved from"
                    + " another row or column");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Nullable String openOrNull(byte @Nullable [] sealed, String column, UUID rowId) {
        return sealed == null ? null : open(sealed, column, rowId);
    }

    /**
     * The same person's phone or email always gives the same hash. Email addresses are compared
     * without case, as one-time codes do: Alex@Example.org is not a second person.
     */
    String contactHash(ChannelType channel, String recipient) {
        var normalised = channel == ChannelType.EMAIL ? recipient.strip().toLowerCase(Locale.ROOT) : recipient.strip();
        return HexFormat.of().formatHex(hmac(lookupKey, "contact\n" + channel.name() + "\n" + normalised));
    }

    /** The same value for the same purpose always gives the same hash; it cannot be turned back. */
    String fingerprint(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(lookupKey, "fingerprint\n" + purpose + "\n" + value));
    }

    /** Links equality answers to a person only for someone who holds the key. */
    String equalityRef(UUID participantId) {
        return HexFormat.of().formatHex(hmac(lookupKey, "equality\n" + participantId));
    }

    private static byte[] associatedData(String column, UUID rowId) {
        return (column + "\n" + rowId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] keyFrom(@Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            // Only reachable outside prod: ProductionSettings makes PORTAL_DATA_KEY required there.
            log.info("No portal.participants.data-key set: using a random key, so data stored now"
                    + " cannot be read after a restart");
            var random = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.participants.data-key is not base64; make one with: "
                    + "openssl rand -base64 32");
        }
    }
}
