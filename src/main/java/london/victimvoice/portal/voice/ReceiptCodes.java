package london.victimvoice.portal.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Receipt codes: three common words and a number from 10 to 99 ({@code maple-river-candle-42}),
 * about 10^11 codes, chosen with {@link SecureRandom}. Only {@link #hash} of a code is stored.
 * What a person types is read forgivingly: any case, spaces, dots or hyphens between the parts.
 */
@Component
class ReceiptCodes {

    static final String WORDS = "receipt-words.txt";
    /** Longer than any code a person could mean; longer input is not even parsed. */
    static final int MAX_TYPED = 120;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-._,;:/]+");
    private static final Pattern WORD_THEN_NUMBER = Pattern.compile("([a-z])(\\d)");
    private static final Pattern CODE = Pattern.compile("[a-z]{3,9}-[a-z]{3,9}-[a-z]{3,9}-[1-9]\\d");

    private final List<String> words;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ReceiptCodes(VoiceProperties properties) {
        this.words = load();
        this.key = new SecretKeySpec(properties.receiptKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    static List<String> load() {
        try (InputStream in = ReceiptCodes.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException("The receipt word list is missing");
            }
            var list = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(w -> !w.isEmpty()).distinct().toList();
            if (list.size() < 1000) {
                throw new IllegalStateException("The receipt word list has fewer than 1,000 words");
            }
            return list;
        } catch (IOException e) {
            throw new IllegalStateException("The receipt word list cannot be read", e);
        }
    }

    List<String> words() {
        return words;
    }

    /** A new code, already in its normal form. */
    ReceiptCode generate() {
        return new ReceiptCode(word() + "-" + word() + "-" + word() + "-" + (10 + random.nextInt(90)));
    }

    private String word() {
        return words.get(random.nextInt(words.size()));
    }

    /** The code as stored (hashed), or empty when what was typed cannot be a code. */
    Optional<String> normalise(String typed) {
        if (typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        var text = SEPARATORS.matcher(typed.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        text = WORD_THEN_NUMBER.matcher(text).replaceAll("$1-$2");
        text = text.replaceAll("^-+|-+$", "");
        return CODE.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** Hex HMAC-SHA256 of the normalised code with the receipt key. */
    String hash(String normalised) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
