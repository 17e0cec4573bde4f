package london.victimvoice.portal.participants;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.base.ChosenName;
import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.FullName;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.messaging.ChannelType;

/**
 * Checks a finished sign-up again on the server, in the order of the pages, and refuses the first
 * problem with {@link SignUpRefused}. The pages checked it too, but a changed page or a stale tab
 * can send anything.
 */
@Component
class SignUpChecks {

    /** Equality answers and "heard from" are codes the pages choose, never text a person typed. */
    private static final Pattern ANSWER_CODE = Pattern.compile("[A-Za-z0-9_.-]{1," + EqualityRecord.ANSWER_MAX_LENGTH + "}");
    private static final Pattern HEARD_FROM = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private final ForumDirectory forums;

    SignUpChecks(ForumDirectory forums) {
        this.forums = forums;
    }

    CheckedRegistration check(NewRegistration r) {
        var chosenName = valid(ChosenName.parse(r.chosenName()));
        var fullName = valid(FullName.parseOptional(r.fullName())).orElse(null);
        var mobile = isBlank(r.mobile()) ? null : valid(PhoneNumber.parseForSms(r.mobile()));
        var email = isBlank(r.email()) ? null : valid(EmailAddress.parse(r.email()));
        if (mobile == null && email == null) {
            throw new SignUpRefused(SignUpRefused.NO_CONTACT);
        }
        if (!verified(r.verifiedChannel(), r.verifiedRecipient(), mobile, email)) {
            throw new SignUpRefused(SignUpRefused.NOT_VERIFIED);
        }
        var given = EnumSet.noneOf(ChannelType.class);
        if (mobile != null) {
            given.add(ChannelType.SMS);
        }
        if (email != null) {
            given.add(ChannelType.EMAIL);
        }
        var forumCodes = forumCodes(r.forumCodes());
        var safety = safety(r.safety(), given);
        var heardFrom = isBlank(r.heardFrom()) ? null : code(r.heardFrom().strip(), HEARD_FROM);
        var equality = equality(r.equality());
        if (r.privacyNoticeVersion() < 1) {
            throw new SignUpRefused(SignUpRefused.PRIVACY_NOT_AGREED);
        }
        if (r.privacyNoticeVersion() != PrivacyNotice.CURRENT_VERSION) {
            // Agreed to a notice that has since changed (or one that does not exist): ask again.
            throw new SignUpRefused(SignUpRefused.PRIVACY_NOTICE_CHANGED);
        }
        if (!r.agreedToContact()) {
            throw new SignUpRefused(SignUpRefused.CONTACT_NOT_AGREED);
        }
        var referral = isBlank(r.referralCode()) ? null : r.referralCode().strip().toUpperCase(Locale.ROOT);
        return new CheckedRegistration(chosenName, fullName, mobile, email, r.verifiedChannel(), referral, heardFrom,
                forumCodes, safety, equality, r.privacyNoticeVersion());
    }

    private static boolean verified(@Nullable ChannelType channel, @Nullable String recipient,
            @Nullable PhoneNumber mobile, @Nullable EmailAddress email) {
        if (channel == null || recipient == null) {
            return false;
        }
        return switch (channel) {
            case SMS -> mobile != null && PhoneNumber.parseForSms(recipient) instanceof Parsed.Valid<PhoneNumber>(var p)
                    && p.equals(mobile);
            case EMAIL -> email != null && EmailAddress.parse(recipient) instanceof Parsed.Valid<EmailAddress>(var e)
                    && e.value().equalsIgnoreCase(email.value());
        };
    }

    private Set<String> forumCodes(@Nullable Set<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw new SignUpRefused(SignUpRefused.NO_FORUM);
        }
        var known = forums.all().stream().map(ForumSummary::code).collect(Collectors.toSet());
        if (!known.containsAll(chosen)) {
            throw new SignUpRefused(SignUpRefused.UNKNOWN_FORUM);
        }
        return new TreeSet<>(chosen);
    }

    /** Safe channels without a contact behind them are dropped; "other" access needs text only counts with OTHER ticked. */
    static ContactSafety safety(@Nullable ContactSafety s, Set<ChannelType> given) {
        if (s == null) {
            throw new SignUpRefused(SignUpRefused.NO_SAFE_CHANNEL);
        }
        var channels = EnumSet.noneOf(ChannelType.class);
        channels.addAll(nonNull(s.safeChannels()));
        channels.retainAll(given);
        if (channels.isEmpty()) {
            throw new SignUpRefused(SignUpRefused.NO_SAFE_CHANNEL);
        }
        if (nonNull(s.safeDays()).isEmpty()) {
            throw new SignUpRefused(SignUpRefused.NO_SAFE_DAY);
        }
        if (nonNull(s.safeTimes()).isEmpty()) {
            throw new SignUpRefused(SignUpRefused.NO_SAFE_TIME);
        }
        var note = text(s.safeNote(), true, ContactSafety.SAFE_NOTE_MAX_LENGTH, SignUpRefused.SAFE_NOTE_TOO_LONG);
        var language = text(s.preferredLanguage(), false, ContactSafety.PREFERRED_LANGUAGE_MAX_LENGTH,
                SignUpRefused.PREFERRED_LANGUAGE_TOO_LONG);
        var needs = Set.copyOf(nonNull(s.accessNeeds()));
        var other = needs.contains(AccessNeed.OTHER)
                ? text(s.accessNeedsOther(), true, ContactSafety.ACCESS_NEEDS_OTHER_MAX_LENGTH,
                        SignUpRefused.ACCESS_NEEDS_OTHER_TOO_LONG)
                : "";
        return new ContactSafety(channels, Set.copyOf(s.safeDays()), Set.copyOf(s.safeTimes()), s.discreetMessages(),
                note, language, needs, other);
    }

    private static @Nullable EqualityAnswers equality(@Nullable EqualityAnswers answers) {
        if (answers == null) {
            return null;
        }
        var values = EqualityRecord.values(answers);
        if (Arrays.stream(values).allMatch(Objects::isNull)) {
            return null;
        }
        for (var value : values) {
            if (value != null) {
                code(value, ANSWER_CODE);
            }
        }
        return answers;
    }

    private static String code(String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw new SignUpRefused(SignUpRefused.INVALID);
        }
        return value;
    }

    /**
     * Kept as typed apart from NFC and the spaces around it; a one-line answer also has its runs
     * of spaces made one. Control characters (other than line breaks and tabs in notes), lone
     * surrogates and bidirectional overrides are refused, as in names.
     */
    private static String text(@Nullable String typed, boolean multiLine, int maxLength, String tooLongKey) {
        var text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC).strip();
        if (!multiLine) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new SignUpRefused(tooLongKey, maxLength);
        }
        if (text.codePoints().anyMatch(c -> hidden(c, multiLine))) {
            throw new SignUpRefused(SignUpRefused.HIDDEN_CHARACTER);
        }
        return text;
    }

    private static boolean hidden(int c, boolean multiLine) {
        if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        var type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static <T> T valid(Parsed<T> parsed) {
        return switch (parsed) {
            case Parsed.Valid<T> v -> v.value();
            case Parsed.Refused<T> refused -> throw new SignUpRefused(refused.errorKey(), refused.errorArguments());
        };
    }

    private static <T> Set<T> nonNull(@Nullable Set<T> set) {
        return set == null ? Set.of() : new HashSet<>(set);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
