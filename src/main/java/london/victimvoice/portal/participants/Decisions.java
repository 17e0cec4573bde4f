package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;

/** Records a decision in one transaction and says whom to tell; the telling happens after it commits. */
@Component
class Decisions {

    /** Where and how to tell the participant; none when they gave no contact on a safe channel. */
    record Notice(ChannelType channel, String recipient, boolean discreet, ForumRequestStatus outcome) {
    }

    private final Participants participants;
    private final ParticipantContacts contacts;
    private final ForumRequests forumRequests;
    private final RegistrationDecisions decisions;
    private final StaffAccessAudit audit;
    private final DataCipher cipher;
    private final Clock clock;

    Decisions(Participants participants, ParticipantContacts contacts, ForumRequests forumRequests,
            RegistrationDecisions decisions, StaffAccessAudit audit, DataCipher cipher, Clock clock) {
        this.participants = participants;
        this.contacts = contacts;
        this.forumRequests = forumRequests;
        this.decisions = decisions;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * @throws ApprovalRefused when the participant is unknown or already decided on
     * @throws org.springframework.dao.DataIntegrityViolationException when another approver decided meanwhile
     */
    @Transactional
    @Nullable Notice decide(UUID participantId, ForumRequestStatus outcome, @Nullable String reason, String approver) {
        var participant = participants.findById(participantId)
                .orElseThrow(() -> new ApprovalRefused(ApprovalRefused.UNKNOWN));
        var pending = forumRequests.findByParticipantIdAndStatus(participantId, ForumRequestStatus.PENDING_APPROVAL);
        if (pending.isEmpty() || decisions.existsByParticipantId(participantId)) {
            throw new ApprovalRefused(ApprovalRefused.ALREADY_DECIDED);
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var decisionId = UUID.randomUUID();
        decisions.save(new RegistrationDecision(decisionId, participantId, outcome,
                cipher.sealOrNull(reason, RegistrationDecision.REASON, decisionId), approver, now));
        pending.forEach(request -> request.decide(outcome));
        audit.save(new StaffAccessRecord(approver, participantId, outcome == ForumRequestStatus.APPROVED
                ? StaffAccessRecord.Action.APPROVED : StaffAccessRecord.Action.DECLINED, now));
        // A second approver's decision shows here, before anyone is told.
        participants.flush();
        return noticeFor(participant, outcome);
    }

    /** The verified contact if its channel is safe, otherwise another contact on a safe channel. */
    private @Nullable Notice noticeFor(Participant participant, ForumRequestStatus outcome) {
        var safe = Choices.parse(ChannelType.class, participant.safeChannels());
        Notice chosen = null;
        for (var contact : contacts.findByParticipantId(participant.getId())) {
            if (!safe.contains(contact.channel()) || chosen != null && contact.verifiedAt() == null) {
                continue;
            }
            chosen = new Notice(contact.channel(),
                    cipher.open(contact.recipient(), ParticipantContact.RECIPIENT, contact.getId()),
                    participant.discreetMessages(), outcome);
        }
        return chosen;
    }
}
