package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral codes that partners put in their links. Admins create and disable them; the sign-up
 * journey resolves {@code ?ref=} through {@link #activeSource(String)}.
 */
@Service
public class Referrals {

    /** Letters, digits and dashes, so a code reads out and types easily and is safe in a URL. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{1,38})[A-Z0-9]");

    private final ReferralCodes codes;

    Referrals(ReferralCodes codes) {
        this.codes = codes;
    }

    /** Every code, by code, with how many sign-ups each brought. */
    @Transactional(readOnly = true)
    public List<ReferralWithSignUps> all() {
        return codes.findAllWithSignUps().stream()
                .map(counted -> new ReferralWithSignUps(counted.code().summary(), counted.signUps()))
                .toList();
    }

    /**
     * @throws ReferralRefused when the code or partner name is not acceptable or the code exists
     */
    @Transactional
    public ReferralSummary create(String rawCode, String rawPartnerName, ReferralKind kind, String createdBy) {
        var code = normalise(rawCode);
        if (code.isEmpty()) {
            throw new ReferralRefused("referral.error.codeMissing");
        }
        if (!CODE.matcher(code).matches()) {
            throw new ReferralRefused("referral.error.codeFormat");
        }
        var partnerName = rawPartnerName == null ? "" : rawPartnerName.strip();
        if (partnerName.isEmpty()) {
            throw new ReferralRefused("referral.error.partnerMissing");
        }
        if (partnerName.codePointCount(0, partnerName.length()) > ReferralCode.PARTNER_NAME_MAX_LENGTH) {
            throw new ReferralRefused("referral.error.partnerTooLong");
        }
        if (codes.existsById(code)) {
            throw new ReferralRefused("referral.error.codeTaken");
        }
        var saved = codes.save(new ReferralCode(code, partnerName, kind, Instant.now(), createdBy));
        return saved.summary();
    }

    /** Disabling keeps the code, so it cannot be reused by someone else and past sign-ups keep their source. */
    @Transactional
    public ReferralSummary setActive(String code, boolean active) {
        var referral = codes.findById(normalise(code)).orElseThrow(() -> new ReferralRefused("referral.error.unknown"));
        referral.setActive(active);
        return referral.summary();
    }

    /** The partner behind a {@code ?ref=} value, if the code exists and is active; anything else is ignored. */
    @Transactional(readOnly = true)
    public Optional<ReferralSummary> activeSource(String rawCode) {
        var code = normalise(rawCode);
        if (!CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return codes.findById(code).filter(ReferralCode::active).map(ReferralCode::summary);
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }
}
