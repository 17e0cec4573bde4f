package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.MeetingCalendar;
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;

/**
 * Approvers sign off voucher requests, one at a time or a whole meeting at once; coordinators
 * see their forums' meetings without signing. Four eyes: whoever recorded or changed the
 * attendance, or raised the request, can never sign that voucher off. Signing off charges the
 * sponsor's year in the same transaction; when the money is not there the voucher stays waiting
 * and a batch stops at the limit, saying how many it signed off. The meeting's voucher rows are
 * locked first (then the year), so two approvers at once queue and a voucher is charged once.
 * The transactions read committed data: under MariaDB's repeatable read a total added up after
 * the year's lock could come from a snapshot taken before it.
 */
@Service
public class VoucherSignOffs {

    /** The list shows this many meetings, the latest first. */
    public static final int MEETINGS_SHOWN = 200;

    private final SignOffStore store;
    private final Ledger ledger;
    private final VoucherAudit audit;
    private final ForumStewards stewards;
    private final MeetingCalendar calendar;
    private final ForumMembers members;
    private final VoucherProperties properties;
    private final Clock clock;

    VoucherSignOffs(SignOffStore store, Ledger ledger, VoucherAudit audit, ForumStewards stewards,
            MeetingCalendar calendar, ForumMembers members, VoucherProperties properties, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.audit = audit;
        this.stewards = stewards;
        this.calendar = calendar;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    /** Meetings with vouchers the viewer may see, the latest first, with counts per status. */
    @Transactional(readOnly = true)
    public List<SignOffMeetingRow> meetings(SignOffViewer viewer) {
        var forums = viewer.seesAll() ? null : stewards.managedBy(viewer.manager());
        var rows = new LinkedHashMap<UUID, SignOffMeetingRow>();
        var counts = new LinkedHashMap<UUID, Map<VoucherStatus, Integer>>();
        for (var count : store.counts(forums, MEETINGS_SHOWN)) {
            counts.computeIfAbsent(count.meetingId(), k -> new EnumMap<>(VoucherStatus.class))
                    .put(count.status(), count.count());
            rows.putIfAbsent(count.meetingId(), new SignOffMeetingRow(count.meetingId(), count.forumCode(),
                    count.meetingDay(), Map.of()));
        }
        return rows.values().stream().map(r -> new SignOffMeetingRow(r.meetingId(), r.forumCode(), r.meetingDay(),
                counts.get(r.meetingId()))).toList();
    }

    /** Budgets of the current financial year at or beyond the warning line; none for coordinators. */
    @Transactional(readOnly = true)
    public List<SignOffWarning> warnings(SignOffViewer viewer) {
        if (!viewer.seesBudgets()) {
            return List.of();
        }
        var year = FinancialYear.of(clock.instant());
        var warnings = new ArrayList<SignOffWarning>();
        for (var sponsor : Sponsor.values()) {
            var totals = ledger.totals(year, sponsor);
            var level = totals.level(properties.warnAtPercent());
            if (level != BudgetTotals.Level.OK) {
                warnings.add(new SignOffWarning(totals, level));
            }
        }
        return warnings;
    }

    /**
     * A meeting's vouchers as the viewer opens its page; the look is written to the voucher audit.
     * Empty when there is no such meeting or it is not one the viewer may see.
     */
    @Transactional
    public Optional<SignOffSheet> open(SignOffViewer viewer, UUID meetingId) {
        var sheet = sheet(viewer, meetingId);
        sheet.ifPresent(s -> audit.record(viewer.username(), VoucherAudit.Action.VIEWED_MEETING, "meeting:" + meetingId));
        return sheet;
    }

    /** The same as {@link #open}, without a line in the audit: for showing the page again after an action. */
    @Transactional(readOnly = true)
    public Optional<SignOffSheet> sheet(SignOffViewer viewer, UUID meetingId) {
        var meeting = calendar.find(meetingId);
        if (meeting.isEmpty() || !viewer.seesAll() && !stewards.mayManage(viewer.manager(), meeting.get().forumCode())) {
            return Optional.empty();
        }
        var names = members.of(meeting.get().forumCode()).stream()
                .collect(Collectors.toMap(ForumMember::participantId, ForumMember::chosenName, (a, b) -> a));
        var recorders = store.recorders(meetingId);
        var lines = new ArrayList<SignOffLine>();
        for (var line : store.lines(meetingId)) {
            var v = line.voucher();
            var own = recordedBy(viewer.username(), v, recorders.getOrDefault(v.participantId(), List.of()));
            lines.add(new SignOffLine(v.id(), v.participantId(), names.get(v.participantId()), v.status(),
                    v.valuePence(), v.sponsor(), line.codeHint(), own,
                    viewer.approver() && !own && v.status() == VoucherStatus.REQUESTED));
        }
        lines.sort(java.util.Comparator.comparing((SignOffLine l) -> l.chosenName() == null ? "\uffff" : l.chosenName(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(SignOffLine::voucherId));
        var startsAt = meeting.get().startsAt();
        return Optional.of(new SignOffSheet(meetingId, meeting.get().forumCode(), startsAt,
                FinancialYear.of(startsAt), lines));
    }

    /**
     * Signs one voucher off and charges its value to its sponsor's year.
     *
     * @throws VoucherRefused when the signer is not an approver, recorded the attendance or raised
     *                        the request, the voucher is not waiting (signed off already, withdrawn),
     *                        or the budget does not cover it; nothing changes
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void signOff(SignOffViewer approver, UUID voucherId) {
        requireApprover(approver);
        var voucher = store.lock(voucherId).orElseThrow(() -> new VoucherRefused("vouchers.approval.error.notFound"));
        if (voucher.status() != VoucherStatus.REQUESTED) {
            throw new VoucherRefused(voucher.status() == VoucherStatus.WITHDRAWN ? "vouchers.approval.error.withdrawn"
                    : "vouchers.approval.error.alreadySignedOff");
        }
        if (recordedBy(approver.username(), voucher, store.recorders(voucher.meetingId(), voucher.participantId()))) {
            throw new VoucherRefused("vouchers.approval.error.ownRequest");
        }
        if (!charge(approver, voucher)) {
            throw new VoucherRefused("vouchers.approval.error.noBudget", voucher.sponsor(),
                    voucher.year().label());
        }
    }

    /**
     * Signs off every waiting voucher of the meeting the approver may sign off, charging each, in
     * one transaction; stops cleanly at the first the budget does not cover.
     *
     * @throws VoucherRefused when the signer is not an approver, nothing is waiting, every waiting
     *                        voucher is one they recorded, or the budget covers none; nothing changes
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SignOffBatch signOffMeeting(SignOffViewer approver, UUID meetingId) {
        requireApprover(approver);
        var waiting = store.lockMeeting(meetingId).stream().filter(v -> v.status() == VoucherStatus.REQUESTED)
                .sorted(java.util.Comparator.comparing(SignOffStore.VoucherRow::id)).toList();
        if (waiting.isEmpty()) {
            throw new VoucherRefused("vouchers.approval.error.nothingWaiting");
        }
        var recorders = store.recorders(meetingId);
        var own = waiting.stream().filter(v -> recordedBy(approver.username(), v,
                recorders.getOrDefault(v.participantId(), List.of()))).count();
        var signable = waiting.stream().filter(v -> !recordedBy(approver.username(), v,
                recorders.getOrDefault(v.participantId(), List.of()))).toList();
        if (signable.isEmpty()) {
            throw new VoucherRefused("vouchers.approval.error.ownMeeting", (int) own);
        }
        var signed = 0;
        for (var voucher : signable) {
            if (!charge(approver, voucher)) {
                if (signed == 0) {
                    throw new VoucherRefused("vouchers.approval.error.noBudgetBatch", voucher.sponsor(),
                            voucher.year().label(), signable.size());
                }
                return new SignOffBatch(signed, signable.size() - signed, (int) own, voucher.sponsor(), voucher.year());
            }
            signed++;
        }
        return new SignOffBatch(signed, 0, (int) own, null, null);
    }

    /** Charges and marks signed off; false (nothing changed) when the budget does not cover it. */
    private boolean charge(SignOffViewer approver, SignOffStore.VoucherRow voucher) {
        if (!ledger.charge(voucher.id(), voucher.year(), voucher.sponsor(), voucher.valuePence(), approver.username())) {
            return false;
        }
        if (!store.approve(voucher.id(), approver.username(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            // The row is locked and was REQUESTED: this cannot happen, and must not leave a charge behind.
            throw new IllegalStateException("Voucher " + voucher.id() + " changed while locked");
        }
        return true;
    }

    private static void requireApprover(SignOffViewer viewer) {
        if (!viewer.approver()) {
            throw new VoucherRefused("vouchers.approval.error.notApprover");
        }
    }

    private static boolean recordedBy(String username, SignOffStore.VoucherRow voucher, List<String> recorders) {
        return username.equalsIgnoreCase(voucher.requestedBy())
                || recorders.stream().anyMatch(username::equalsIgnoreCase);
    }
}
