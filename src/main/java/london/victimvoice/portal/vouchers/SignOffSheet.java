package london.victimvoice.portal.vouchers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A meeting's vouchers for its page: who, status, masked code, and what the viewer may sign off. */
public record SignOffSheet(UUID meetingId, String forumCode, Instant startsAt, FinancialYear year,
        List<SignOffLine> lines) {

    public SignOffSheet {
        lines = List.copyOf(lines);
    }

    /** The vouchers the viewer may sign off now. */
    public List<SignOffLine> signable() {
        return lines.stream().filter(SignOffLine::mayBeSignedOff).toList();
    }

    public long signableValuePence() {
        return signable().stream().mapToLong(SignOffLine::valuePence).sum();
    }

    public long waiting() {
        return lines.stream().filter(l -> l.status() == VoucherStatus.REQUESTED).count();
    }
}
