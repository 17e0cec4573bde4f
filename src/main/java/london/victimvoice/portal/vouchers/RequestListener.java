package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import london.victimvoice.portal.meetings.AttendanceRecorded;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.meetings.RecordedMark;

/**
 * Hears attendance after it commits and brings the voucher in line; a sweep finds attended marks
 * whose event was lost (a crash after commit, a failure here) and does what it left undone.
 * There is no event publication registry, so the sweep is what makes "one request per
 * attendance" hold in the end.
 */
@Component
class RequestListener {

    private static final Logger log = LoggerFactory.getLogger(RequestListener.class);
    private static final int TRIES = 3;

    private final VoucherRequests requests;
    private final MeetingAttendance attendance;
    private final SignOffStore store;
    private final Clock clock;

    RequestListener(VoucherRequests requests, MeetingAttendance attendance, SignOffStore store, Clock clock) {
        this.requests = requests;
        this.attendance = attendance;
        this.store = store;
        this.clock = clock;
    }

    // Not supported: after the commit, the finished transaction is still bound to this thread, and
    // anything written in it would never be committed. Each try runs in a transaction of its own.
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(AttendanceRecorded recorded) {
        bringInLine(recorded.meetingId(), recorded.participantId(), recorded.recordedBy());
    }

    /**
     * Requests a voucher for every attended mark of the last 90 days that has none, or whose
     * voucher was withdrawn though the mark says attended again. Safe on several nodes at once.
     */
    @Scheduled(cron = "${portal.vouchers.sweep:0 */10 * * * *}", zone = "Europe/London")
    public void sweep() {
        try {
            sweepNow();
        } catch (RuntimeException e) {
            // The next sweep tries again.
            log.warn("The voucher request sweep failed", e);
        }
    }

    /** The sweep, run now; tests call it directly. @return how many vouchers it requested or requested again */
    int sweepNow() {
        var marks = attendance.attendedSince(clock.instant().minus(VoucherRequests.SWEEP_LOOKS_BACK));
        var statuses = store.statuses(marks.stream().map(RecordedMark::meetingId).distinct().toList());
        var redone = 0;
        for (var mark : marks) {
            var status = statuses.get(mark.meetingId() + "/" + mark.participantId());
            if (status == null || status == VoucherStatus.WITHDRAWN) {
                if (bringInLine(mark.meetingId(), mark.participantId(), null) != VoucherRequests.Outcome.NOTHING) {
                    redone++;
                }
            }
        }
        if (redone > 0) {
            log.info("The voucher sweep made {} requests that attendance events had left undone", redone);
        }
        return redone;
    }

    private VoucherRequests.Outcome bringInLine(UUID meetingId, UUID participantId, @Nullable String heardFrom) {
        for (int attempt = 1; ; attempt++) {
            try {
                return requests.bringInLine(meetingId, participantId, heardFrom);
            } catch (ConcurrencyFailureException | DuplicateKeyException meanwhile) {
                // Another node or thread did the same at the same moment: look again.
                if (attempt >= TRIES) {
                    log.warn("Voucher for attendance at meeting {} not brought in line after {} tries; the sweep"
                            + " will try again", meetingId, TRIES, meanwhile);
                    return VoucherRequests.Outcome.NOTHING;
                }
            } catch (RuntimeException e) {
                log.warn("Voucher for attendance at meeting {} not brought in line; the sweep will try again",
                        meetingId, e);
                return VoucherRequests.Outcome.NOTHING;
            }
        }
    }
}
