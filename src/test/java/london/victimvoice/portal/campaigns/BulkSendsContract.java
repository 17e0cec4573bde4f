package london.victimvoice.portal.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.campaigns.BulkSendPeople.Person;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.OutboxStatus;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.MutableClock;

/**
 * Bulk sends on every database we run on: who an audience reaches, every refusal (nothing saved),
 * queueing that resumes after a crash without sending twice, stopping a send, dry runs and the
 * report. Each test runs on a day of its own (a week after the one before), so the daily limit
 * counts only its own messages, and in forums of its own, so counts are exact.
 */
@SpringBootTest(properties = {"portal.campaigns.queueing=off", "portal.campaigns.slice-size=2",
        "portal.messaging.outbox.daily-limit=10"})
@ActiveProfiles("test")
@Import(BulkSendsContract.Config.class)
abstract class BulkSendsContract {

    /** Tuesday 2 March 2032, 10:00 in London (GMT): within everyone's safe times, outside quiet hours. */
    static final Instant TUESDAY_10AM = Instant.parse("2032-03-02T10:00:00Z");
    private static final AtomicInteger WEEKS = new AtomicInteger();

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY_10AM);
        }
    }

    @Autowired
    BulkSends bulkSends;

    @Autowired
    CampaignQueue queue;

    @Autowired
    ForumStewards stewards;

    @Autowired
    Rsvps rsvps;

    @Autowired
    DevOutbox devOutbox;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    BulkSendPeople people;
    ForumManager coordinator;

    @BeforeEach
    void aDayOfItsOwnAndACoordinator() {
        clock.set(TUESDAY_10AM.plus(Duration.ofDays(7L * WEEKS.incrementAndGet())));
        people = new BulkSendPeople(context);
        BulkSendPeople.customTemplate(jdbc);
        // Sends an earlier test left scheduled would otherwise start in this test's week.
        jdbc.update("UPDATE campaign SET status = 'CANCELLED' WHERE status IN ('SCHEDULED', 'QUEUEING', 'SENDING')");
        coordinator = new ForumManager("coord-" + UUID.randomUUID().toString().substring(0, 8), false);
    }

    String forumOf(int capacity) {
        var forum = people.forum(capacity);
        stewards.assign(forum, coordinator.username());
        return forum;
    }

    static Audience members(String forum) {
        return new Audience(Set.of(forum), Audience.Membership.MEMBERS, null, Audience.Rsvp.ANY, Audience.Channel.ANY);
    }

    UUID sendNow(Audience audience, boolean dryRun) {
        var count = bulkSends.preview(coordinator, audience, BulkSendPeople.CUSTOM).count();
        return bulkSends.start(coordinator, audience, BulkSendPeople.CUSTOM, dryRun, null, count);
    }

    int campaigns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Integer.class);
    }

    List<String> outboxRows(UUID campaign) {
        return jdbc.queryForList("SELECT participant_id FROM outbox_message WHERE campaign_id = ?", String.class,
                campaign.toString());
    }

    long sentTo(Person person) {
        // Approval told them they are in: only the bulk message counts here.
        return devOutbox.latest(100_000).stream().filter(m -> m.recipient().equals(person.address()))
                .filter(m -> m.body().contains("there is news")).count();
    }

    BulkSendRefused refusal(Runnable action) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(BulkSendRefused.class, action::run);
        assertThat(thrown).as("refused").isNotNull();
        return thrown;
    }

    @Test
    void members_the_waiting_list_or_both_are_reached_and_the_preview_shows_names_only_of_members() {
        // A real forum (the waiting-list message names it); no other test here uses it.
        var forum = "parents-guardians";
        jdbc.update("UPDATE forum SET capacity = 2 WHERE code = ?", forum);
        stewards.assign(forum, coordinator.username());
        var a = people.byEmail(forum);
        var b = people.byEmail(forum);
        var waiting = people.byEmail(forum);
        var before = campaigns();

        var both = new Audience(Set.of(forum), Audience.Membership.MEMBERS_AND_WAITING_LIST, null, Audience.Rsvp.ANY,
                Audience.Channel.ANY);
        var onList = new Audience(Set.of(forum), Audience.Membership.WAITING_LIST, null, Audience.Rsvp.ANY,
                Audience.Channel.ANY);
        assertThat(bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM).count()).isEqualTo(2);
        assertThat(bulkSends.preview(coordinator, onList, BulkSendPeople.CUSTOM).count()).isEqualTo(1);
        var preview = bulkSends.preview(coordinator, both, BulkSendPeople.CUSTOM);

        assertThat(preview.count()).isEqualTo(3);
        assertThat(preview.first()).extracting(PreviewLine::number).containsExactly(1, 2, 3);
        assertThat(preview.first()).extracting(PreviewLine::chosenName)
                .containsExactlyInAnyOrder(a.chosenName(), b.chosenName(), null);
        var shownToWaiting = preview.first().stream().filter(l -> l.chosenName() == null).findFirst().orElseThrow();
        assertThat(shownToWaiting.body()).as("a name the coordinator does not see is not shown")
                .doesNotContain(waiting.chosenName()).startsWith("Hello ((name)), there is news");
        var shownToA = preview.first().stream().filter(l -> a.chosenName().equals(l.chosenName())).findFirst()
                .orElseThrow();
        assertThat(shownToA.body()).startsWith("Hello " + a.chosenName() + ", there is news");
        assertThat(shownToA.channel()).isEqualTo(ChannelType.EMAIL);
        assertThat(shownToA.subject()).isEqualTo("News");
        assertThat(shownToA.status()).isEqualTo(OutboxStatus.CREATED);
        assertThat(preview.remainingToday()).as("less the three approval messages").isEqualTo(7);
        assertThat(campaigns()).as("a preview saves nothing").isEqualTo(before);
    }

    @Test
    void answers_about_a_meeting_narrow_the_audience_and_the_meeting_fills_the_reminder() {
        var forum = forumOf(10);
        var coming = people.byEmail(forum);
        var notComing = people.byEmail(forum);
        people.byEmail(forum);
        var meeting = TestMeetings.create(context, forum, clock.instant().plus(Duration.ofDays(3)));
        rsvps.answer(coming.id(), meeting, RsvpAnswer.COMING);
        rsvps.answer(notComing.id(), meeting, RsvpAnswer.NOT_COMING);

        assertThat(count(forum, meeting, Audience.Rsvp.NOT_NOT_COMING)).isEqualTo(2);
        assertThat(count(forum, meeting, Audience.Rsvp.COMING)).isEqualTo(1);
        assertThat(count(forum, meeting, Audience.Rsvp.NOT_COMING)).isEqualTo(1);
        assertThat(count(forum, meeting, Audience.Rsvp.NO_ANSWER)).isEqualTo(1);
        assertThat(count(forum, meeting, Audience.Rsvp.ANY)).isEqualTo(3);

        var reminder = bulkSends.preview(coordinator, new Audience(Set.of(forum), Audience.Membership.MEMBERS, meeting,
                Audience.Rsvp.COMING, Audience.Channel.ANY), "meeting-reminder");
        assertThat(reminder.first().getFirst().body()).startsWith("Reminder: your group meeting is on "
                + london.victimvoice.portal.base.LondonTimes.day(clock.instant().plus(Duration.ofDays(3))));
    }

    int count(String forum, UUID meeting, Audience.Rsvp rsvp) {
        return bulkSends.preview(coordinator, new Audience(Set.of(forum), Audience.Membership.MEMBERS, meeting, rsvp,
                Audience.Channel.ANY), BulkSendPeople.CUSTOM).count();
    }

    @Test
    void the_channel_narrows_to_the_way_each_person_chose_and_shows_sms_segments() {
        var forum = forumOf(10);
        people.bySms(forum);
        people.byEmail(forum);
        people.byEmail(forum);

        var sms = bulkSends.preview(coordinator, new Audience(Set.of(forum), Audience.Membership.MEMBERS, null,
                Audience.Rsvp.ANY, Audience.Channel.SMS), BulkSendPeople.CUSTOM);
        var email = bulkSends.preview(coordinator, new Audience(Set.of(forum), Audience.Membership.MEMBERS, null,
                Audience.Rsvp.ANY, Audience.Channel.EMAIL), BulkSendPeople.CUSTOM);

        assertThat(sms.count()).isEqualTo(1);
        assertThat(sms.first().getFirst().channel()).isEqualTo(ChannelType.SMS);
        assertThat(sms.first().getFirst().segments()).isEqualTo(1);
        assertThat(email.count()).isEqualTo(2);
    }

    @Test
    void someone_held_for_a_safe_time_is_shown_held_with_the_time() {
        var forum = forumOf(10);
        people.eveningsOnly(forum);

        var line = bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM).first().getFirst();

        assertThat(line.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(line.sendAt()).as("5pm London time, the start of their evening").isEqualTo(
                london.victimvoice.portal.base.LondonTimes.date(clock.instant()).atTime(17, 0)
                        .atZone(london.victimvoice.portal.base.LondonTimes.LONDON).toInstant());
    }

    @Test
    void an_audience_of_nobody_is_refused_and_nothing_is_saved() {
        var forum = forumOf(10);
        var before = campaigns();

        var refused = refusal(() -> bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM));
        assertThat(refused.messageKey()).isEqualTo("bulk.error.nobody");
        assertThat(refusal(() -> bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false, null, 0))
                .messageKey()).isEqualTo("bulk.error.nobody");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void a_schedule_in_the_past_is_refused_and_nothing_is_saved() {
        var forum = forumOf(10);
        people.byEmail(forum);
        var before = campaigns();

        var refused = refusal(() -> bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false,
                clock.instant().minusSeconds(60), 1));

        assertThat(refused.messageKey()).isEqualTo("bulk.error.schedulePast");
        assertThat(refused.field()).isEqualTo(BulkSendRefused.Field.SCHEDULE);
        assertThat(refusal(() -> bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false,
                clock.instant(), 1)).messageKey()).as("now is not in the future").isEqualTo("bulk.error.schedulePast");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void a_send_larger_than_what_the_daily_limit_leaves_is_refused_with_the_numbers_and_dry_runs_are_not_counted() {
        var forum = forumOf(10);
        for (int i = 0; i < 4; i++) {
            people.byEmail(forum);
        }
        // The next day: their approval messages were yesterday's.
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        sendNow(members(forum), false);
        queue.runNow();
        sendNow(members(forum), true);
        queue.runNow();
        sendNow(members(forum), false);
        var before = campaigns();

        var refused = refusal(() -> bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false, null, 4));

        assertThat(refused.messageKey()).isEqualTo("bulk.error.dailyLimit");
        assertThat(refused.values()).containsExactly(4, 2, 10);
        assertThat(campaigns()).isEqualTo(before);
        assertThat(bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM).remainingToday()).isEqualTo(2);
        // Another day has its own limit, and a dry run is never limited.
        var tomorrow = clock.instant().plus(Duration.ofDays(1));
        assertThat(bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false, tomorrow, 4)).isNotNull();
        assertThat(bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, true, null, 4)).isNotNull();
    }

    @Test
    void an_unknown_template_a_template_of_another_kind_and_a_reminder_without_a_meeting_are_refused() {
        var forum = forumOf(10);
        people.byEmail(forum);
        var before = campaigns();

        assertThat(refusal(() -> bulkSends.preview(coordinator, members(forum), "no-such-template")).messageKey())
                .isEqualTo("bulk.error.template");
        assertThat(refusal(() -> bulkSends.start(coordinator, members(forum), "no-such-template", false, null, 1))
                .field()).isEqualTo(BulkSendRefused.Field.TEMPLATE);
        assertThat(refusal(() -> bulkSends.preview(coordinator, members(forum), "waiting-list-offer")).messageKey())
                .isEqualTo("bulk.error.template");
        assertThat(refusal(() -> bulkSends.preview(coordinator, members(forum), "meeting-reminder")).messageKey())
                .isEqualTo("bulk.error.reminderNeedsMeeting");
        assertThat(bulkSends.templates()).extracting(t -> t.id()).contains("meeting-reminder", BulkSendPeople.CUSTOM)
                .doesNotContain("waiting-list-offer", "approval-approved");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void a_coordinator_may_send_only_to_forums_they_look_after_and_see_only_those_sends() {
        var forum = forumOf(10);
        people.byEmail(forum);
        var other = new ForumManager("coord-other-" + UUID.randomUUID(), false);
        var id = sendNow(members(forum), true);

        assertThat(refusal(() -> bulkSends.preview(other, members(forum), BulkSendPeople.CUSTOM)).messageKey())
                .isEqualTo("bulk.error.forumNotYours");
        assertThat(bulkSends.progress(other, id)).isEmpty();
        assertThat(bulkSends.report(other, id)).isEmpty();
        assertThat(bulkSends.recent(other, 50)).extracting(CampaignSummary::id).doesNotContain(id);
        assertThat(refusal(() -> bulkSends.cancel(other, id)).messageKey()).isEqualTo("bulk.error.notRunning");
        assertThat(bulkSends.recent(coordinator, 50)).extracting(CampaignSummary::id).contains(id);
        assertThat(bulkSends.progress(new ForumManager("admin-ada", true), id)).isPresent();
    }

    @Test
    void an_audience_that_changed_since_the_preview_is_refused() {
        var forum = forumOf(10);
        people.byEmail(forum);
        var count = bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM).count();
        people.byEmail(forum);

        var refused = refusal(() -> bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false, null,
                count));

        assertThat(refused.messageKey()).isEqualTo("bulk.error.audienceChanged");
        assertThat(refused.values()).containsExactly(1, 2);
    }

    @Test
    void queueing_interrupted_between_slices_resumes_and_never_queues_anyone_twice() {
        var forum = forumOf(10);
        var everyone = List.of(people.byEmail(forum), people.byEmail(forum), people.byEmail(forum),
                people.byEmail(forum), people.byEmail(forum));
        var id = sendNow(members(forum), false);
        assertThat(bulkSends.progress(coordinator, id).orElseThrow().campaign().status())
                .isEqualTo(CampaignStatus.SCHEDULED);

        assertThat(queue.runSlices(1)).isEqualTo(1);
        var halfway = bulkSends.progress(coordinator, id).orElseThrow();
        assertThat(halfway.campaign().status()).isEqualTo(CampaignStatus.QUEUEING);
        assertThat(halfway.waiting()).isEqualTo(3);
        assertThat(outboxRows(id)).hasSize(2);

        // The worst a crash can do: the slice's rows are in, but the count of what was queued is lost.
        jdbc.update("UPDATE campaign SET queued_count = 0 WHERE id = ?", id.toString());
        queue.runNow();

        assertThat(outboxRows(id)).hasSize(5).doesNotHaveDuplicates();
        var done = bulkSends.progress(coordinator, id).orElseThrow();
        assertThat(done.campaign().status()).isEqualTo(CampaignStatus.DONE);
        assertThat(done.sent()).isEqualTo(5);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.campaign().finishedAt()).isEqualTo(clock.instant());
        everyone.forEach(p -> assertThat(sentTo(p)).as("messages to %s", p.chosenName()).isEqualTo(1));
        queue.runNow();
        assertThat(outboxRows(id)).hasSize(5);
    }

    @Test
    void a_campaign_another_node_is_queueing_is_skipped_not_waited_for() throws Exception {
        var forum = forumOf(10);
        people.byEmail(forum);
        var id = sendNow(members(forum), true);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var other = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                jdbc.queryForList("SELECT id FROM campaign WHERE id = ? FOR UPDATE", String.class, id.toString());
                locked.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
            var started = System.nanoTime();
            assertThat(queue.runNow()).as("slices queued while another node holds it").isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            release.countDown();
            other.get(20, TimeUnit.SECONDS);
        }
        assertThat(queue.runNow()).isEqualTo(1);
        assertThat(outboxRows(id)).hasSize(1);
    }

    @Test
    void a_running_send_can_be_stopped_and_what_had_not_gone_is_cancelled() {
        var forum = forumOf(10);
        var held = List.of(people.eveningsOnly(forum), people.eveningsOnly(forum), people.eveningsOnly(forum));
        var id = sendNow(members(forum), false);
        queue.runNow();
        var running = bulkSends.progress(coordinator, id).orElseThrow();
        assertThat(running.held()).isEqualTo(3);
        assertThat(running.campaign().status()).isEqualTo(CampaignStatus.SENDING);

        assertThat(bulkSends.cancel(coordinator, id)).isEqualTo(3);

        var stopped = bulkSends.progress(coordinator, id).orElseThrow();
        assertThat(stopped.campaign().status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(stopped.cancelled()).isEqualTo(3);
        assertThat(stopped.held()).isZero();
        assertThat(refusal(() -> bulkSends.cancel(coordinator, id)).messageKey()).isEqualTo("bulk.error.notRunning");
        clock.set(clock.instant().plus(Duration.ofHours(8)));
        queue.runNow();
        held.forEach(p -> assertThat(sentTo(p)).isZero());
    }

    @Test
    void a_scheduled_send_starts_at_its_time_and_one_stopped_before_then_never_starts() {
        var forum = forumOf(10);
        var person = people.byEmail(forum);
        var at = clock.instant().plus(Duration.ofHours(2));
        var scheduled = bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false, at, 1);
        var stopped = bulkSends.start(coordinator, members(forum), BulkSendPeople.CUSTOM, false, at, 1);
        bulkSends.cancel(coordinator, stopped);

        assertThat(queue.runNow()).isZero();
        assertThat(bulkSends.progress(coordinator, scheduled).orElseThrow().campaign().status())
                .isEqualTo(CampaignStatus.SCHEDULED);

        clock.set(at);
        queue.runNow();

        assertThat(bulkSends.progress(coordinator, scheduled).orElseThrow().campaign().status())
                .isEqualTo(CampaignStatus.DONE);
        assertThat(outboxRows(stopped)).isEmpty();
        assertThat(sentTo(person)).isEqualTo(1);
    }

    @Test
    void a_dry_run_goes_through_every_step_ends_as_sent_and_calls_no_provider() {
        var forum = forumOf(10);
        var a = people.byEmail(forum);
        var b = people.bySms(forum);
        var remaining = bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM).remainingToday();
        var id = sendNow(members(forum), true);
        queue.runNow();

        var done = bulkSends.progress(coordinator, id).orElseThrow();
        assertThat(done.campaign().status()).isEqualTo(CampaignStatus.DONE);
        assertThat(done.sent()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT provider_ref FROM outbox_message WHERE campaign_id = ?", String.class,
                id.toString())).containsOnly("dry-run");
        assertThat(sentTo(a)).isZero();
        assertThat(sentTo(b)).isZero();
        assertThat(bulkSends.preview(coordinator, members(forum), BulkSendPeople.CUSTOM).remainingToday())
                .as("dry runs do not count against the daily limit").isEqualTo(remaining);
    }

    @Test
    void the_report_has_a_line_per_recipient_with_channel_status_reason_and_times_and_no_contact_details() {
        var forum = forumOf(10);
        var byEmail = people.byEmail(forum);
        var evening = people.eveningsOnly(forum);
        var bySms = people.person(forum, ChannelType.SMS, EnumSet.allOf(TimeOfDay.class));
        var id = sendNow(members(forum), false);
        queue.runNow();
        bulkSends.cancel(coordinator, id);

        var csv = bulkSends.report(coordinator, id).orElseThrow();
        var lines = csv.strip().split("\r\n");

        assertThat(lines[0]).isEqualTo("recipient,chosen_name,channel,status,reason,created_at,sent_at,finished_at");
        assertThat(lines).hasSize(4);
        var now = "2032-";
        assertThat(csv).contains(byEmail.chosenName() + ",EMAIL,sent,,")
                .contains(evening.chosenName() + ",EMAIL,cancelled,send-stopped,")
                .contains(bySms.chosenName() + ",SMS,sent,,")
                .contains("Recipient 1,", "Recipient 2,", "Recipient 3,").contains(now);
        assertThat(csv).doesNotContain("@example.org").doesNotContain("+44").doesNotContain("07700");
    }
}
