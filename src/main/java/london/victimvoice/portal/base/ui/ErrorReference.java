package london.victimvoice.portal.base.ui;

import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Short, easy-to-read references that tie what a person saw to one log entry. */
final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    // No 0/O, 1/I/L: people read these out over the phone.
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom random = new SecureRandom();

    private ErrorReference() {
    }

    static String newReference() {
        var sb = new StringBuilder("ERR-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    static String log(String where, Throwable error) {
        var reference = newReference();
        log.error("Unexpected error {} during {}", reference, where, error);
        return reference;
    }
}
