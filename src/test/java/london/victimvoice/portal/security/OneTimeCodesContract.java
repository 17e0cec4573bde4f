package london.victimvoice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

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

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.messaging.devoutbox.DevOutboxEntry;
import london.victimvoice.portal.security.CodeCheckResult.Outcome;
import london.victimvoice.portal.support.MutableClock;

/**
 * The one-time code rules on every database we run on; subclasses pick the database. Every test
 * uses its own phone, email and IP address, so tests sharing a context never meet each other's
 * limits.
 */
@SpringBootTest(properties = "portal.security.one-time-codes.sends-per-hour-from-one-ip="
        + OneTimeCodesContract.IP_LIMIT)
@ActiveProfiles("test")
@Import(OneTimeCodesContract.TestClock.class)
abstract class OneTimeCodesContract {

    static final int IP_LIMIT = 5;
    static final Instant START = Instant.parse("2030-01-15T09:00:00Z");
    /** Numbers differ within a run; the random start keeps runs apart on a reused external server. */
    private static final AtomicInteger people = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));
    private static final Pattern CODE_IN_TEXT = Pattern.compile("\\b(\\d{6})\\b");

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    OneTimeCodes codes;

    @Autowired
    DevOutbox outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String phone;
    String email;
    String ip;

    @BeforeEach
    void freshPersonAtTheStart() {
        clock.set(START);
        var random = ThreadLocalRandom.current();
        phone = "+447700" + String.format("%06d", people.incrementAndGet() % 1_000_000);
        email = "person" + random.nextInt(1_000_000_000) + "@example.org";
        ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }

    @Test
    void a_code_is_six_digits_and_its_message_is_discreet() {
        var result = codes.send(ChannelType.SMS, phone, ip);

        assertThat(result.sent()).isTrue();
        var message = latestTo(phone);
        assertThat(message.channel()).isEqualTo(ChannelType.SMS);
        assertThat(message.body()).matches("Your code is \\d{6}\\. It expires in 10 minutes\\. "
                + "If you did not ask for it, ignore this message\\.");
        assertDiscreet(message.body());
    }

    @Test
    void an_email_code_is_discreet_in_its_subject_too() {
        assertThat(codes.send(ChannelType.EMAIL, email, ip).sent()).isTrue();

        var message = latestTo(email);
        assertThat(message.channel()).isEqualTo(ChannelType.EMAIL);
        assertThat(message.subject()).isEqualTo("Your code");
        assertThat(codeIn(message)).hasSize(6);
        assertDiscreet(message.subject() + " " + message.body());
        assertThat(codes.verify(ChannelType.EMAIL, email, codeIn(message)).verified()).isTrue();
    }

    @Test
    void the_right_code_verifies() {
        codes.send(ChannelType.SMS, phone, ip);

        assertThat(codes.verify(ChannelType.SMS, phone, codeIn(latestTo(phone))))
                .isEqualTo(new CodeCheckResult(Outcome.VERIFIED, 0));
    }

    @Test
    void a_reused_code_finds_no_code() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));
        codes.verify(ChannelType.SMS, phone, code);

        assertThat(codes.verify(ChannelType.SMS, phone, code).outcome()).isEqualTo(Outcome.NO_CODE);
    }

    @Test
    void with_no_code_sent_nothing_verifies() {
        assertThat(codes.verify(ChannelType.SMS, phone, "123456").outcome()).isEqualTo(Outcome.NO_CODE);
    }

    @Test
    void a_code_only_works_for_the_contact_and_channel_it_was_sent_to() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));

        assertThat(codes.verify(ChannelType.EMAIL, phone, code).outcome()).isEqualTo(Outcome.NO_CODE);
        assertThat(codes.verify(ChannelType.SMS, "+447700900000", code).outcome()).isEqualTo(Outcome.NO_CODE);
        assertThat(codes.verify(ChannelType.SMS, phone, code).verified()).isTrue();
    }

    @Test
    void a_code_works_until_ten_minutes_and_is_expired_from_then() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));
        clock.advance(Duration.ofMinutes(10));

        assertThat(codes.verify(ChannelType.SMS, phone, code).outcome()).isEqualTo(Outcome.EXPIRED);

        clock.advance(Duration.ofMinutes(5));
        codes.send(ChannelType.SMS, phone, ip);
        var second = codeIn(latestTo(phone));
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(codes.verify(ChannelType.SMS, phone, second).verified()).isTrue();
    }

    @Test
    void five_wrong_codes_use_every_try_and_the_sixth_is_refused_even_when_right() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));
        var wrong = otherThan(code);

        var triesLeft = new ArrayList<Integer>();
        for (int i = 0; i < 5; i++) {
            var result = codes.verify(ChannelType.SMS, phone, wrong);
            assertThat(result.outcome()).isEqualTo(Outcome.WRONG);
            triesLeft.add(result.triesLeft());
        }

        assertThat(triesLeft).containsExactly(4, 3, 2, 1, 0);
        assertThat(codes.verify(ChannelType.SMS, phone, code).outcome()).isEqualTo(Outcome.TOO_MANY_TRIES);
        assertThat(codes.verify(ChannelType.SMS, phone, wrong).outcome()).isEqualTo(Outcome.TOO_MANY_TRIES);
    }

    @Test
    void a_code_typed_with_spaces_or_pasted_with_whitespace_around_it_is_accepted() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));

        assertThat(codes.verify(ChannelType.SMS, phone, " " + code.substring(0, 3) + " " + code.substring(3) + "\n")
                .verified()).isTrue();
        codes.send(ChannelType.EMAIL, email, ip);
        assertThat(codes.verify(ChannelType.EMAIL, email, "\t" + codeIn(latestTo(email)) + " ").verified()).isTrue();
    }

    @Test
    void input_that_is_not_six_digits_is_wrong_and_uses_a_try() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));

        var results = List.of("", "12345", "1234567", "12345a", "١٢٣٤٥٦", "x".repeat(10_000)).stream()
                .map(typed -> codes.verify(ChannelType.SMS, phone, typed)).toList();

        assertThat(results).extracting(CodeCheckResult::outcome)
                .containsExactly(Outcome.WRONG, Outcome.WRONG, Outcome.WRONG, Outcome.WRONG, Outcome.WRONG,
                        Outcome.TOO_MANY_TRIES);
        assertThat(results).extracting(CodeCheckResult::triesLeft).containsExactly(4, 3, 2, 1, 0, 0);
        assertThat(codes.verify(ChannelType.SMS, phone, code).outcome()).isEqualTo(Outcome.TOO_MANY_TRIES);
    }

    @Test
    void send_again_is_refused_until_the_cooldown_is_over() {
        var first = codes.send(ChannelType.SMS, phone, ip);
        assertThat(first.sendAgainFrom()).isEqualTo(START.plusSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(codes.send(ChannelType.SMS, phone, ip))
                .isEqualTo(new CodeSendResult(CodeSendResult.Outcome.COOLDOWN, START.plusSeconds(30)));

        clock.advance(Duration.ofSeconds(1));
        assertThat(codes.send(ChannelType.SMS, phone, ip).sent()).isTrue();
        assertThat(sentTo(phone)).hasSize(2);
    }

    @Test
    void signing_in_with_an_unregistered_contact_answers_and_limits_alike_but_sends_nothing() {
        var registered = phone;
        var unknown = "+447700" + String.format("%06d", (Integer.parseInt(phone.substring(7)) + 500_000) % 1_000_000);
        var known = new ArrayList<CodeSendResult>();
        var notKnown = new ArrayList<CodeSendResult>();
        for (int second = 0; second < 200; second += 10) {
            known.add(codes.sendForSignIn(ChannelType.SMS, registered, ip, true));
            notKnown.add(codes.sendForSignIn(ChannelType.SMS, unknown, "192.0.2." + (second / 10), false));
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(notKnown).as("the same answers, so the page tells nobody who is registered")
                .extracting(CodeSendResult::outcome).isEqualTo(known.stream().map(CodeSendResult::outcome).toList());
        assertThat(sentTo(registered)).hasSize(3);
        assertThat(sentTo(unknown)).isEmpty();
        assertThat(codes.verify(ChannelType.SMS, unknown, "000000").outcome())
                .as("a code exists, so a guess uses a try like any wrong code").isEqualTo(Outcome.WRONG);
    }

    @Test
    void a_new_code_replaces_the_last_one_with_every_try_back() {
        codes.send(ChannelType.SMS, phone, ip);
        var old = codeIn(latestTo(phone));
        codes.verify(ChannelType.SMS, phone, otherThan(old));
        clock.advance(Duration.ofSeconds(30));
        codes.send(ChannelType.SMS, phone, ip);
        var current = codeIn(latestTo(phone));

        if (!current.equals(old)) {
            assertThat(codes.verify(ChannelType.SMS, phone, old))
                    .isEqualTo(new CodeCheckResult(Outcome.WRONG, 4));
        }
        assertThat(codes.verify(ChannelType.SMS, phone, current).verified()).isTrue();
    }

    @Test
    void a_flood_of_send_again_gets_three_codes_an_hour_and_no_more() {
        var results = new ArrayList<CodeSendResult>();
        for (int second = 0; second < 600; second += 5) {
            results.add(codes.send(ChannelType.SMS, phone, ip));
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(results).filteredOn(CodeSendResult::sent).hasSize(3);
        assertThat(sentTo(phone)).hasSize(3);
        var lastSent = results.stream().filter(CodeSendResult::sent).toList().getLast();
        assertThat(lastSent.sendAgainFrom()).as("the third send says when the hour frees up")
                .isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(results.getLast())
                .isEqualTo(new CodeSendResult(CodeSendResult.Outcome.TOO_MANY_FOR_CONTACT, START.plus(Duration.ofHours(1))));

        clock.set(START.plus(Duration.ofHours(1)).minusMillis(1));
        assertThat(codes.send(ChannelType.SMS, phone, ip).outcome())
                .isEqualTo(CodeSendResult.Outcome.TOO_MANY_FOR_CONTACT);
        clock.set(START.plus(Duration.ofHours(1)));
        assertThat(codes.send(ChannelType.SMS, phone, ip).sent()).isTrue();
        assertThat(sentTo(phone)).hasSize(4);
    }

    @Test
    void the_contact_limit_counts_an_email_address_whatever_its_case() {
        var upper = email.toUpperCase(Locale.ROOT);
        codes.send(ChannelType.EMAIL, email, ip);

        assertThat(codes.send(ChannelType.EMAIL, upper, ip).outcome()).isEqualTo(CodeSendResult.Outcome.COOLDOWN);
    }

    @Test
    void one_ip_address_gets_its_hourly_limit_of_codes_then_waits_for_the_hour() {
        for (int i = 0; i < IP_LIMIT; i++) {
            assertThat(codes.send(ChannelType.EMAIL, "office" + i + "-" + email, ip).sent()).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(codes.send(ChannelType.SMS, phone, ip))
                .isEqualTo(new CodeSendResult(CodeSendResult.Outcome.TOO_MANY_FROM_IP, START.plus(Duration.ofHours(1))));
        assertThat(sentTo(phone)).isEmpty();
        assertThat(codes.send(ChannelType.SMS, phone, "192.0.2.1").sent()).as("another address").isTrue();

        clock.set(START.plus(Duration.ofHours(1)));
        assertThat(codes.send(ChannelType.EMAIL, email, ip).sent()).isTrue();
    }

    @Test
    void a_recipient_the_channel_cannot_use_is_refused_before_anything_is_stored() {
        var rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM one_time_code_send", Integer.class);

        assertThatThrownBy(() -> codes.send(ChannelType.SMS, "07700 900123", ip))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM one_time_code_send", Integer.class)).isEqualTo(rowsBefore);
    }

    @Test
    void the_database_holds_neither_the_code_nor_the_contact_nor_the_ip_address_in_clear() {
        codes.send(ChannelType.SMS, phone, ip);
        var code = codeIn(latestTo(phone));
        codes.send(ChannelType.EMAIL, email, ip);

        var stored = new ArrayList<String>();
        for (var table : List.of("one_time_code", "one_time_code_send")) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                row.values().forEach(value -> stored.add(String.valueOf(value)));
            }
        }

        assertThat(stored).isNotEmpty().noneSatisfy(value -> assertThat(value)
                .containsAnyOf(code, phone, phone.substring(1), phone.substring(3), email, email.split("@")[0], ip));
        assertThat(jdbc.queryForList("SELECT code_hash FROM one_time_code", String.class))
                .allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
    }

    @Test
    void rows_older_than_a_day_are_purged_and_newer_ones_kept() {
        var longAgo = START.minus(Duration.ofDays(30));
        clock.set(longAgo);
        codes.send(ChannelType.SMS, phone, ip);
        var oldCode = codeIn(latestTo(phone));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        codes.send(ChannelType.EMAIL, email, ip);
        var newCode = codeIn(latestTo(email));

        assertThat(codes.purgeOlderThanADay()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM one_time_code_send WHERE sent_at < ?", Integer.class,
                Timestamp.from(longAgo.plus(Duration.ofHours(12))))).isZero();
        assertThat(codes.verify(ChannelType.SMS, phone, oldCode).outcome()).isEqualTo(Outcome.NO_CODE);
        assertThat(codes.verify(ChannelType.EMAIL, email, newCode).verified()).isTrue();
    }

    @Test
    void two_checks_of_the_right_code_at_the_same_moment_verify_it_once() throws Exception {
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                freshPersonAtTheStart();
                codes.send(ChannelType.SMS, phone, ip);
                var code = codeIn(latestTo(phone));
                var ready = new CountDownLatch(2);
                var go = new CountDownLatch(1);
                var checks = new ArrayList<Future<CodeCheckResult>>();
                for (int t = 0; t < 2; t++) {
                    checks.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        return codes.verify(ChannelType.SMS, phone, code);
                    }));
                }
                ready.await();
                go.countDown();

                var outcomes = new ArrayList<Outcome>();
                for (var check : checks) {
                    outcomes.add(check.get().outcome());
                }
                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(Outcome.VERIFIED, Outcome.NO_CODE);
            }
        }
    }

    @Test
    void two_first_sends_to_one_contact_at_the_same_moment_send_one_code() throws Exception {
        try (var threads = Executors.newFixedThreadPool(2)) {
            var ready = new CountDownLatch(2);
            var go = new CountDownLatch(1);
            var sends = new ArrayList<Future<CodeSendResult>>();
            for (int t = 0; t < 2; t++) {
                sends.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return codes.send(ChannelType.SMS, phone, ip);
                }));
            }
            ready.await();
            go.countDown();

            var outcomes = new ArrayList<CodeSendResult.Outcome>();
            for (var send : sends) {
                outcomes.add(send.get().outcome());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(CodeSendResult.Outcome.SENT, CodeSendResult.Outcome.COOLDOWN);
            assertThat(sentTo(phone)).hasSize(1);
        }
    }

    private List<DevOutboxEntry> sentTo(String recipient) {
        return outbox.latest(500).stream().filter(m -> m.recipient().equals(recipient)).toList();
    }

    private DevOutboxEntry latestTo(String recipient) {
        var sent = sentTo(recipient);
        assertThat(sent).as("messages to %s", recipient).isNotEmpty();
        return sent.getFirst();
    }

    private static String codeIn(DevOutboxEntry message) {
        var matcher = CODE_IN_TEXT.matcher(message.body());
        assertThat(matcher.find()).as("a 6-digit code in: %s", message.body()).isTrue();
        return matcher.group(1);
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static void assertDiscreet(String text) {
        assertThat(text.toLowerCase(Locale.ROOT))
                .doesNotContain("victim", "police", "crime", "forum", "mopac", "support");
    }
}
