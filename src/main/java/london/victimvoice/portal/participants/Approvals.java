package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvals queue: approvers list sign-ups waiting for a decision, open one (which is
 * audited), and approve or decline it. Approving gives a place in each forum asked for that has
 * one free, and a waiting-list place in the others. The participant is told through a safe
 * channel once the decision has committed, in discreet words unless they turned those off.
 */
@Service
public class Approvals {

    /** In Unicode code points, like the other free-text limits. */
    public static final int REASON_MAX_LENGTH = 500;

    private final PendingQueue queue;
    private final ForumRequests forumRequests;
    private final ReferralCodes referralCodes;
    private final StoredRegistrations stored;
    private final StaffAccessAudit audit;
    private final Decisions decisions;
    private final DataCipher cipher;
    private final ParticipantNotices notices;
    private final MessageSource texts;
    private final Clock clock;

    Approvals(PendingQueue queue, ForumRequests forumRequests, ReferralCodes referralCodes,
            StoredRegistrations stored, StaffAccessAudit audit, Decisions decisions, DataCipher cipher,
            ParticipantNotices notices, MessageSource texts, Clock clock) {
        this.queue = queue;
        this.forumRequests = forumRequests;
        this.referralCodes = referralCodes;
        this.stored = stored;
        this.audit = audit;
        this.decisions = decisions;
        this.cipher = cipher;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    /** Oldest first; {@code forumCode} null for every forum. */
    @Transactional(readOnly = true)
    public List<PendingRegistration> pending(@Nullable String forumCode, int offset, int limit) {
        var page = queue.page(forumCode, offset, limit);
        var forums = forumRequests.findByParticipantIdInOrderByForumCode(page.stream().map(Participant::getId).toList())
                .stream().collect(Collectors.groupingBy(ForumRequest::participantId, Collectors.toMap(
                        ForumRequest::forumCode, ForumRequest::status, (a, b) -> a, LinkedHashMap::new)));
        return page.stream().map(p -> new PendingRegistration(p.getId(),
                cipher.open(p.chosenName(), Participant.CHOSEN_NAME, p.getId()),
                forums.getOrDefault(p.getId(), new LinkedHashMap<>()),
                p.submittedAt(), referralKind(p.referralCode()), p.heardFrom(),
                Choices.parse(AccessNeed.class, p.accessNeeds()))).toList();
    }

    /**
     * The details an approver needs; writes who opened whose data, and when, to the access audit.
     *
     * @throws ApprovalRefused with {@link ApprovalRefused#UNKNOWN} when there is no such participant
     */
    @Transactional
    public RegistrationDetails open(UUID participantId, String approver) {
        var r = stored.find(participantId).orElseThrow(() -> new ApprovalRefused(ApprovalRefused.UNKNOWN));
        audit.save(new StaffAccessRecord(approver, participantId, StaffAccessRecord.Action.VIEWED_REGISTRATION,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        var referral = r.referralCode() == null ? null : referralCodes.findById(r.referralCode()).orElse(null);
        var safety = r.safety();
        return new RegistrationDetails(participantId, r.chosenName(), r.fullName(), r.forums(), r.submittedAt(),
                referral == null ? null : referral.summary().kind(),
                referral == null ? null : referral.summary().partnerName(), r.heardFrom(), safety.accessNeeds(),
                safety.accessNeedsOther(), safety.preferredLanguage(), safety.safeChannels());
    }

    /**
     * @return whether the participant was sent a message
     * @throws ApprovalRefused when the participant is unknown or already decided on; nothing changes then
     */
    public boolean approve(UUID participantId, String approver) {
        return decide(participantId, ForumRequestStatus.APPROVED, null, approver);
    }

    /**
     * @param reason for staff, 1 to {@value #REASON_MAX_LENGTH} characters; never sent to the participant
     * @return whether the participant was sent a message
     * @throws ApprovalRefused when the reason is missing or too long, or the participant is unknown or
     *                         already decided on; nothing changes then
     */
    public boolean decline(UUID participantId, String approver, @Nullable String reason) {
        var given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new ApprovalRefused(ApprovalRefused.REASON_MISSING);
        }
        if (given.codePointCount(0, given.length()) > REASON_MAX_LENGTH) {
            throw new ApprovalRefused(ApprovalRefused.REASON_TOO_LONG);
        }
        return decide(participantId, ForumRequestStatus.DECLINED, given, approver);
    }

    /** Not transactional: the message goes only after the decision has committed, and never holds it open. */
    private boolean decide(UUID participantId, ForumRequestStatus outcome, @Nullable String reason, String approver) {
        Decisions.Notice notice;
        try {
            notice = decisions.decide(participantId, outcome, reason, approver);
        } catch (DataIntegrityViolationException e) {
            // Another approver's decision committed first; this one rolled back whole.
            throw new ApprovalRefused(ApprovalRefused.ALREADY_DECIDED);
        }
        // The decision stands whether or not this reaches them; staff can get in touch another way.
        var waiting = notice.waitingList();
        if (waiting.isEmpty()) {
            return notices.tell(participantId, notice.outcome() == ForumRequestStatus.DECLINED ? "approval-declined"
                    : "approval-approved", Map.of());
        }
        // Discreet words never name a forum; only the full ones list those with no space yet.
        var template = waiting.size() == notice.forums() ? "approval-waiting-list" : "approval-some-waiting-list";
        var names = waiting.stream().map(code -> texts.getMessage("forum." + code + ".name", null, Locale.UK))
                .collect(Collectors.joining(", "));
        return notices.tell(participantId, template, Map.of("forums", names));
    }

    private @Nullable ReferralKind referralKind(@Nullable String code) {
        return code == null ? null : referralCodes.findById(code).map(c -> c.summary().kind()).orElse(null);
    }
}
