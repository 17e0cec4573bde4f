package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.messaging.OutboxStatus;
import london.victimvoice.portal.messaging.SmsReplies;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SmsPeople;

/** Texts sent to the portal, keyword by keyword, from members and from numbers nobody has. */
@SpringBootTest
@ActiveProfiles("test")
@Import(SmsRepliesContract.Config.class)
abstract class SmsRepliesContract {

    static final Instant NOW = Instant.parse("2031-02-04T10:00:00Z");
    static final String FORUM = "lgbtq";

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    SmsReplies replies;

    @Autowired
    Rsvps rsvps;

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    record Member(UUID id, String phone) {
    }

    @BeforeEach
    void daytime() {
        clock.set(NOW);
    }

    Member memberBySms() {
        return memberBySms(FORUM);
    }

    Member memberBySms(String forum) {
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", forum);
        var person = SmsPeople.signUp(context.getBean(SignUps.class), "Sam", Set.of(forum),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""));
        context.getBean(Approvals.class).approve(person.id(), "approver-ann");
        return new Member(person.id(), person.phone());
    }

    RsvpAnswer answerFor(Member member, UUID meeting) {
        return rsvps.meetingFor(member.id(), meeting).orElseThrow().answer();
    }

    @Test
    void yes_and_no_answer_for_the_next_meeting_and_say_so_without_naming_the_forum() {
        var sam = memberBySms();
        var later = TestMeetings.create(context, FORUM, NOW.plus(Duration.ofDays(20)));
        // The soonest of this forum's meetings in any test here, so it is the next one.
        var next = TestMeetings.create(context, FORUM, NOW.plus(Duration.ofHours(1)));

        var reply = replies.handle(sam.phone(), " yes! ");
        assertThat(reply).contains("noted");

        assertThat(answerFor(sam, next)).isEqualTo(RsvpAnswer.COMING);
        assertThat(answerFor(sam, later)).isNull();
        assertThat(reply).contains("coming", "Tuesday 4 February", "11am").doesNotContainIgnoringCase("forum");

        assertThat(replies.handle(sam.phone(), "NO")).contains("cannot come");
        assertThat(answerFor(sam, next)).isEqualTo(RsvpAnswer.NOT_COMING);
    }

    @Test
    void a_cancelled_or_started_meeting_is_skipped_and_with_none_left_the_reply_says_so() {
        // Only this test makes meetings of this forum.
        var forum = "parents-guardians";
        var sam = memberBySms(forum);
        var cancelled = TestMeetings.create(context, forum, NOW.plus(Duration.ofDays(2)));
        TestMeetings.cancel(context, cancelled);

        assertThat(replies.handle(sam.phone(), "YES")).contains("no meeting to answer");

        var started = TestMeetings.create(context, forum, NOW.minus(Duration.ofMinutes(30)));
        assertThat(replies.handle(sam.phone(), "YES")).contains("no meeting to answer");
        assertThat(answerFor(sam, started)).isNull();
    }

    @Test
    void stop_opts_out_of_sms_only_suppresses_what_waits_and_start_opts_back_in() {
        var sam = memberBySms();
        clock.set(Instant.parse("2031-02-04T21:00:00Z"));
        var held = outbox.queue(NewMessage.to(sam.id(), "approval-approved", Map.of()).dedupeKey("held:" + sam.id()));
        assertThat(held.status()).isEqualTo(OutboxStatus.HELD);

        assertThat(replies.handle(sam.phone(), "please stop texting me")).contains("not get any more texts");

        assertThat(outbox.smsOptedOut(sam.id())).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM outbox_message WHERE dedupe_key = ?", String.class,
                "held:" + sam.id())).isEqualTo(OutboxStatus.SUPPRESSED.code());
        assertThat(replies.handle(sam.phone(), "START")).contains("again");
        assertThat(outbox.smsOptedOut(sam.id())).isFalse();
    }

    @Test
    void every_stop_word_opts_out() {
        for (var word : new String[] {"STOP", "stopall", "Unsubscribe", "CANCEL", "end", "QUIT"}) {
            var sam = memberBySms();
            replies.handle(sam.phone(), word);
            assertThat(outbox.smsOptedOut(sam.id())).as(word).isTrue();
        }
        var unstop = memberBySms();
        replies.handle(unstop.phone(), "STOP");
        replies.handle(unstop.phone(), "UNSTOP");
        assertThat(outbox.smsOptedOut(unstop.id())).isFalse();
    }

    @Test
    void received_with_nothing_to_confirm_gets_a_polite_reply_help_and_anything_else_get_help() {
        var sam = memberBySms();

        // The vouchers module answers it (ReceivedReplies); its own contract covers confirming.
        assertThat(replies.handle(sam.phone(), "RECEIVED")).startsWith("Thank you")
                .contains("nothing for you to confirm").doesNotContainIgnoringCase("voucher");
        assertThat(replies.handle(sam.phone(), "HELP")).contains("Reply YES or NO");
        assertThat(replies.handle(sam.phone(), "the bus stop was dark")).contains("did not understand");
        assertThat(outbox.smsOptedOut(sam.id())).isFalse();
    }

    @Test
    void an_unknown_number_gets_no_personal_data_and_changes_nothing() {
        var sam = memberBySms();
        var next = TestMeetings.create(context, FORUM, NOW.plus(Duration.ofDays(6)));

        for (var body : new String[] {"YES", "NO", "HELP", "RECEIVED", "hello"}) {
            var reply = replies.handle("+15005550006", body);
            assertThat(reply).doesNotContain("Tuesday", "Sam", "noted");
        }
        assertThat(replies.handle("+15005550006", "STOP")).isEqualTo("You will not get texts from us.");
        assertThat(answerFor(sam, next)).isNull();
        assertThat(replies.handle("+15005550006", "RECEIVED")).doesNotContain("Thank you");
    }

    @Test
    void very_long_and_binary_junk_texts_get_the_short_help_reply() {
        var sam = memberBySms();
        var junk = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            junk.append((char) ThreadLocalRandom.current().nextInt(0, 0xFFFF));
        }

        assertThat(replies.handle(sam.phone(), "Y".repeat(10_000))).contains("did not understand");
        assertThat(replies.handle(sam.phone(), junk.toString())).isNotBlank();
        assertThat(replies.handle(sam.phone(), "")).contains("did not understand");
        assertThat(outbox.smsOptedOut(sam.id())).isFalse();
    }
}
