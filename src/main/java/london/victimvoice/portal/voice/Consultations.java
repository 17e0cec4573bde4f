package london.victimvoice.portal.voice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.PlainText;

/**
 * Consultations: sets of questions for the wider pool (people who asked to be consulted). Their
 * questions are posted through {@link Questions#post} with the consultation's id. Results are
 * counts with small groups hidden and the signed-off redacted words; each reading and each export
 * is recorded against every question of the consultation, so staff access is audited.
 */
@Service
public class Consultations {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    static final String VIEWED = "viewed-results";
    static final String EXPORTED = "exported";
    static final String SIGNED_OFF = "signed-off";

    private final ConsultationStore store;
    private final VoiceProperties properties;
    private final Clock clock;

    Consultations(ConsultationStore store, VoiceProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts a consultation.
     *
     * @throws ConsultationAccessRefused unless a coordinator or an admin asks
     * @throws QuestionRefused           naming each problem with the title ({@code title}) and the
     *                                   summary ({@code summary}); nothing is saved
     */
    @Transactional
    public UUID create(ConsultationStaff by, String title, String summary) {
        if (!by.mayCreate()) {
            throw new ConsultationAccessRefused("create");
        }
        var problems = new ArrayList<QuestionRefused.Problem>();
        var cleanTitle = title.strip();
        var cleanSummary = summary.strip();
        check(problems, "title", cleanTitle, TITLE_MAX);
        check(problems, "summary", cleanSummary, SUMMARY_MAX);
        if (!problems.isEmpty()) {
            throw new QuestionRefused(problems);
        }
        var id = UUID.randomUUID();
        store.insert(id, cleanTitle, cleanSummary, by.username(), clock.instant());
        return id;
    }

    private static void check(List<QuestionRefused.Problem> problems, String field, String text, int max) {
        var prefix = "voice.authoring.consultation.error." + field;
        if (text.isEmpty()) {
            problems.add(new QuestionRefused.Problem(field, prefix + ".empty"));
        } else if (text.length() > max) {
            problems.add(new QuestionRefused.Problem(field, prefix + ".tooLong", max));
        } else if (PlainText.looksLikeMarkup(text)) {
            problems.add(new QuestionRefused.Problem(field, prefix + ".markup"));
        }
    }

    /** Every consultation, newest first. */
    @Transactional(readOnly = true)
    public List<ConsultationSummary> list() {
        return store.list();
    }

    /** A consultation and its questions with their counts of answers. */
    @Transactional(readOnly = true)
    public Optional<ConsultationDetails> find(UUID consultationId) {
        return store.find(consultationId).map(row -> new ConsultationDetails(row.id(), row.title(), row.summary(),
                row.createdBy(), row.createdAt(), store.questions(consultationId).stream().map(this::summary).toList()));
    }

    private QuestionSummary summary(ConsultationStore.QuestionRow q) {
        var now = clock.instant();
        var state = now.isBefore(q.opensAt()) ? QuestionState.UPCOMING
                : now.isBefore(q.closesAt()) ? QuestionState.OPEN : QuestionState.CLOSED;
        return new QuestionSummary(q.id(), q.title(), List.of(), null, q.opensAt(), q.closesAt(), state, q.answers(),
                ModerationStatus.fromCode(q.moderation()));
    }

    /**
     * The results as they may be shown, recorded as read by {@code by} (action "viewed-results") on
     * every question of the consultation. Empty when there is no such consultation.
     *
     * @throws ConsultationAccessRefused unless a coordinator, admin, approver or partner viewer asks
     */
    @Transactional
    public Optional<ConsultationResults> results(ConsultationStaff by, UUID consultationId) {
        return read(by, consultationId, VIEWED);
    }

    /**
     * The signed-off, redacted words of every question as CSV (question, themes, text), recorded as
     * exported by {@code by} on every question of the consultation. Empty when there is no such
     * consultation.
     *
     * @throws ConsultationAccessRefused unless a coordinator, admin, approver or partner viewer asks
     */
    @Transactional
    public Optional<String> csv(ConsultationStaff by, UUID consultationId) {
        return read(by, consultationId, EXPORTED).map(results -> ConsultationCsv.of(results.questions()));
    }

    private Optional<ConsultationResults> read(ConsultationStaff by, UUID consultationId, String action) {
        if (!by.mayReadResults()) {
            throw new ConsultationAccessRefused(action);
        }
        var consultation = store.find(consultationId);
        if (consultation.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var questions = store.questions(consultationId);
        var results = new ArrayList<ConsultationResults.QuestionResults>();
        for (var question : questions) {
            store.recordStep(question.id(), by.username(), action, now);
            results.add(resultsOf(question));
        }
        return Optional.of(new ConsultationResults(consultationId, consultation.get().title(), properties.smallGroup(),
                properties.releaseThreshold(), results));
    }

    private ConsultationResults.QuestionResults resultsOf(ConsultationStore.QuestionRow question) {
        if (question.answers() < properties.releaseThreshold()) {
            return new ConsultationResults.QuestionResults(question.id(), question.title(), false, null,
                    null, List.of(), null, List.of(), false, List.of());
        }
        var small = properties.smallGroup();
        List<ConsultationResults.OptionCount> choices = List.of();
        if (question.choicePrompt() != null) {
            var counts = store.choiceCounts(question.id());
            var labels = options(question.choiceOptions());
            choices = counted(labels, labels.stream().map(o -> counts.getOrDefault(o, 0L)).toList(), question.answers());
        }
        List<ConsultationResults.OptionCount> scale = List.of();
        if (question.scalePrompt() != null) {
            var counts = store.scaleCounts(question.id());
            var points = List.of("1", "2", "3", "4", "5");
            scale = counted(points, points.stream().map(p -> counts.getOrDefault(Integer.parseInt(p), 0L)).toList(),
                    question.answers());
        }
        var signedOff = SIGNED_OFF.equals(question.moderation());
        var texts = signedOff ? new ArrayList<>(store.signedOffTexts(question.id()))
                : new ArrayList<ConsultationResults.ResultText>();
        // The order answers were stored in must not show through.
        Collections.shuffle(texts);
        return new ConsultationResults.QuestionResults(question.id(), question.title(), true,
                ConsultationResults.GroupCount.of(question.answers(), small), question.choicePrompt(), choices,
                question.scalePrompt(), scale, signedOff, texts);
    }

    /**
     * Counts as they may be shown. Each below the small-group limit is "fewer than N". When every
     * answer gave this part (the counts add up to the total, which is shown) and exactly one count
     * is hidden and is not 0, it could be worked out by taking the others from the total: then the
     * smallest count still shown is withheld too.
     */
    private List<ConsultationResults.OptionCount> counted(List<String> labels, List<Long> counts, long total) {
        var small = properties.smallGroup();
        var shown = new ArrayList<ConsultationResults.GroupCount>();
        counts.forEach(count -> shown.add(ConsultationResults.GroupCount.of(count, small)));
        var complete = counts.stream().mapToLong(Long::longValue).sum() == total;
        var hidden = new ArrayList<Integer>();
        var smallestShown = -1;
        for (int i = 0; i < counts.size(); i++) {
            if (shown.get(i).fewerThan()) {
                hidden.add(i);
            } else if (smallestShown < 0 || counts.get(i) < counts.get(smallestShown)) {
                smallestShown = i;
            }
        }
        if (complete && total >= small && hidden.size() == 1 && counts.get(hidden.getFirst()) > 0
                && smallestShown >= 0) {
            shown.set(smallestShown, ConsultationResults.GroupCount.hidden());
        }
        var out = new ArrayList<ConsultationResults.OptionCount>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new ConsultationResults.OptionCount(labels.get(i), shown.get(i)));
        }
        return out;
    }

    /** The options of a multiple choice, one per line as stored. */
    static List<String> options(@Nullable String stored) {
        if (stored == null) {
            return List.of();
        }
        return stored.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
