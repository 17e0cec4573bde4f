package london.victimvoice.portal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code rules, each call one short transaction. Kept apart from {@link OneTimeCodes} so the
 * transaction has committed before any message goes to a provider.
 */
@Component
class CodeLedger {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_TRIES = 5;
    static final int SENDS_PER_HOUR_PER_CONTACT = 3;
    static final Duration LIMIT_WINDOW = Duration.ofHours(1);
    static final Duration KEPT_FOR = Duration.ofDays(1);
    static final int CODE_DIGITS = 6;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{" + CODE_DIGITS + "}");
    /** Far beyond any code with spaces; longer input is not worth scanning. */
    private static final int MAX_INPUT_LENGTH = 64;

    private final IssuedCodes codes;
    private final CodeSends sends;
    private final CodeHasher hasher;
    private final Clock clock;
    private final Duration sendAgainAfter;
    private final int sendsPerHourFromOneIp;
    private final SecureRandom random = new SecureRandom();

    CodeLedger(IssuedCodes codes, CodeSends sends, CodeHasher hasher, Clock clock, SecurityProperties properties) {
        this.codes = codes;
        this.sends = sends;
        this.hasher = hasher;
        this.clock = clock;
        this.sendAgainAfter = properties.oneTimeCodes().sendAgainAfter();
        this.sendsPerHourFromOneIp = properties.oneTimeCodes().sendsPerHourFromOneIp();
        if (sendsPerHourFromOneIp < 1 || sendAgainAfter.isNegative()) {
            throw new IllegalStateException("portal.security.one-time-codes: sends-per-hour-from-one-ip must be"
                    + " at least 1 and send-again-after not negative");
        }
    }

    /** A send that was allowed carries the code in clear, for the message only; it is stored hashed. */
    record Issue(CodeSendResult result, @Nullable String code) {
    }

    @Transactional
    Issue issue(String contactHash, String ipHash) {
        var now = clock.instant();
        // Lock first: sends for one contact take turns, so two at once cannot both pass the limits.
        var existing = codes.lockByContactHash(contactHash);
        var since = now.minus(LIMIT_WINDOW);
        var toContact = new ArrayList<>(sends.sentToContactSince(contactHash, since));
        var fromIp = new ArrayList<>(sends.sentFromIpSince(ipHash, since));

        var refusal = refusal(toContact, fromIp, now);
        if (refusal != null) {
            // A refused request is not recorded: a flood of "send again" must not push the limit further away.
            return new Issue(new CodeSendResult(refusal, sendAgainFrom(toContact, fromIp)), null);
        }
        var code = newCode();
        var codeHash = hasher.code(contactHash, code);
        var expiresAt = now.plus(LIFETIME);
        existing.ifPresentOrElse(c -> c.replace(codeHash, now, expiresAt),
                () -> codes.save(new IssuedCode(contactHash, codeHash, now, expiresAt)));
        sends.save(new CodeSend(contactHash, ipHash, now));
        toContact.add(now);
        fromIp.add(now);
        return new Issue(new CodeSendResult(CodeSendResult.Outcome.SENT, sendAgainFrom(toContact, fromIp)), code);
    }

    /**
     * Takes a try before comparing, in one conditional update, so concurrent checks of one code
     * never share a try, and marks the code used in another, so exactly one of them can verify.
     */
    @Transactional
    CodeCheckResult check(String contactHash, String typed) {
        var now = clock.instant();
        // The update comes first: on MariaDB the read below then sees what other checks committed.
        var tookTry = codes.takeTry(contactHash, now, MAX_TRIES) == 1;
        var code = codes.findByContactHash(contactHash).orElse(null);
        if (code == null || code.used()) {
            return CodeCheckResult.of(CodeCheckResult.Outcome.NO_CODE);
        }
        if (!tookTry) {
            return CodeCheckResult.of(!now.isBefore(code.expiresAt()) ? CodeCheckResult.Outcome.EXPIRED
                    : code.tries() >= MAX_TRIES ? CodeCheckResult.Outcome.TOO_MANY_TRIES
                    : CodeCheckResult.Outcome.NO_CODE);
        }
        var digits = digitsOf(typed);
        if (digits == null || !CodeHasher.sameHash(code.codeHash(), hasher.code(contactHash, digits))) {
            return CodeCheckResult.wrong(MAX_TRIES - code.tries());
        }
        return codes.markUsed(code.id(), now) == 1
                ? CodeCheckResult.of(CodeCheckResult.Outcome.VERIFIED)
                : CodeCheckResult.of(CodeCheckResult.Outcome.NO_CODE);
    }

    @Transactional
    int purge() {
        var before = clock.instant().minus(KEPT_FOR);
        return sends.deleteSentBefore(before) + codes.deleteIssuedBefore(before);
    }

    /** "123 456" and " 123456 " as typed or pasted; null for anything that is not 6 digits then. */
    static @Nullable String digitsOf(String typed) {
        if (typed.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        var digits = SPACES.matcher(typed).replaceAll("");
        return SIX_DIGITS.matcher(digits).matches() ? digits : null;
    }

    private String newCode() {
        return String.format("%0" + CODE_DIGITS + "d", random.nextInt((int) Math.pow(10, CODE_DIGITS)));
    }

    private CodeSendResult.@Nullable Outcome refusal(List<Instant> toContact, List<Instant> fromIp, Instant now) {
        if (now.isBefore(cooldownEnd(toContact))) {
            return CodeSendResult.Outcome.COOLDOWN;
        }
        if (now.isBefore(windowEnd(toContact, SENDS_PER_HOUR_PER_CONTACT))) {
            return CodeSendResult.Outcome.TOO_MANY_FOR_CONTACT;
        }
        if (now.isBefore(windowEnd(fromIp, sendsPerHourFromOneIp))) {
            return CodeSendResult.Outcome.TOO_MANY_FROM_IP;
        }
        return null;
    }

    /** The first moment every rule allows another send, given the sends of the last hour. */
    private Instant sendAgainFrom(List<Instant> toContact, List<Instant> fromIp) {
        var from = cooldownEnd(toContact);
        var contactEnd = windowEnd(toContact, SENDS_PER_HOUR_PER_CONTACT);
        var ipEnd = windowEnd(fromIp, sendsPerHourFromOneIp);
        if (contactEnd.isAfter(from)) {
            from = contactEnd;
        }
        return ipEnd.isAfter(from) ? ipEnd : from;
    }

    private Instant cooldownEnd(List<Instant> toContact) {
        return toContact.isEmpty() ? Instant.MIN : toContact.getLast().plus(sendAgainAfter);
    }

    /** When the count of sends (oldest first) drops below the limit again, as the oldest leave the hour. */
    private static Instant windowEnd(List<Instant> sent, int limit) {
        return sent.size() < limit ? Instant.MIN : sent.get(sent.size() - limit).plus(LIMIT_WINDOW);
    }
}
