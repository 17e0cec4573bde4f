package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets other modules add to the one staff access audit, so whoever reviews it sees every look at
 * a person's data in one place. Lines are only ever added.
 */
@Service
public class StaffAccessLog {

    private final StaffAccessAudit audit;
    private final Clock clock;

    StaffAccessLog(StaffAccessAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** A member of staff opened a participant's support or adjustment request. */
    // Joins the caller's transaction, so the view and its audit line stand or fall together.
    @Transactional(propagation = Propagation.REQUIRED)
    public void viewedSupportRequest(String staffUsername, UUID participantId) {
        audit.save(new StaffAccessRecord(staffUsername, participantId, StaffAccessRecord.Action.VIEWED_SUPPORT_REQUEST,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }
}
