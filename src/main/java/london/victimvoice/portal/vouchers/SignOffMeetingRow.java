package london.victimvoice.portal.vouchers;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A meeting with vouchers, and how many are in each status. */
public record SignOffMeetingRow(UUID meetingId, String forumCode, LocalDate meetingDay,
        Map<VoucherStatus, Integer> counts) {

    public SignOffMeetingRow {
        counts = Map.copyOf(counts);
    }

    public int count(VoucherStatus status) {
        return counts.getOrDefault(status, 0);
    }
}
