package london.victimvoice.portal.vouchers;

import java.time.LocalDate;
import java.util.UUID;

/** One meeting's vouchers paid by one sponsor (a meeting has one line unless its forum's sponsor changed). */
public record ReconciliationLine(UUID meetingId, String forumCode, LocalDate meetingDay, Sponsor sponsor,
        ReconciliationCounts counts) {
}
