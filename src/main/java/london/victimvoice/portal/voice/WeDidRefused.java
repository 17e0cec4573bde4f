package london.victimvoice.portal.voice;

import java.util.List;

/**
 * A "we did" entry was not saved and nothing changed; each problem names the field it is about
 * ({@link #SAID}, {@link #WILL_DO}, ...; {@link #NONE} for the entry as a whole) and a bundle key.
 */
public class WeDidRefused extends RuntimeException {

    public static final String SAID = "said";
    public static final String WILL_DO = "willDo";
    public static final String OWNER = "owner";
    public static final String STATUS = "status";
    public static final String REASON = "reason";
    public static final String DUE_ON = "dueOn";
    public static final String FORUMS = "forums";
    public static final String INSIGHTS = "insights";
    public static final String NOTE = "note";
    public static final String NONE = "";

    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public WeDidRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when the only problem is that someone else saved the entry first. */
    public boolean savedByOthers() {
        return problems.stream().anyMatch(p -> p.messageKey().equals(WeDid.STALE_KEY));
    }
}
