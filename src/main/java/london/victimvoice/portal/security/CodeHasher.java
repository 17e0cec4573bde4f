package london.victimvoice.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 under the server key. A plain hash of a 6-digit code, a phone number or an IP
 * address is reversed offline in moments by trying every value; without the key it is not.
 * Each kind of value gets its own prefix so a contact hash can never stand in for a code hash.
 */
@Component
class CodeHasher {

    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Logger log = LoggerFactory.getLogger(CodeHasher.class);

    private final SecretKeySpec key;

    @Autowired
    CodeHasher(SecurityProperties properties) {
        this(keyFrom(properties.oneTimeCodeKey()));
    }

    CodeHasher(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("portal.security.one-time-code-key must be at least " + MIN_KEY_BYTES
                    + " bytes; make one with: openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** Email addresses are compared without case: Alex@Example.org must not get a fresh set of sends. */
    String contact(String channel, String recipient) {
        return hash("contact", channel + "\n" + recipient.strip().toLowerCase(Locale.ROOT));
    }

    String ip(String address) {
        return hash("ip", address.strip());
    }

    /** Bound to the contact, so equal codes for two people never give equal hashes. */
    String code(String contactHash, String code) {
        return hash("code", contactHash + "\n" + code);
    }

    /** Takes as long whatever the first differing character, so timing tells nothing about the code. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String hash(String kind, String value) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((kind + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] keyFrom(@Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            // Only reachable outside prod: ProductionSettings makes PORTAL_CODE_KEY required there.
            log.info("No portal.security.one-time-code-key set: using a random key until the next restart");
            var random = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.security.one-time-code-key is not base64; make one with: "
                    + "openssl rand -base64 32");
        }
    }
}
