package london.victimvoice.portal.base;

import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * A UK phone number that can reach a person, kept in E.164 form ({@code +447700900123}).
 * <p>
 * Mobiles can get text messages. Landlines, and internet phones on 056 that people use as a home
 * line, can be called but cannot get text messages. Pagers, 070 "personal" numbers, free, paid-for
 * and business numbers (080, 084, 087, 09, 03) are refused: they do not reliably reach one person.
 * Jersey, Guernsey and Isle of Man numbers share +44 and work like UK ones, so they are accepted.
 */
public final class PhoneNumber {

    /** "+" and at most 15 digits. */
    public static final int E164_MAX_LENGTH = 16;

    static final String EMPTY = "contact.phone.error.empty";
    static final String INVALID = "contact.phone.error.invalid";
    static final String NOT_UK = "contact.phone.error.notUk";
    static final String NOT_MOBILE_OR_LANDLINE = "contact.phone.error.notMobileOrLandline";
    static final String LANDLINE_FOR_SMS = "contact.phone.error.landlineForSms";

    private static final int UK = 44;
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    /** Digits in any script, spaces and the usual separators; letters would be read as keypad digits. */
    private static final Pattern TYPED = Pattern.compile("[\\p{Nd}\\s\\p{Z}+()./-]+");
    /*
     * Ofcom keeps 07700 900000 to 900999 for films and examples, so no one can own them;
     * libphonenumber calls them invalid. We accept them as mobiles so hints, demo data and tests
     * never use a number that could belong to someone. A real person cannot verify one.
     */
    private static final long EXAMPLE_MOBILES_FROM = 7700900000L;
    private static final long EXAMPLE_MOBILES_TO = 7700900999L;

    private final String e164;
    private final String display;
    private final boolean canReceiveSms;

    private PhoneNumber(String e164, String display, boolean canReceiveSms) {
        this.e164 = e164;
        this.display = display;
        this.canReceiveSms = canReceiveSms;
    }

    /** Any UK mobile or landline, as people type it: spaces, dashes, brackets, 0, +44 or 0044. */
    public static Parsed<PhoneNumber> parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Parsed.refused(EMPTY);
        }
        if (!TYPED.matcher(typed).matches()) {
            return Parsed.refused(INVALID);
        }
        Phonenumber.PhoneNumber number;
        try {
            number = PHONE_NUMBERS.parse(typed, "GB");
        } catch (NumberParseException e) {
            return Parsed.refused(INVALID);
        }
        if (number.getCountryCode() != UK) {
            return Parsed.refused(NOT_UK);
        }
        if (number.hasExtension()) {
            return Parsed.refused(INVALID);
        }
        var type = typeOf(number);
        if (type == null) {
            return Parsed.refused(INVALID);
        }
        return switch (type) {
            case MOBILE, FIXED_LINE_OR_MOBILE -> Parsed.valid(of(number, true));
            case FIXED_LINE, VOIP -> Parsed.valid(of(number, false));
            default -> Parsed.refused(NOT_MOBILE_OR_LANDLINE);
        };
    }

    /** A number we can send text messages to, such as a one-time code. */
    public static Parsed<PhoneNumber> parseForSms(@Nullable String typed) {
        var parsed = parse(typed);
        if (parsed instanceof Parsed.Valid<PhoneNumber> valid && !valid.value().canReceiveSms()) {
            return Parsed.refused(LANDLINE_FOR_SMS);
        }
        return parsed;
    }

    private static @Nullable PhoneNumberType typeOf(Phonenumber.PhoneNumber number) {
        var national = number.getNationalNumber();
        if (national >= EXAMPLE_MOBILES_FROM && national <= EXAMPLE_MOBILES_TO) {
            return PhoneNumberType.MOBILE;
        }
        return PHONE_NUMBERS.isValidNumber(number) ? PHONE_NUMBERS.getNumberType(number) : null;
    }

    private static PhoneNumber of(Phonenumber.PhoneNumber number, boolean canReceiveSms) {
        return new PhoneNumber(PHONE_NUMBERS.format(number, PhoneNumberFormat.E164),
                PHONE_NUMBERS.format(number, PhoneNumberFormat.NATIONAL), canReceiveSms);
    }

    /** For storing and for SMS providers. */
    public String e164() {
        return e164;
    }

    /** The way people in the UK write it, such as "07700 900123". */
    public String display() {
        return display;
    }

    public boolean canReceiveSms() {
        return canReceiveSms;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PhoneNumber that && e164.equals(that.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /** Keeps the number out of logs and error reports. */
    @Override
    public String toString() {
        return "PhoneNumber[hidden]";
    }
}
