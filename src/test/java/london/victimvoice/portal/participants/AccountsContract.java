package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.support.MutableClock;

/**
 * A participant's own account (changing contact safety, leaving a forum) and the kept copy of a
 * half-finished sign-up, on every database we run on; subclasses pick the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AccountsContract.Config.class)
abstract class AccountsContract {

    static final Instant NOW = Instant.parse("2031-07-01T10:00:00.123456Z");
    private static final AtomicInteger people = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        Left left() {
            return new Left();
        }
    }

    static class Left {
        final List<LeftForum> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(LeftForum event) {
            events.add(event);
        }
    }

    @Autowired
    ParticipantAccounts accounts;

    @Autowired
    SignUpDrafts drafts;

    @Autowired
    SignUps signUps;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Left left;

    String phone;

    @BeforeEach
    void startTheClock() {
        clock.set(NOW);
        phone = "+447700900" + String.format("%03d", people.incrementAndGet() % 1000);
    }

    UUID signUp() {
        var email = "account" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.org";
        return signUps.submit(new NewRegistration("Jo", null, phone, email, ChannelType.SMS, phone, null,
                "FOUND_IT_MYSELF", Set.of("open", "parents-guardians"),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""),
                null, 1, true)).participantId();
    }

    @Test
    void the_account_shows_the_forums_and_choices_but_never_equality_answers_or_staff_notes() {
        var id = signUp();

        var account = accounts.find(id).orElseThrow();

        assertThat(account.chosenName()).isEqualTo("Jo");
        assertThat(account.mobile()).isEqualTo(phone);
        assertThat(account.forums()).containsOnlyKeys("open", "parents-guardians")
                .containsValue(ForumRequestStatus.PENDING_APPROVAL);
        assertThat(accounts.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void changed_contact_safety_is_stored_sealed_and_read_back() {
        var id = signUp();
        var wanted = new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.of(DayOfWeek.TUESDAY),
                EnumSet.of(TimeOfDay.MORNING), false, "Ask for Jo's book club", "Somali",
                EnumSet.of(AccessNeed.OTHER, AccessNeed.LARGE_PRINT), "A chair with arms");

        accounts.changeSafety(id, wanted);

        var back = accounts.find(id).orElseThrow().safety();
        assertThat(back.safeChannels()).containsExactly(ChannelType.EMAIL);
        assertThat(back.safeDays()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(back.discreetMessages()).isFalse();
        assertThat(back.safeNote()).isEqualTo("Ask for Jo's book club");
        assertThat(back.accessNeedsOther()).isEqualTo("A chair with arms");
        var stored = jdbc.queryForObject("SELECT safe_note FROM participant WHERE id = ?", byte[].class, id.toString());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("book club");
    }

    @Test
    void contact_safety_with_no_safe_day_is_refused_and_nothing_changes() {
        var id = signUp();
        var before = accounts.find(id).orElseThrow().safety();

        var refused = catchThrowableOfType(SignUpRefused.class, () -> accounts.changeSafety(id,
                new ContactSafety(EnumSet.of(ChannelType.SMS), Set.of(), EnumSet.allOf(TimeOfDay.class), true, "",
                        "", Set.of(), "")));

        assertThat(refused.messageKey()).isEqualTo(SignUpRefused.NO_SAFE_DAY);
        assertThat(accounts.find(id).orElseThrow().safety()).isEqualTo(before);
    }

    @Test
    void a_channel_without_a_contact_cannot_be_marked_safe() {
        var id = signUp();
        jdbc.update("DELETE FROM participant_contact WHERE participant_id = ? AND channel = 'EMAIL'", id.toString());

        var refused = catchThrowableOfType(SignUpRefused.class, () -> accounts.changeSafety(id,
                new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), "")));

        assertThat(refused.messageKey()).isEqualTo(SignUpRefused.NO_SAFE_CHANNEL);
    }

    @Test
    void leaving_a_forum_marks_it_withdrawn_and_is_heard_once_committed() {
        var id = signUp();

        assertThat(accounts.leave(id, "parents-guardians")).isTrue();

        assertThat(accounts.find(id).orElseThrow().forums()).containsOnlyKeys("open");
        assertThat(jdbc.queryForObject("SELECT status FROM forum_request WHERE participant_id = ? AND forum_code = ?",
                String.class, id.toString(), "parents-guardians")).isEqualTo("WITHDRAWN");
        assertThat(left.events).contains(new LeftForum(id, "parents-guardians", ForumRequestStatus.PENDING_APPROVAL));
        assertThat(accounts.leave(id, "parents-guardians")).as("leaving twice changes nothing").isFalse();
        assertThat(accounts.leave(id, "lgbtq")).as("never asked to join").isFalse();
    }

    @Test
    void a_draft_is_kept_sealed_for_seven_days_after_its_last_change_then_deleted() {
        drafts.keep(ChannelType.SMS, phone, "chosenName=Jo\\nsafeNote=the blue door");
        assertThat(drafts.find(ChannelType.SMS, phone)).contains("chosenName=Jo\\nsafeNote=the blue door");
        var sealed = jdbc.queryForList("SELECT answers FROM sign_up_draft", byte[].class);
        assertThat(sealed).noneMatch(b -> new String(b, StandardCharsets.ISO_8859_1).contains("blue door"));

        clock.set(NOW.plus(Duration.ofDays(6)));
        drafts.keep(ChannelType.SMS, phone, "chosenName=Jo Again");
        clock.set(NOW.plus(Duration.ofDays(12)));
        assertThat(drafts.find(ChannelType.SMS, phone)).as("7 days from the last change").contains("chosenName=Jo Again");

        clock.set(NOW.plus(Duration.ofDays(13)).plusSeconds(1));
        assertThat(drafts.find(ChannelType.SMS, phone)).as("older than 7 days is never handed out").isEmpty();
        assertThat(drafts.purgeExpired()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_up_draft WHERE updated_at < ?", Integer.class,
                java.sql.Timestamp.from(NOW.plus(Duration.ofDays(6))))).isZero();
    }

    @Test
    void the_same_contact_has_one_draft_and_the_draft_goes_when_the_sign_up_is_stored() {
        drafts.keep(ChannelType.SMS, phone, "chosenName=A");
        drafts.keep(ChannelType.SMS, " " + phone, "chosenName=B");
        assertThat(drafts.find(ChannelType.SMS, phone)).contains("chosenName=B");

        signUp();

        assertThat(drafts.find(ChannelType.SMS, phone)).isEmpty();
    }

    @Test
    void forgetting_a_draft_deletes_it() {
        drafts.keep(ChannelType.EMAIL, "Jo@Example.org", "chosenName=Jo");
        assertThat(drafts.exists(ChannelType.EMAIL, "jo@example.org")).as("emails compare without case").isTrue();

        drafts.forget(ChannelType.EMAIL, "jo@example.org");

        assertThat(drafts.exists(ChannelType.EMAIL, "Jo@Example.org")).isFalse();
    }
}
