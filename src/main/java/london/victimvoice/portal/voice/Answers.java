package london.victimvoice.portal.voice;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.voice.AnswerRefused.Reason;
import london.victimvoice.portal.voice.QuestionStore.StoredQuestion;

/**
 * Anonymous answers. Storing one writes two things that nothing joins: the fact that this person
 * answered this question, and the answer with a random id, the day, and the hash of a receipt code.
 *
 * <p>Nothing here logs, and no exception carries, an answer's words, its id or a receipt code.
 */
@Service
public class Answers {

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;
    /** Statuses of an answer, as {@link ReceiptLookup.Found#status()} gives them. */
    public static final String RECEIVED = "received";
    public static final String BEING_READ = "being-read";
    public static final String SIGNED_OFF = "signed-off";
    private static final int ATTEMPTS = 4;
    /** {@code voice_answer.answer_text}: never sent a longer text, whose error would quote it. */
    static final int TEXT_COLUMN = 4000;

    private final QuestionStore questionStore;
    private final AnswerStore store;
    private final Questions questions;
    private final ReceiptCodes codes;
    private final ReceiptThrottle throttle;
    private final VoiceProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    Answers(QuestionStore questionStore, AnswerStore store, Questions questions, ReceiptCodes codes,
            ReceiptThrottle throttle, VoiceProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.questionStore = questionStore;
        this.store = store;
        this.questions = questions;
        this.codes = codes;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    private record Checked(@Nullable String text, @Nullable String choice, @Nullable Integer scale) {
    }

    /**
     * Stores the answer and returns the receipt code, shown once.
     *
     * @throws AnswerRefused and nothing is stored
     */
    public ReceiptCode submit(UUID participantId, UUID questionId, AnswerDraft draft) {
        var checked = Objects.requireNonNull(transaction.execute(status -> check(participantId, questionId, draft)));
        for (var attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transaction.execute(status -> store(participantId, questionId, checked)));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                // A receipt hash that was taken a moment ago, or a deadlock: all rolled back, so try again.
                // The exception is neither logged nor kept as a cause: its message may quote the row's values.
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("An answer could not be stored after " + ATTEMPTS + " attempts");
                }
            } catch (DataAccessException e) {
                throw new IllegalStateException("An answer could not be stored: " + e.getClass().getSimpleName());
            }
        }
    }

    private Checked check(UUID participantId, UUID questionId, AnswerDraft draft) {
        var question = questionStore.find(questionId).orElseThrow(() -> new AnswerRefused(Reason.NO_SUCH_QUESTION));
        if (!questions.isFor(participantId, question)) {
            throw new AnswerRefused(Reason.NOT_IN_AUDIENCE);
        }
        switch (question.stateAt(clock.instant())) {
            case UPCOMING -> throw new AnswerRefused(Reason.NOT_OPEN_YET);
            case CLOSED -> throw new AnswerRefused(Reason.CLOSED);
            case OPEN -> {
            }
        }
        if (store.hasAnswered(questionId, participantId)) {
            throw new AnswerRefused(Reason.ALREADY_ANSWERED);
        }
        return checkDraft(question, draft);
    }

    private Checked checkDraft(StoredQuestion question, AnswerDraft draft) {
        var text = Questions.text(draft.text());
        var choice = Questions.text(draft.choice());
        var scale = draft.scale();
        if (!choice.isEmpty() && !question.choiceOptions().contains(choice)) {
            throw new AnswerRefused(Reason.BAD_CHOICE);
        }
        if (scale != null && (question.scalePrompt() == null || scale < SCALE_MIN || scale > SCALE_MAX)) {
            throw new AnswerRefused(Reason.BAD_SCALE);
        }
        if (text.isEmpty() && choice.isEmpty() && scale == null) {
            throw new AnswerRefused(Reason.EMPTY);
        }
        if (Questions.length(text) > properties.maxAnswerLength() || text.length() > TEXT_COLUMN) {
            throw new AnswerRefused(Reason.TOO_LONG);
        }
        return new Checked(text.isEmpty() ? null : text, choice.isEmpty() ? null : choice, scale);
    }

    private ReceiptCode store(UUID participantId, UUID questionId, Checked answer) {
        // One answer to a question at a time: the next waits here, then sees this one's marker.
        if (!questionStore.lock(questionId)) {
            throw new AnswerRefused(Reason.NO_SUCH_QUESTION);
        }
        // Checked again under the lock: the batch may have been sent for sign-off since.
        if (questionStore.find(questionId).map(q -> q.stateAt(clock.instant())).orElse(null) != QuestionState.OPEN) {
            throw new AnswerRefused(Reason.CLOSED);
        }
        var mix = random.nextInt();
        try {
            store.markAnswered(questionId, participantId, mix);
        } catch (DuplicateKeyException e) {
            throw new AnswerRefused(Reason.ALREADY_ANSWERED);
        }
        var code = codes.generate();
        var hash = codes.hash(code.value());
        for (var tries = 1; store.receiptTaken(hash) && tries < 10; tries++) {
            code = codes.generate();
            hash = codes.hash(code.value());
        }
        store.insertAnswer(UUID.randomUUID(), questionId, LondonTimes.date(clock.instant()), answer.text(),
                answer.choice(), answer.scale(), hash, mix);
        store.remix(questionId, mix);
        return code;
    }

    @Transactional(readOnly = true)
    public boolean hasAnswered(UUID participantId, UUID questionId) {
        return store.hasAnswered(questionId, participantId);
    }

    /** How many answers a question has: a count only. */
    @Transactional(readOnly = true)
    public long count(UUID questionId) {
        return store.count(questionId);
    }

    /** The answers staff may read: none below the release threshold; shuffled on every call. */
    @Transactional(readOnly = true)
    public ReleasedAnswers released(UUID questionId) {
        var count = store.count(questionId);
        var threshold = properties.releaseThreshold();
        if (count < threshold) {
            return new ReleasedAnswers(count, threshold, false, List.of());
        }
        var answers = new ArrayList<>(store.answers(questionId));
        Collections.shuffle(answers, random);
        return new ReleasedAnswers(answers.size(), threshold, true, answers);
    }

    /**
     * Opens an answer by its receipt code, signed in or not. {@code sessionKey} identifies the
     * browser session for rate limiting only; it is never stored or logged.
     */
    @Transactional(readOnly = true)
    public ReceiptLookup lookup(String typedCode, String sessionKey) {
        var wait = throttle.take(sessionKey);
        if (wait.isPresent()) {
            return new ReceiptLookup.TooManyTries(wait.get());
        }
        var found = codes.normalise(typedCode).map(codes::hash).flatMap(store::byReceipt)
                .flatMap(answer -> questionStore.find(answer.questionId()).map(q -> found(answer, q)));
        if (found.isEmpty()) {
            return new ReceiptLookup.NotFound();
        }
        throttle.giveBack(sessionKey);
        return found.get();
    }

    private ReceiptLookup.Found found(AnswerStore.ByReceipt answer, StoredQuestion question) {
        String status;
        List<UUID> insights = List.of();
        if (store.count(question.id()) < properties.releaseThreshold()) {
            status = RECEIVED;
        } else if (question.moderation() == ModerationStatus.SIGNED_OFF) {
            status = SIGNED_OFF;
            if (answer.insightId() != null && !answer.leftOut()) {
                insights = List.of(answer.insightId());
            }
        } else {
            status = BEING_READ;
        }
        return new ReceiptLookup.Found(question.id(), question.title(), answer.answeredOn(), status, insights);
    }
}
