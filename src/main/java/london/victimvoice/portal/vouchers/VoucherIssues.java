package london.victimvoice.portal.vouchers;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.participants.ParticipantNotices;
import london.victimvoice.portal.participants.SealedText;

/**
 * Giving signed-off vouchers to their owners (coordinators for the forums they look after, admins
 * for all): as an e-voucher code, one free code of the voucher's value each, sent through the
 * person's safe channel in the same transaction; or as a card handed over in person. A voucher
 * gets one code and a code one voucher, also when two people issue the same meeting at once.
 */
@Service
public class VoucherIssues {

    /** The participant page every voucher message links to. */
    public static final String VOUCHERS_PATH = "/vouchers";
    static final String ISSUED_TEMPLATE = "voucher-issued";
    static final String IN_PERSON_TEMPLATE = "voucher-in-person";

    private static final Logger log = LoggerFactory.getLogger(VoucherIssues.class);

    private final IssueStore vouchers;
    private final CodeStore codes;
    private final SealedText sealed;
    private final ForumStewards stewards;
    private final ForumMembers members;
    private final ParticipantNotices notices;
    private final MessagingProperties.Links links;
    private final Clock clock;

    VoucherIssues(IssueStore vouchers, CodeStore codes, SealedText sealed, ForumStewards stewards,
            ForumMembers members, ParticipantNotices notices, MessagingProperties messaging, Clock clock) {
        this.vouchers = vouchers;
        this.codes = codes;
        this.sealed = sealed;
        this.stewards = stewards;
        this.members = members;
        this.notices = notices;
        this.links = messaging.links();
        this.clock = clock;
    }

    /** Signed-off vouchers not yet given, by meeting (oldest meeting first), in the forums this person looks after. */
    @Transactional(readOnly = true)
    public List<MeetingToIssue> approved(ForumManager by) {
        var rows = vouchers.approved(stewards.managedBy(by));
        var names = new HashMap<String, Map<UUID, String>>();
        var meetings = new LinkedHashMap<UUID, List<IssueStore.Row>>();
        for (var row : rows) {
            meetings.computeIfAbsent(row.meetingId(), m -> new ArrayList<>()).add(row);
        }
        var result = new ArrayList<MeetingToIssue>(meetings.size());
        for (var meeting : meetings.values()) {
            var first = meeting.getFirst();
            var forumNames = names.computeIfAbsent(first.forumCode(), forum -> {
                var map = new HashMap<UUID, String>();
                for (ForumMember member : members.of(forum)) {
                    map.put(member.participantId(), member.chosenName());
                }
                return map;
            });
            result.add(new MeetingToIssue(first.meetingId(), first.forumCode(), first.meetingDay(), meeting.stream()
                    .map(r -> new VoucherToIssue(r.id(), r.participantId(),
                            forumNames.getOrDefault(r.participantId(), ""), r.valuePence()))
                    .toList()));
        }
        return result;
    }

    /**
     * Gives each signed-off voucher of a meeting a free unexpired code of its value (the first to
     * expire first) and tells its owner. Where no code of a voucher's value is left, the voucher
     * waits, signed off, and the rest carry on.
     *
     * @throws VoucherRefused nothing to issue, not this person's forum, or no code left for any of
     *                        them (then nothing changes)
     */
    @Transactional
    public IssueResult issueMeeting(ForumManager by, UUID meetingId) {
        var approved = vouchers.lockApproved(meetingId);
        if (approved.isEmpty()) {
            throw new VoucherRefused("vouchers.issue.error.nothingToIssue");
        }
        requireForum(by, approved.getFirst().forumCode());
        var today = today();
        var runOut = new HashSet<Integer>();
        var masked = new ArrayList<String>();
        var waiting = 0;
        for (var voucher : approved) {
            if (runOut.contains(voucher.valuePence()) || !giveCode(by, voucher, today, masked)) {
                runOut.add(voucher.valuePence());
                waiting++;
            }
        }
        if (masked.isEmpty()) {
            throw new VoucherRefused("vouchers.issue.error.noCodes", waiting);
        }
        log.info("Meeting {}: {} voucher code(s) issued by {}, {} waiting for codes", meetingId, masked.size(),
                by.username(), waiting);
        return new IssueResult(masked.size(), waiting, masked);
    }

    /**
     * Gives one signed-off voucher a code and tells its owner.
     *
     * @return the code as staff may see it
     * @throws VoucherRefused not signed off (or already given), not this person's forum, no code of its value left
     */
    @Transactional
    public String issueCode(ForumManager by, UUID voucherId) {
        var voucher = lockApproved(by, voucherId);
        var masked = new ArrayList<String>();
        if (!giveCode(by, voucher, today(), masked)) {
            throw new VoucherRefused("vouchers.issue.error.noCodes", 1);
        }
        return masked.getFirst();
    }

    /**
     * Records that a voucher was handed over in person as a card, and asks its owner to say it
     * arrived.
     *
     * @throws VoucherRefused not signed off (or already given), not this person's forum
     */
    @Transactional
    public void handedOver(ForumManager by, UUID voucherId) {
        var voucher = lockApproved(by, voucherId);
        if (!vouchers.markIssued(voucher.id(), Delivery.IN_PERSON, by.username(), clock.instant())) {
            throw new VoucherRefused("vouchers.issue.error.alreadyIssued");
        }
        notices.tell(NewMessage.to(voucher.participantId(), IN_PERSON_TEMPLATE, Map.of(
                "voucher_value", pounds(voucher.valuePence()), "link", links.to(VOUCHERS_PATH)))
                .about(about(voucher.id())).dedupeKey("voucher-in-person:" + voucher.id()));
        log.info("Voucher {} handed over in person, recorded by {}", voucher.id(), by.username());
    }

    /** Money as people read it: {@code £25.00}. */
    public static String pounds(long pence) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(pence, 2));
    }

    private IssueStore.Row lockApproved(ForumManager by, UUID voucherId) {
        var voucher = vouchers.lock(voucherId).orElseThrow(() -> new VoucherRefused("vouchers.issue.error.notFound"));
        requireForum(by, voucher.forumCode());
        switch (voucher.status()) {
            case APPROVED -> {
                return voucher;
            }
            case ISSUED, CONFIRMED -> throw new VoucherRefused("vouchers.issue.error.alreadyIssued");
            default -> throw new VoucherRefused("vouchers.issue.error.notApproved");
        }
    }

    private void requireForum(ForumManager by, String forumCode) {
        if (!stewards.mayManage(by, forumCode)) {
            throw new VoucherRefused("vouchers.issue.error.notYourForum");
        }
    }

    /** @return false when no free code of the voucher's value is left (nothing changed) */
    private boolean giveCode(ForumManager by, IssueStore.Row voucher, LocalDate today, List<String> masked) {
        var code = codes.claimFree(voucher.valuePence(), today);
        if (code.isEmpty()) {
            return false;
        }
        var claimed = code.get();
        var now = clock.instant();
        try {
            if (!codes.assign(claimed.id(), voucher.id(), now)) {
                throw new VoucherRefused("vouchers.issue.error.codeTaken");
            }
        } catch (DataIntegrityViolationException e) {
            // The unique keys: this voucher has a code already, or the code went to another voucher.
            throw new VoucherRefused("vouchers.issue.error.codeTaken");
        }
        if (!vouchers.markIssued(voucher.id(), Delivery.CODE, by.username(), now)) {
            throw new VoucherRefused("vouchers.issue.error.alreadyIssued");
        }
        var clear = Objects.requireNonNull(sealed.open(claimed.sealed(), VoucherCodes.SEALED_COLUMN, claimed.id()));
        notices.tell(NewMessage.to(voucher.participantId(), ISSUED_TEMPLATE, Map.of(
                "voucher_value", pounds(voucher.valuePence()), "voucher_code", clear, "link", links.to(VOUCHERS_PATH)))
                .about(about(voucher.id())).dedupeKey("voucher-issued:" + voucher.id()));
        masked.add(VoucherCodes.masked(claimed.hint()));
        return true;
    }

    private static String about(UUID voucherId) {
        return "voucher:" + voucherId;
    }

    private LocalDate today() {
        return clock.instant().atZone(FinancialYear.LONDON).toLocalDate();
    }
}
