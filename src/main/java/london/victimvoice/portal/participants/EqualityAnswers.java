package london.victimvoice.portal.participants;

import org.jspecify.annotations.Nullable;

/**
 * Optional equality monitoring answers, following the GOV.UK equality-information pattern (GSS
 * harmonised questions). Each value is an answer code from the question's list, {@link #PREFER_NOT_TO_SAY},
 * or null when the question was skipped. Stored apart from identity and encrypted; never shown
 * on a participant or coordinator screen, only counted in aggregate reports.
 */
public record EqualityAnswers(
        @Nullable String ageBand,
        @Nullable String sex,
        @Nullable String genderSameAsAtBirth,
        @Nullable String ethnicGroup,
        @Nullable String ethnicBackground,
        @Nullable String disability,
        @Nullable String disabilityImpact,
        @Nullable String sexualOrientation,
        @Nullable String religion) {

    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    public static EqualityAnswers skipped() {
        return new EqualityAnswers(null, null, null, null, null, null, null, null, null);
    }
}
