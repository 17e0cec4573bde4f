package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.SmsReplies;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SmsPeople;
import london.victimvoice.portal.vouchers.OwnVoucher.Stage;

/**
 * Receipt of thank-you vouchers: the owner confirms on the website or by texting RECEIVED, nobody
 * else can, a repeat changes nothing; the sweep reminds once after 7 days and flags after 14;
 * coordinators see only their forums' flagged vouchers, masked, and each look is audited.
 * Vouchers are put into the tables as the earlier steps leave them.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(VoucherReceiptsContract.Config.class)
abstract class VoucherReceiptsContract {

    /** Tuesday 4 March 2031, 10am London time (GMT). */
    static final Instant NOW = Instant.parse("2031-03-04T10:00:00Z");
    static final LocalDate MEETING_DAY = LocalDate.of(2031, 2, 25);
    static final String FORUM = "lgbtq";
    static final String OTHER_FORUM = "parents-guardians";
    static final String COORDINATOR = "receipt-coordinator";

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    VoucherReceipts receipts;

    @Autowired
    ReceiptSweep sweep;

    @Autowired
    FlaggedVouchers flagged;

    @Autowired
    SmsReplies replies;

    @Autowired
    ForumStewards stewards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void daytime() {
        clock.set(NOW);
    }

    @AfterEach
    void tidy() {
        stewards.unassign(FORUM, COORDINATOR);
        clock.set(NOW);
    }

    UUID member() {
        return TestMembers.member(context, "Robin", FORUM);
    }

    SmsPeople.BySms memberBySms() {
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", FORUM);
        var person = SmsPeople.signUp(context.getBean(SignUps.class), "Sam", Set.of(FORUM),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""));
        context.getBean(Approvals.class).approve(person.id(), "approver-ann");
        return person;
    }

    UUID issued(UUID owner, Instant at, String code) {
        return ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, at, code);
    }

    Map<String, Object> row(UUID voucher) {
        return jdbc.queryForMap("SELECT status, confirmed_at, confirmed_via, reminded_at, flagged_at, version"
                + " FROM voucher WHERE id = ?", voucher.toString());
    }

    String status(UUID voucher) {
        return (String) row(voucher).get("status");
    }

    int reminders(UUID voucher) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?", Integer.class,
                "voucher-reminder:" + voucher);
    }

    // --- on the website ---

    @Test
    void the_owner_sees_their_code_and_confirms_it_arrived() {
        var owner = member();
        var code = ReceiptTestVouchers.newCode();
        var voucher = issued(owner, NOW.minus(Duration.ofDays(2)), code);

        var mine = receipts.mine(owner);
        assertThat(mine).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(voucher);
            assertThat(v.stage()).isEqualTo(Stage.GIVEN);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.delivery()).isEqualTo(Delivery.CODE);
            assertThat(v.valuePence()).isEqualTo(2500);
            assertThat(v.meetingDay()).isEqualTo(MEETING_DAY);
        });

        var done = receipts.confirm(owner, voucher);

        assertThat(done.stage()).isEqualTo(Stage.CONFIRMED);
        assertThat(done.confirmedAt()).isEqualTo(NOW);
        assertThat(row(voucher)).containsEntry("status", "CONFIRMED").containsEntry("confirmed_via", "PORTAL");
        assertThat(((Timestamp) row(voucher).get("confirmed_at")).toInstant()).isEqualTo(NOW);
        assertThat(receipts.mine(owner)).singleElement().satisfies(v -> {
            assertThat(v.stage()).isEqualTo(Stage.CONFIRMED);
            assertThat(v.code()).as("still theirs to use").isEqualTo(code);
        });
    }

    @Test
    void a_card_handed_over_in_person_is_confirmed_the_same_way() {
        var owner = member();
        var voucher = ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, NOW.minus(Duration.ofDays(1)), null);

        assertThat(receipts.mine(owner)).singleElement().satisfies(v -> {
            assertThat(v.delivery()).isEqualTo(Delivery.IN_PERSON);
            assertThat(v.code()).isNull();
        });
        receipts.confirm(owner, voucher);
        assertThat(status(voucher)).isEqualTo("CONFIRMED");
    }

    @Test
    void confirming_twice_is_refused_with_a_clear_message_and_changes_nothing() {
        var owner = member();
        var voucher = issued(owner, NOW.minus(Duration.ofDays(2)), ReceiptTestVouchers.newCode());
        receipts.confirm(owner, voucher);
        var before = row(voucher);
        clock.advance(Duration.ofHours(3));

        assertThatThrownBy(() -> receipts.confirm(owner, voucher)).isInstanceOfSatisfying(VoucherRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("vouchers.receipt.alreadyConfirmed"));
        assertThat(row(voucher)).isEqualTo(before);
    }

    @Test
    void someone_elses_voucher_is_not_found_and_its_code_is_never_theirs_to_see() {
        var owner = member();
        var someoneElse = member();
        var code = ReceiptTestVouchers.newCode();
        var voucher = issued(owner, NOW.minus(Duration.ofDays(2)), code);
        var before = row(voucher);

        assertThatThrownBy(() -> receipts.confirm(someoneElse, voucher)).isInstanceOfSatisfying(VoucherRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("vouchers.receipt.notFound"));
        assertThatThrownBy(() -> receipts.confirm(owner, UUID.randomUUID())).isInstanceOfSatisfying(
                VoucherRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("vouchers.receipt.notFound"));
        assertThat(row(voucher)).isEqualTo(before);
        assertThat(receipts.mine(someoneElse)).isEmpty();
    }

    @Test
    void requested_and_approved_are_only_on_their_way_withdrawn_is_not_shown_and_none_can_be_confirmed() {
        var owner = member();
        var requested = ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.REQUESTED, MEETING_DAY);
        var approved = ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.APPROVED,
                MEETING_DAY.minusDays(14));
        ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.WITHDRAWN, MEETING_DAY.minusDays(28));

        var mine = receipts.mine(owner);
        assertThat(mine).extracting(OwnVoucher::id).containsExactly(requested, approved);
        assertThat(mine).allSatisfy(v -> {
            assertThat(v.stage()).isEqualTo(Stage.ON_ITS_WAY);
            assertThat(v.code()).isNull();
            assertThat(v.delivery()).isNull();
        });
        for (var voucher : new UUID[] {requested, approved}) {
            var before = row(voucher);
            assertThatThrownBy(() -> receipts.confirm(owner, voucher)).isInstanceOfSatisfying(VoucherRefused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("vouchers.receipt.notYet"));
            assertThat(row(voucher)).isEqualTo(before);
        }
    }

    // --- by text ---

    @Test
    void received_by_text_confirms_the_oldest_given_voucher_and_thanks_them_discreetly() {
        var sam = memberBySms();
        var newer = issued(sam.id(), NOW.minus(Duration.ofDays(1)), ReceiptTestVouchers.newCode());
        var oldest = issued(sam.id(), NOW.minus(Duration.ofDays(5)), ReceiptTestVouchers.newCode());
        var onItsWay = ReceiptTestVouchers.notGiven(context, sam.id(), FORUM, VoucherStatus.APPROVED, MEETING_DAY);

        var reply = replies.handle(sam.phone(), "Received");

        assertThat(reply).isEqualTo("Thank you. We have noted that your gift arrived.");
        assertThat(row(oldest)).containsEntry("status", "CONFIRMED").containsEntry("confirmed_via", "SMS");
        assertThat(((Timestamp) row(oldest).get("confirmed_at")).toInstant()).isEqualTo(NOW);
        assertThat(status(newer)).isEqualTo("ISSUED");
        assertThat(status(onItsWay)).isEqualTo("APPROVED");
    }

    @Test
    void received_twice_confirms_once_and_the_second_changes_nothing() {
        var sam = memberBySms();
        var voucher = issued(sam.id(), NOW.minus(Duration.ofDays(3)), ReceiptTestVouchers.newCode());

        assertThat(replies.handle(sam.phone(), "RECEIVED")).contains("gift arrived");
        var before = row(voucher);
        clock.advance(Duration.ofMinutes(5));

        assertThat(replies.handle(sam.phone(), "RECEIVED")).contains("nothing for you to confirm");
        assertThat(row(voucher)).isEqualTo(before);
    }

    @Test
    void received_from_a_number_with_nothing_outstanding_gets_a_polite_reply_and_changes_nothing() {
        var sam = memberBySms();
        var confirmed = ReceiptTestVouchers.confirmed(context, sam.id(), FORUM, MEETING_DAY,
                NOW.minus(Duration.ofDays(9)), ReceiptTestVouchers.newCode(), NOW.minus(Duration.ofDays(8)));
        var onItsWay = ReceiptTestVouchers.notGiven(context, sam.id(), FORUM, VoucherStatus.REQUESTED, MEETING_DAY);
        var confirmedBefore = row(confirmed);
        var onItsWayBefore = row(onItsWay);

        var reply = replies.handle(sam.phone(), "RECEIVED");

        assertThat(reply).isEqualTo("Thank you for your message. There is nothing for you to confirm just now.");
        assertThat(reply).doesNotContainIgnoringCase("voucher");
        assertThat(row(confirmed)).isEqualTo(confirmedBefore);
        assertThat(row(onItsWay)).isEqualTo(onItsWayBefore);
    }

    @Test
    void received_from_an_unknown_number_confirms_nothing_and_says_nothing_personal() {
        var sam = memberBySms();
        var voucher = issued(sam.id(), NOW.minus(Duration.ofDays(3)), ReceiptTestVouchers.newCode());
        var before = row(voucher);

        var reply = replies.handle("+15005550006", "RECEIVED");

        assertThat(reply).isEqualTo("Sorry, we do not recognise this number. Please sign in to the website instead.");
        assertThat(row(voucher)).isEqualTo(before);
    }

    // --- reminders and flags ---

    @Test
    void the_sweep_reminds_once_at_seven_days_and_flags_at_fourteen() {
        var owner = member();
        var voucher = issued(owner, NOW, ReceiptTestVouchers.newCode());

        clock.set(NOW.plus(Duration.ofDays(7)).minusSeconds(60));
        sweep.sweep();
        assertThat(reminders(voucher)).as("day 6: nothing").isZero();
        assertThat(row(voucher).get("reminded_at")).isNull();

        clock.set(NOW.plus(Duration.ofDays(7)));
        sweep.sweep();
        assertThat(reminders(voucher)).as("day 7: one reminder").isOne();
        assertThat(((Timestamp) row(voucher).get("reminded_at")).toInstant()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(jdbc.queryForMap("SELECT participant_id, template_id, body FROM outbox_message WHERE dedupe_key = ?",
                "voucher-reminder:" + voucher))
                .containsEntry("participant_id", owner.toString())
                .containsEntry("template_id", "voucher-reminder")
                .satisfies(m -> assertThat((String) m.get("body")).contains("£25.00").doesNotContain("budget"));
        assertThat(row(voucher).get("flagged_at")).isNull();

        clock.set(NOW.plus(Duration.ofDays(10)));
        sweep.sweep();
        assertThat(reminders(voucher)).as("a second sweep: still one").isOne();
        assertThat(((Timestamp) row(voucher).get("reminded_at")).toInstant()).isEqualTo(NOW.plus(Duration.ofDays(7)));

        clock.set(NOW.plus(Duration.ofDays(14)).minusSeconds(60));
        sweep.sweep();
        assertThat(row(voucher).get("flagged_at")).isNull();

        clock.set(NOW.plus(Duration.ofDays(14)));
        sweep.sweep();
        assertThat(((Timestamp) row(voucher).get("flagged_at")).toInstant()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(reminders(voucher)).isOne();
        assertThat(status(voucher)).isEqualTo("ISSUED");
    }

    @Test
    void confirmed_and_not_yet_given_vouchers_are_never_reminded_nor_flagged() {
        var owner = member();
        var confirmedEarly = issued(owner, NOW, ReceiptTestVouchers.newCode());
        receipts.confirm(owner, confirmedEarly);
        var inPerson = ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, NOW, null);
        var approved = ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.APPROVED, MEETING_DAY);

        clock.set(NOW.plus(Duration.ofDays(3)));
        receipts.confirm(owner, inPerson);
        clock.set(NOW.plus(Duration.ofDays(30)));
        sweep.sweep();

        for (var voucher : new UUID[] {confirmedEarly, inPerson, approved}) {
            assertThat(reminders(voucher)).isZero();
            assertThat(row(voucher).get("reminded_at")).isNull();
            assertThat(row(voucher).get("flagged_at")).isNull();
        }
    }

    @Test
    void coordinators_see_only_their_forums_flagged_vouchers_masked_and_each_look_is_audited() {
        var owner = member();
        var other = TestMembers.member(context, "Kim", OTHER_FORUM);
        var code = "GIFT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "7319";
        var mine = ReceiptTestVouchers.flagged(context, owner, FORUM, MEETING_DAY, NOW.minus(Duration.ofDays(16)),
                code, NOW.minus(Duration.ofDays(2)));
        var inPerson = ReceiptTestVouchers.flagged(context, owner, FORUM, MEETING_DAY, NOW.minus(Duration.ofDays(15)),
                null, NOW.minus(Duration.ofDays(1)));
        var notMine = ReceiptTestVouchers.flagged(context, other, OTHER_FORUM, MEETING_DAY,
                NOW.minus(Duration.ofDays(16)), ReceiptTestVouchers.newCode(), NOW.minus(Duration.ofDays(2)));
        var confirmedSince = ReceiptTestVouchers.flagged(context, owner, FORUM, MEETING_DAY,
                NOW.minus(Duration.ofDays(16)), ReceiptTestVouchers.newCode(), NOW.minus(Duration.ofDays(2)));
        receipts.confirm(owner, confirmedSince);
        stewards.assign(FORUM, COORDINATOR);
        var audits = jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_FLAGGED'", Integer.class, COORDINATOR);

        var seen = flagged.list(new ForumManager(COORDINATOR, false));

        assertThat(seen).extracting(FlaggedVoucher::id).contains(mine, inPerson).doesNotContain(notMine, confirmedSince);
        assertThat(seen).filteredOn(v -> v.id().equals(mine)).singleElement().satisfies(v -> {
            assertThat(v.chosenName()).isEqualTo("Robin");
            assertThat(v.forumCode()).isEqualTo(FORUM);
            assertThat(v.meetingDay()).isEqualTo(MEETING_DAY);
            assertThat(v.daysSinceIssued()).isEqualTo(16);
            assertThat(v.delivery()).isEqualTo(Delivery.CODE);
            assertThat(v.maskedCode()).isEqualTo("•••• 7319");
            assertThat(v.toString()).doesNotContain(code);
        });
        assertThat(seen).filteredOn(v -> v.id().equals(inPerson)).singleElement()
                .satisfies(v -> assertThat(v.maskedCode()).isNull());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_FLAGGED'", Integer.class, COORDINATOR)).isEqualTo(audits + 1);

        assertThat(flagged.list(new ForumManager("admin-ada", true))).extracting(FlaggedVoucher::id)
                .contains(mine, inPerson, notMine);
        assertThat(flagged.list(new ForumManager("coordinator-of-nothing", false))).isEmpty();
    }
}
