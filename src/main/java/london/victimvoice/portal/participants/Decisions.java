package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;


/**
 * Records a decision in one transaction and says what to tell the participant; the telling happens
 * after it commits.
 * An approval gives each requested forum a place if one is free, else a place on its waiting list.
 */
@Component
class Decisions {

    /**
     * What to tell the participant (through {@link ParticipantNotices}, which picks a safe channel).
     *
     * @param waitingList codes of the forums they are on the waiting list for, in code order
     * @param forums      how many forums the decision was about
     */
    record Notice(UUID participantId, ForumRequestStatus outcome, List<String> waitingList, int forums) {
    }

    private final Participants participants;
    private final ForumRequests forumRequests;
    private final ForumPlaces places;
    private final RegistrationDecisions decisions;
    private final StaffAccessAudit audit;
    private final DataCipher cipher;
    private final Clock clock;

    Decisions(Participants participants, ForumRequests forumRequests,
            ForumPlaces places, RegistrationDecisions decisions, StaffAccessAudit audit, DataCipher cipher,
            Clock clock) {
        this.participants = participants;
        this.forumRequests = forumRequests;
        this.places = places;
        this.decisions = decisions;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * @throws ApprovalRefused when the participant is unknown or already decided on
     * @throws org.springframework.dao.DataIntegrityViolationException when another approver decided meanwhile
     */
    // Read committed: places are counted after the forums are locked, and must include every approval
    // committed while this one waited for the lock. MariaDB's default (repeatable read) would count
    // from a snapshot taken at this transaction's first read, before the lock, and overfill a forum.
    @Transactional(isolation = Isolation.READ_COMMITTED)
    Notice decide(UUID participantId, ForumRequestStatus outcome, @Nullable String reason, String approver) {
        var participant = participants.findById(participantId)
                .orElseThrow(() -> new ApprovalRefused(ApprovalRefused.UNKNOWN));
        var pending = forumRequests.findByParticipantIdAndStatus(participantId, ForumRequestStatus.PENDING_APPROVAL);
        if (pending.isEmpty() || decisions.existsByParticipantId(participantId)) {
            throw new ApprovalRefused(ApprovalRefused.ALREADY_DECIDED);
        }
        var withPlace = outcome == ForumRequestStatus.APPROVED ? withPlace(pending) : Set.<String>of();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var decisionId = UUID.randomUUID();
        decisions.save(new RegistrationDecision(decisionId, participantId, outcome,
                cipher.sealOrNull(reason, RegistrationDecision.REASON, decisionId), approver, now));
        var waitingList = new ArrayList<String>();
        for (var request : pending) {
            if (outcome == ForumRequestStatus.APPROVED && !withPlace.contains(request.forumCode())) {
                request.decide(ForumRequestStatus.WAITING_LIST);
                waitingList.add(request.forumCode());
            } else {
                request.decide(outcome);
            }
        }
        waitingList.sort(null);
        audit.save(new StaffAccessRecord(approver, participantId, outcome == ForumRequestStatus.APPROVED
                ? StaffAccessRecord.Action.APPROVED : StaffAccessRecord.Action.DECLINED, now));
        // A second approver's decision shows here, before anyone is told.
        participants.flush();
        return new Notice(participant.getId(), outcome, List.copyOf(waitingList), pending.size());
    }

    /**
     * The forums among these requests with a place free. Their rows stay locked until this
     * transaction ends, so two approvals at once cannot both take a forum's last place.
     */
    private Set<String> withPlace(List<ForumRequest> pending) {
        return places.lockForApprovals(pending.stream().map(ForumRequest::forumCode).toList()).stream()
                .filter(ForumAvailability::hasPlace).map(ForumAvailability::code).collect(Collectors.toSet());
    }
}
