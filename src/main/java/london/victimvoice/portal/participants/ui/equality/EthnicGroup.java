package london.victimvoice.portal.participants.ui.equality;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The GSS harmonised ethnic groups (England), each with the backgrounds asked about next. */
enum EthnicGroup {
    WHITE("WHITE_BRITISH", "WHITE_IRISH", "WHITE_GYPSY_OR_IRISH_TRAVELLER", "WHITE_ROMA", "WHITE_OTHER"),
    MIXED("MIXED_WHITE_AND_BLACK_CARIBBEAN", "MIXED_WHITE_AND_BLACK_AFRICAN", "MIXED_WHITE_AND_ASIAN", "MIXED_OTHER"),
    ASIAN("ASIAN_INDIAN", "ASIAN_PAKISTANI", "ASIAN_BANGLADESHI", "ASIAN_CHINESE", "ASIAN_OTHER"),
    BLACK("BLACK_AFRICAN", "BLACK_CARIBBEAN", "BLACK_OTHER"),
    OTHER("OTHER_ARAB", "OTHER_ANY");

    private final List<String> backgrounds;

    EthnicGroup(String... backgrounds) {
        this.backgrounds = List.of(backgrounds);
    }

    List<String> backgrounds() {
        return backgrounds;
    }

    static String[] codes() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** The group an answer code names; empty for no answer or "Prefer not to say". */
    static Optional<EthnicGroup> of(@Nullable String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
