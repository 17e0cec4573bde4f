package london.victimvoice.portal.base;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An email address we can send to. The part before the @ keeps the case it was typed in (a few
 * mail servers care); the domain is lower-cased, and a domain in another script is kept in its
 * ASCII (punycode) form, which is what mail servers use. Addresses need a dot in the domain:
 * mail from the portal always leaves the building. Non-ASCII before the @ is refused because
 * not every mail provider can deliver it.
 */
public final class EmailAddress {

    /** The longest address SMTP can carry (RFC 5321). */
    public static final int MAX_LENGTH = 254;
    public static final int LOCAL_PART_MAX_LENGTH = 64;

    static final String EMPTY = "contact.email.error.empty";
    static final String FORMAT = "contact.email.error.format";
    static final String TOO_LONG = "contact.email.error.tooLong";
    static final String BEFORE_AT_TOO_LONG = "contact.email.error.beforeAtTooLong";

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    public static Parsed<EmailAddress> parse(@Nullable String typed) {
        var address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return Parsed.refused(EMPTY);
        }
        if (address.length() > MAX_LENGTH) {
            return Parsed.refused(TOO_LONG, MAX_LENGTH);
        }
        var at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            return Parsed.refused(FORMAT);
        }
        var localPart = address.substring(0, at);
        if (localPart.length() > LOCAL_PART_MAX_LENGTH) {
            return Parsed.refused(BEFORE_AT_TOO_LONG, LOCAL_PART_MAX_LENGTH);
        }
        var domain = asciiDomain(address.substring(at + 1));
        if (!LOCAL_PART.matcher(localPart).matches() || domain == null || !DOMAIN.matcher(domain).matches()) {
            return Parsed.refused(FORMAT);
        }
        var normalised = localPart + "@" + domain;
        if (normalised.length() > MAX_LENGTH) {
            return Parsed.refused(TOO_LONG, MAX_LENGTH);
        }
        return Parsed.valid(new EmailAddress(normalised));
    }

    private static @Nullable String asciiDomain(String domain) {
        try {
            return IDN.toASCII(domain).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Keeps the address out of logs and error reports. */
    @Override
    public String toString() {
        return "EmailAddress[hidden]";
    }
}
