package london.victimvoice.portal.voice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.PlainText;

/**
 * Approvers sign off a submitted batch, or return it with a reason. Four eyes: nobody who took a
 * moderating step on a batch may sign it off, whatever page they reach. Signing off discards the
 * original words in the same transaction: each answer keeps only the moderator's version (or its
 * words as written when nothing needed taking out). The question's version is checked, so two
 * approvers at once give one sign-off and a plain refusal.
 */
@Service
public class SignOffs {

    public static final int REASON_MAX_LENGTH = 1000;

    private final ModerationStore store;
    private final Moderation moderation;
    private final Clock clock;

    SignOffs(ModerationStore store, Moderation moderation, Clock clock) {
        this.store = store;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** Batches waiting for sign-off, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<WaitingBatch> waiting() {
        return store.submitted().stream().map(q -> new WaitingBatch(q.id(), q.title(), q.forumCodes(),
                q.consultationTitle(), q.submittedAt() == null ? clock.instant() : q.submittedAt(),
                store.answerCount(q.id()), store.insights(q.id()).size())).toList();
    }

    /** A batch as the approver reviews it; opening its answers is recorded as "viewed". */
    @Transactional
    public Optional<ModerationBatch> open(String approver, UUID questionId) {
        return store.question(questionId).map(q -> moderation.batch(q, approver));
    }

    /**
     * Signs the batch off: the insight becomes visible to partners and the original words are gone.
     *
     * @throws ModerationRefused when the approver moderated it, it is not waiting for sign-off, or
     *                           it changed since {@code version}
     */
    @Transactional
    public void signOff(String approver, UUID questionId, int version) {
        var question = decidable(approver, questionId, version);
        if (store.moderated(questionId, approver)) {
            throw new ModerationRefused(ModerationRefused.OWN_BATCH, null);
        }
        if (!store.signOff(question.id(), version, approver, clock.instant())) {
            throw new ModerationRefused(ModerationRefused.CHANGED_MEANWHILE, null);
        }
        store.step(questionId, approver, "signed-off", clock.instant());
    }

    /** Sends the batch back to its moderators with a reason they will read. */
    @Transactional
    public void returnBatch(String approver, UUID questionId, int version, String reason) {
        var clean = reason.strip();
        if (clean.isEmpty()) {
            throw new ModerationRefused(ModerationRefused.REASON_EMPTY, "reason");
        }
        var length = clean.codePointCount(0, clean.length());
        if (length > REASON_MAX_LENGTH) {
            throw new ModerationRefused(ModerationRefused.REASON_TOO_LONG, "reason", REASON_MAX_LENGTH, length);
        }
        if (PlainText.looksLikeMarkup(clean)) {
            throw new ModerationRefused(ModerationRefused.REASON_MARKUP, "reason");
        }
        var question = decidable(approver, questionId, version);
        if (!store.returnBatch(question.id(), version, clean)) {
            throw new ModerationRefused(ModerationRefused.CHANGED_MEANWHILE, null);
        }
        store.step(questionId, approver, "returned", clock.instant());
    }

    private ModerationStore.QuestionRow decidable(String approver, UUID questionId, int version) {
        var question = store.lockQuestion(questionId)
                .orElseThrow(() -> new ModerationRefused(ModerationRefused.NO_SUCH_QUESTION, null));
        switch (question.status()) {
            case SIGNED_OFF -> throw new ModerationRefused(ModerationRefused.ALREADY_SIGNED_OFF, null);
            case SUBMITTED -> {
            }
            default -> throw new ModerationRefused(ModerationRefused.NOT_SUBMITTED, null);
        }
        if (question.version() != version) {
            throw new ModerationRefused(ModerationRefused.CHANGED_MEANWHILE, null);
        }
        return question;
    }
}
