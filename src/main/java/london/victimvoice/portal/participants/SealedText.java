package london.victimvoice.portal.participants;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Free text about a person, sealed at rest with the same key and rules as the participant's own
 * details (AES-256-GCM, bound to its column and row), for modules that store such text.
 */
@Service
public class SealedText {

    private final DataCipher cipher;

    SealedText(DataCipher cipher) {
        this.cipher = cipher;
    }

    /** Blank stays unstored: null or empty in, null out. */
    public byte @Nullable [] seal(@Nullable String text, String column, UUID rowId) {
        return cipher.sealOrNull(text, column, rowId);
    }

    public @Nullable String open(byte @Nullable [] sealed, String column, UUID rowId) {
        return sealed == null ? null : cipher.open(sealed, column, rowId);
    }

    /**
     * A keyed hash (HMAC-SHA256, 64 hex digits) that finds a value again without keeping it in clear:
     * the same purpose and value always give the same hash, and only the key holder can make one.
     * Different purposes give unrelated hashes, so one cannot be joined to another.
     */
    public String fingerprint(String purpose, String value) {
        return cipher.fingerprint(purpose, value);
    }

    /** How many bytes a sealed value of this many UTF-8 bytes takes, for sizing a column. */
    public static int sealedSize(int utf8Bytes) {
        return utf8Bytes + DataCipher.OVERHEAD_BYTES;
    }
}
