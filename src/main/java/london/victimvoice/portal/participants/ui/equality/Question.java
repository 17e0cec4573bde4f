package london.victimvoice.portal.participants.ui.equality;

import java.util.ArrayList;
import java.util.List;

import london.victimvoice.portal.participants.EqualityAnswers;

/**
 * The equality questions in the order they are asked, following the GSS harmonised standards
 * as GOV.UK uses them. Answers are stable upper-case codes; every question also offers
 * {@link EqualityAnswers#PREFER_NOT_TO_SAY}.
 */
enum Question {
    AGE(AgeView.PATH, "age", "AGE_16_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_64", "AGE_65_OR_OVER"),
    SEX(SexView.PATH, "sex", "FEMALE", "MALE"),
    GENDER_SAME_AS_AT_BIRTH(GenderView.PATH, "gender", "YES", "NO"),
    ETHNIC_GROUP(EthnicGroupView.PATH, "ethnicGroup", EthnicGroup.codes()),
    /** Its choices depend on the ethnic group, and it is asked only once a group is chosen. */
    ETHNIC_BACKGROUND(EthnicBackgroundView.PATH, "ethnicBackground"),
    DISABILITY(DisabilityView.PATH, "disability", "YES", "NO"),
    /** Asked only of people who said yes to the disability question. */
    DISABILITY_IMPACT(DisabilityImpactView.PATH, "disabilityImpact", "YES_A_LOT", "YES_A_LITTLE", "NOT_AT_ALL"),
    SEXUAL_ORIENTATION(SexualOrientationView.PATH, "sexualOrientation", "STRAIGHT", "GAY_OR_LESBIAN", "BISEXUAL",
            "OTHER"),
    RELIGION(ReligionView.PATH, "religion", "NO_RELIGION", "CHRISTIAN", "BUDDHIST", "HINDU", "JEWISH", "MUSLIM",
            "SIKH", "OTHER");

    private final String path;
    private final String key;
    private final List<String> codes;

    Question(String path, String key, String... codes) {
        this.path = path;
        this.key = "join.equality." + key;
        this.codes = List.of(codes);
    }

    String path() {
        return path;
    }

    /** Whether the earlier answers make this question one to ask. */
    boolean asked(EqualityDraft draft) {
        return switch (this) {
            case ETHNIC_BACKGROUND -> EthnicGroup.of(draft.answer(ETHNIC_GROUP)).isPresent();
            case DISABILITY_IMPACT -> "YES".equals(draft.answer(DISABILITY));
            default -> true;
        };
    }

    /** The answer codes offered, "Prefer not to say" last; none when the question is not asked. */
    List<String> choices(EqualityDraft draft) {
        if (!asked(draft)) {
            return List.of();
        }
        var choices = new ArrayList<>(this == ETHNIC_BACKGROUND
                ? EthnicGroup.of(draft.answer(ETHNIC_GROUP)).orElseThrow().backgrounds()
                : codes);
        choices.add(EqualityAnswers.PREFER_NOT_TO_SAY);
        return choices;
    }

    /** The page after this one, skipping questions the answers so far make irrelevant. */
    String next(EqualityDraft draft) {
        for (var later : values()) {
            if (later.ordinal() > ordinal() && later.asked(draft)) {
                return later.path;
            }
        }
        return EqualityPages.NEXT;
    }

    String previous(EqualityDraft draft) {
        for (var i = ordinal() - 1; i >= 0; i--) {
            if (values()[i].asked(draft)) {
                return values()[i].path;
            }
        }
        return EqualityPages.START;
    }

    String titleKey() {
        return key + ".title";
    }

    String questionKey(EqualityDraft draft) {
        return this == ETHNIC_BACKGROUND
                ? key + ".question." + EthnicGroup.of(draft.answer(ETHNIC_GROUP)).orElseThrow().name()
                : key + ".question";
    }

    String labelKey(String code) {
        return EqualityAnswers.PREFER_NOT_TO_SAY.equals(code) ? "join.equality.preferNotToSay" : key + ".option." + code;
    }
}
