package london.victimvoice.portal.voice;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.PlainText;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;

/**
 * Moderating a question's released answers as one batch: redacting (the original words stay only
 * until sign-off), leaving answers out, tagging themes, writing insights and grouping answers into
 * them, then submitting the batch for sign-off. Coordinators moderate questions of the forums they
 * look after and every consultation question; admins every question. Every step is recorded in
 * voice_moderation_step with who and when, so sign-off can refuse anyone who took part; opening
 * the answers is recorded too ("viewed"), which does not count as taking part.
 */
@Service
public class Moderation {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 4000;
    public static final int THEME_MAX_LENGTH = 60;

    private final ModerationStore store;
    private final Answers answers;
    private final ForumStewards stewards;
    private final RedactionSuggestions suggestions;
    private final VoiceProperties properties;
    private final Clock clock;

    Moderation(ModerationStore store, Answers answers, ForumStewards stewards, RedactionSuggestions suggestions,
            VoiceProperties properties, Clock clock) {
        this.store = store;
        this.answers = answers;
        this.stewards = stewards;
        this.suggestions = suggestions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The batch as its moderator sees it, if the question exists and {@code by} may moderate it.
     * Opening released answers is recorded as "viewed".
     */
    @Transactional
    public Optional<ModerationBatch> open(ForumManager by, UUID questionId) {
        var question = store.question(questionId).filter(q -> mayModerate(by, q));
        if (question.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(batch(question.get(), by.username()));
    }

    /** The batch for anyone allowed to read it (the caller checked the role); records "viewed" when released. */
    ModerationBatch batch(ModerationStore.QuestionRow question, String staff) {
        var count = store.answerCount(question.id());
        var threshold = properties.releaseThreshold();
        List<ModeratedAnswer> moderated = List.of();
        if (count >= threshold) {
            var released = answers.released(question.id());
            moderated = released.answers().stream().map(a -> new ModeratedAnswer(a,
                    a.shown() == null ? List.of() : suggestions.find(a.shown()))).toList();
            store.step(question.id(), staff, "viewed", clock.instant());
        }
        var insights = store.insights(question.id()).stream()
                .map(i -> new BatchInsight(i.id(), i.title(), i.summary(), i.theme(), i.answers())).toList();
        return new ModerationBatch(question.id(), question.title(), question.prompt(), question.forumCodes(),
                question.consultationTitle(), question.status(), question.version(), question.returnedReason(),
                question.submittedAt(), count, threshold, moderated, insights,
                store.moderated(question.id(), staff));
    }

    /**
     * Keeps the moderator's version of an answer; the original stays until sign-off. Text the same
     * as the original clears the redaction.
     *
     * @throws ModerationRefused for empty or too long text, or a batch that cannot change
     */
    @Transactional
    public void redact(ForumManager by, UUID questionId, UUID answerId, String text) {
        var question = changeable(by, questionId);
        var original = answerOf(question, answerId);
        var trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new ModerationRefused(ModerationRefused.TEXT_EMPTY, "text");
        }
        var length = trimmed.codePointCount(0, trimmed.length());
        if (length > properties.maxAnswerLength()) {
            throw new ModerationRefused(ModerationRefused.TEXT_TOO_LONG, "text", properties.maxAnswerLength(), length);
        }
        store.redact(answerId, trimmed.equals(original.orElse(null)) ? null : trimmed);
        store.step(questionId, by.username(), "redact", clock.instant());
    }

    /** Leaves an answer out of the insight (or takes it back in). */
    @Transactional
    public void leaveOut(ForumManager by, UUID questionId, UUID answerId, boolean leftOut) {
        var question = changeable(by, questionId);
        answerOf(question, answerId);
        store.leaveOut(answerId, leftOut);
        store.step(questionId, by.username(), leftOut ? "leave-out" : "take-back", clock.instant());
    }

    /**
     * Replaces an answer's themes. Each is trimmed, its spaces collapsed and lower-cased, so "Being
     * Heard" and "being  heard" are one theme; blanks are dropped.
     */
    @Transactional
    public Set<String> tagThemes(ForumManager by, UUID questionId, UUID answerId, Collection<String> themes) {
        var question = changeable(by, questionId);
        answerOf(question, answerId);
        var normalised = new LinkedHashSet<String>();
        for (var theme : themes) {
            var one = normalise(theme);
            if (!one.isEmpty()) {
                checkTheme(one, "themes");
                normalised.add(one);
            }
        }
        store.replaceThemes(answerId, normalised);
        store.step(questionId, by.username(), "theme", clock.instant());
        return normalised;
    }

    /** Writes an insight about this question's answers; group answers into it with {@link #group}. */
    @Transactional
    public UUID createInsight(ForumManager by, UUID questionId, String title, String summary, String theme) {
        changeable(by, questionId);
        var cleanTitle = title.strip();
        var cleanSummary = summary.strip();
        var cleanTheme = normalise(theme);
        text(cleanTitle, "title", TITLE_MAX_LENGTH, ModerationRefused.TITLE_EMPTY, ModerationRefused.TITLE_TOO_LONG,
                ModerationRefused.TITLE_MARKUP);
        text(cleanSummary, "summary", SUMMARY_MAX_LENGTH, ModerationRefused.SUMMARY_EMPTY,
                ModerationRefused.SUMMARY_TOO_LONG, ModerationRefused.SUMMARY_MARKUP);
        if (cleanTheme.isEmpty()) {
            throw new ModerationRefused(ModerationRefused.THEME_EMPTY, "theme");
        }
        checkTheme(cleanTheme, "theme");
        var id = UUID.randomUUID();
        store.insertInsight(id, questionId, cleanTitle, cleanSummary, cleanTheme, by.username(), clock.instant());
        store.step(questionId, by.username(), "insight", clock.instant());
        return id;
    }

    /** Groups an answer into one of this question's insights, or into none ({@code insightId} null). */
    @Transactional
    public void group(ForumManager by, UUID questionId, UUID answerId, @Nullable UUID insightId) {
        var question = changeable(by, questionId);
        answerOf(question, answerId);
        if (insightId != null && !store.insightOf(questionId, insightId)) {
            throw new ModerationRefused(ModerationRefused.NO_SUCH_INSIGHT, "insight");
        }
        store.group(answerId, insightId);
        store.step(questionId, by.username(), "group", clock.instant());
    }

    /**
     * Sends the batch for sign-off. Only released batches with at least one insight; {@code version}
     * is the one the moderator saw, so a batch submitted or returned meanwhile is not submitted again.
     */
    @Transactional
    public void submit(ForumManager by, UUID questionId, int version) {
        var question = changeable(by, questionId);
        if (store.insights(questionId).isEmpty()) {
            throw new ModerationRefused(ModerationRefused.NO_INSIGHT, null);
        }
        if (question.version() != version || !store.submit(questionId, version, by.username(), clock.instant())) {
            throw new ModerationRefused(ModerationRefused.CHANGED_MEANWHILE, null);
        }
        store.step(questionId, by.username(), "submit", clock.instant());
    }

    /** The question, locked for this transaction, if {@code by} may change its batch now. */
    private ModerationStore.QuestionRow changeable(ForumManager by, UUID questionId) {
        var question = store.lockQuestion(questionId).filter(q -> mayModerate(by, q))
                .orElseThrow(() -> new ModerationRefused(ModerationRefused.NO_SUCH_QUESTION, null));
        switch (question.status()) {
            case SUBMITTED -> throw new ModerationRefused(ModerationRefused.SUBMITTED, null);
            case SIGNED_OFF -> throw new ModerationRefused(ModerationRefused.SIGNED_OFF, null);
            default -> {
            }
        }
        if (store.answerCount(questionId) < properties.releaseThreshold()) {
            throw new ModerationRefused(ModerationRefused.NOT_RELEASED, null, properties.releaseThreshold());
        }
        return question;
    }

    private Optional<String> answerOf(ModerationStore.QuestionRow question, UUID answerId) {
        return store.answerText(question.id(), answerId)
                .orElseThrow(() -> new ModerationRefused(ModerationRefused.NO_SUCH_ANSWER, null));
    }

    boolean mayModerate(ForumManager by, ModerationStore.QuestionRow question) {
        if (by.admin() || question.consultationId() != null) {
            return true;
        }
        return question.forumCodes().stream().anyMatch(code -> stewards.mayManage(by, code));
    }

    static String normalise(String theme) {
        return theme.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void checkTheme(String theme, String field) {
        if (theme.codePointCount(0, theme.length()) > THEME_MAX_LENGTH) {
            throw new ModerationRefused(ModerationRefused.THEME_TOO_LONG, field, THEME_MAX_LENGTH);
        }
        if (PlainText.looksLikeMarkup(theme)) {
            throw new ModerationRefused(ModerationRefused.THEME_MARKUP, field);
        }
    }

    private static void text(String text, String field, int max, String empty, String tooLong, String markup) {
        if (text.isEmpty()) {
            throw new ModerationRefused(empty, field);
        }
        var length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new ModerationRefused(tooLong, field, max, length);
        }
        if (PlainText.looksLikeMarkup(text)) {
            throw new ModerationRefused(markup, field);
        }
    }
}
