package london.victimvoice.portal.vouchers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting with signed-off vouchers still to give, on its London day. */
public record MeetingToIssue(UUID meetingId, String forumCode, LocalDate meetingDay, List<VoucherToIssue> vouchers) {

    public MeetingToIssue {
        vouchers = List.copyOf(vouchers);
    }
}
