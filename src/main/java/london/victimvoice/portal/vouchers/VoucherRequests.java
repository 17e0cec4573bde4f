package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.meetings.RecordedMark;

/**
 * Keeps each attendance's voucher in line with its mark as it stands now, not as an event said:
 * so a repeated, late or doubled event, a retry or a sweep all end the same way. ATTENDED gives
 * one REQUESTED voucher (the unique key on meeting and participant makes a second impossible);
 * a mark changed away withdraws a voucher not yet issued, giving back an approved one's charge;
 * changed back, the same voucher is requested again. An issued or confirmed voucher is never
 * touched by attendance.
 */
@Service
class VoucherRequests {

    /** What bringing a voucher in line did. */
    enum Outcome {
        REQUESTED, REQUESTED_AGAIN, WITHDRAWN, NOTHING
    }

    static final String WITHDRAW_REASON = "attendance changed: voucher withdrawn";

    private final SignOffStore store;
    private final MeetingAttendance attendance;
    private final Ledger ledger;
    private final VoucherBudgets budgets;
    private final Clock clock;

    VoucherRequests(SignOffStore store, MeetingAttendance attendance, Ledger ledger, VoucherBudgets budgets,
            Clock clock) {
        this.store = store;
        this.attendance = attendance;
        this.ledger = ledger;
        this.budgets = budgets;
        this.clock = clock;
    }

    /**
     * @param heardFrom who recorded the change an event told of (they may never sign the voucher
     *                  off), or null when the sweep found the mark
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    Outcome bringInLine(UUID meetingId, UUID participantId, @Nullable String heardFrom) {
        if (heardFrom != null) {
            store.addRecorder(meetingId, participantId, heardFrom);
        }
        var mark = attendance.mark(meetingId, participantId);
        mark.ifPresent(m -> store.addRecorder(meetingId, participantId, m.recordedBy()));
        if (mark.isPresent() && mark.get().status() == AttendanceStatus.ATTENDED) {
            return request(mark.get());
        }
        var by = mark.map(RecordedMark::recordedBy).orElse(heardFrom == null ? "system" : heardFrom);
        return store.lock(meetingId, participantId).map(voucher -> withdraw(voucher, by)).orElse(Outcome.NOTHING);
    }

    private Outcome request(RecordedMark mark) {
        var now = now();
        if (store.find(mark.meetingId(), mark.participantId()).isEmpty()) {
            var day = mark.meetingStartsAt().atZone(FinancialYear.LONDON).toLocalDate();
            if (store.insert(UUID.randomUUID(), mark.meetingId(), mark.participantId(), mark.forumCode(), day,
                    rule(mark.forumCode()), mark.recordedBy(), now)) {
                return Outcome.REQUESTED;
            }
        }
        var voucher = store.lock(mark.meetingId(), mark.participantId()).orElseThrow();
        if (voucher.status() == VoucherStatus.WITHDRAWN
                && store.requestAgain(voucher.id(), rule(voucher.forumCode()), mark.recordedBy(), now)) {
            return Outcome.REQUESTED_AGAIN;
        }
        return Outcome.NOTHING;
    }

    private Outcome withdraw(SignOffStore.VoucherRow voucher, String by) {
        switch (voucher.status()) {
            case REQUESTED -> {
                return store.withdraw(voucher.id(), VoucherStatus.REQUESTED, by, now()) ? Outcome.WITHDRAWN
                        : Outcome.NOTHING;
            }
            case APPROVED -> {
                if (!store.withdraw(voucher.id(), VoucherStatus.APPROVED, by, now())) {
                    return Outcome.NOTHING;
                }
                ledger.refund(voucher.id(), by, WITHDRAW_REASON);
                return Outcome.WITHDRAWN;
            }
            default -> {
                // Issued or confirmed: the person has it. Withdrawn: nothing left to do.
                return Outcome.NOTHING;
            }
        }
    }

    /** The forum's value and sponsor as the admins set them (default £25 from MOPAC), read in one place. */
    private SignOffStore.Rule rule(String forumCode) {
        var rule = budgets.ruleFor(forumCode);
        return new SignOffStore.Rule(rule.valuePence(), rule.sponsor());
    }

    /** How far back the sweep looks for attended marks whose event was lost. */
    static final Duration SWEEP_LOOKS_BACK = Duration.ofDays(90);

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
