package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Storing a finished sign-up on every database we run on; subclasses pick the database. Every test
 * uses its own phone number and email address, so tests sharing a context never meet.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SignUpsContract.Config.class)
abstract class SignUpsContract {

    static final Instant NOW = Instant.parse("2030-03-04T18:30:00.123456Z");
    static final List<String> TABLES = List.of("participant", "participant_contact", "consent_ledger",
            "forum_request", "equality_answers");
    /** Ofcom's drama numbers, 07700 900000 to 900999: they can never belong to anyone. */
    private static final AtomicInteger people = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    /** Hears the event the way other modules will: only once the sign-up has committed. */
    static class Heard {
        final List<RegistrationSubmitted> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(RegistrationSubmitted event) {
            events.add(event);
        }
    }

    @Autowired
    SignUps signUps;

    @Autowired
    StoredRegistrations stored;

    @Autowired
    EqualityRecords equalityRecords;

    @Autowired
    DataCipher cipher;

    @Autowired
    Referrals referrals;

    @Autowired
    Heard heard;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String phone;
    String email;

    @BeforeEach
    void freshPerson() {
        clock.set(NOW);
        var n = people.incrementAndGet();
        phone = "+447700900" + String.format("%03d", n % 1000);
        email = "Person" + n + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@Example.org";
    }

    static final EqualityAnswers ANSWERS = new EqualityAnswers("AGE_35_44", "FEMALE", EqualityAnswers.PREFER_NOT_TO_SAY,
            "MIXED", "WHITE_AND_BLACK_CARIBBEAN", "YES", "A_LITTLE", "BISEXUAL", null);

    NewRegistration complete() {
        return new NewRegistration("Sam", "Samira Example", phone, email, ChannelType.SMS, phone, null,
                "FOUND_IT_MYSELF", Set.of("open", "women-and-girls"),
                new ContactSafety(EnumSet.of(ChannelType.SMS, ChannelType.EMAIL),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), EnumSet.of(TimeOfDay.EVENING), true,
                        "Say you are from the book club", "Polish", EnumSet.of(AccessNeed.STEP_FREE_ACCESS,
                                AccessNeed.OTHER), "A seat near the door"),
                ANSWERS, PrivacyNotice.CURRENT_VERSION, true);
    }

    @Test
    void a_complete_sign_up_is_stored_and_reads_back_as_given() {
        var receipt = signUps.submit(complete());

        assertThat(receipt.submittedAt()).isEqualTo(NOW);
        var back = stored.find(receipt.participantId()).orElseThrow();
        assertThat(back.chosenName()).isEqualTo("Sam");
        assertThat(back.fullName()).isEqualTo("Samira Example");
        assertThat(back.mobile()).isEqualTo(phone);
        assertThat(back.email()).isEqualTo(email.replace("Example.org", "example.org"));
        assertThat(back.verifiedChannel()).isEqualTo(ChannelType.SMS);
        assertThat(back.heardFrom()).isEqualTo("FOUND_IT_MYSELF");
        assertThat(back.safety()).isEqualTo(complete().safety());
        assertThat(back.forums()).isEqualTo(Map.of("open", ForumRequestStatus.PENDING_APPROVAL,
                "women-and-girls", ForumRequestStatus.PENDING_APPROVAL));
        assertThat(back.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void consent_is_one_ledger_line_with_the_notice_version_and_time() {
        var id = signUps.submit(complete()).participantId();

        var lines = jdbc.queryForList("SELECT action, privacy_notice_version, agreed_to_contact FROM consent_ledger"
                + " WHERE participant_id = ?", id.toString());
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).containsEntry("action", "AGREED").containsEntry("privacy_notice_version", PrivacyNotice.CURRENT_VERSION)
                .containsEntry("agreed_to_contact", true);
        var recordedAt = jdbc.queryForObject("SELECT recorded_at FROM consent_ledger WHERE participant_id = ?",
                java.sql.Timestamp.class, id.toString());
        assertThat(recordedAt.toInstant()).isEqualTo(NOW);
    }

    @Test
    void only_the_verified_contact_is_marked_verified() {
        var id = signUps.submit(complete()).participantId();

        assertThat(jdbc.queryForList("SELECT channel FROM participant_contact WHERE participant_id = ?"
                + " AND verified_at IS NOT NULL", String.class, id.toString())).containsExactly("SMS");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant_contact WHERE participant_id = ?",
                Integer.class, id.toString())).isEqualTo(2);
    }

    @Test
    void the_event_is_heard_once_the_sign_up_has_committed() {
        var id = signUps.submit(complete()).participantId();

        assertThat(heard.events).contains(new RegistrationSubmitted(id, Set.of("open", "women-and-girls")));
    }

    @Test
    void names_in_any_script_and_text_that_looks_like_code_are_stored_exactly() {
        var names = List.of("👩🏽‍🦱 Ngozi", "مريم", "שרה כהן", "<script>alert(1)</script>",
                "Robert'); DROP TABLE participant;--", "Zoë \"Z\" O’Brien");
        for (var name : names) {
            freshPerson();
            var registration = with(complete(), r -> new NewRegistration(name, name, r.mobile(), r.email(),
                    r.verifiedChannel(), r.verifiedRecipient(), null, null, r.forumCodes(),
                    new ContactSafety(r.safety().safeChannels(), r.safety().safeDays(), r.safety().safeTimes(), true,
                            name, name, Set.of(AccessNeed.OTHER), name),
                    r.equality(), 1, true));

            var back = stored.find(signUps.submit(registration).participantId()).orElseThrow();

            assertThat(List.of(back.chosenName(), back.fullName(), back.safety().safeNote(),
                    back.safety().preferredLanguage(), back.safety().accessNeedsOther())).as(name)
                    .containsOnly(name);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant", Integer.class)).isPositive();
    }

    @Test
    void the_equality_table_holds_no_answer_in_clear_and_opens_back() {
        var id = signUps.submit(complete()).participantId();

        var raw = jdbc.queryForList("SELECT * FROM equality_answers");
        assertThat(raw).isNotEmpty();
        var everything = raw.stream().flatMap(row -> row.values().stream()).map(SignUpsContract::text).toList();
        assertThat(everything).noneSatisfy(value -> assertThat(value).containsAnyOf("AGE_35_44", "FEMALE",
                "PREFER_NOT_TO_SAY", "MIXED", "CARIBBEAN", "BISEXUAL", "A_LITTLE", id.toString()));
        assertThat(raw).allSatisfy(row -> assertThat(row.keySet()).map(String::toLowerCase)
                .containsExactlyInAnyOrder("id", "participant_ref", "answers"));

        var record = equalityRecords.findByParticipantRef(cipher.equalityRef(id)).orElseThrow();
        assertThat(EqualityRecord.decode(cipher.open(record.answers(), EqualityRecord.ANSWERS, record.getId())))
                .isEqualTo(ANSWERS);
    }

    @Test
    void every_equality_row_is_the_same_size_whatever_was_answered() {
        signUps.submit(complete());
        freshPerson();
        signUps.submit(with(complete(), r -> withEquality(r,
                new EqualityAnswers(null, null, null, null, null, null, null, null, "NO_RELIGION"))));

        assertThat(jdbc.queryForList("SELECT answers FROM equality_answers", byte[].class))
                .extracting(bytes -> bytes.length).hasSizeGreaterThanOrEqualTo(2)
                .containsOnly(EqualityRecord.PADDED_LENGTH + DataCipher.OVERHEAD_BYTES);
    }

    @Test
    void skipped_equality_questions_store_nothing() {
        var before = count("equality_answers");

        signUps.submit(with(complete(), r -> withEquality(r, EqualityAnswers.skipped())));

        assertThat(count("equality_answers")).isEqualTo(before);
    }

    @Test
    void names_contacts_and_notes_are_not_stored_in_clear() {
        signUps.submit(complete());

        var everything = new ArrayList<String>();
        for (var table : List.of("participant", "participant_contact")) {
            jdbc.queryForList("SELECT * FROM " + table)
                    .forEach(row -> row.values().forEach(value -> everything.add(text(value))));
        }
        assertThat(everything).noneSatisfy(value -> assertThat(value).containsAnyOf("Sam", "Samira", phone,
                phone.substring(3), email.split("@")[0], "book club", "Polish", "near the door"));
    }

    @Test
    void a_known_referral_code_is_kept_and_an_unknown_one_dropped() {
        var code = "VS-" + ThreadLocalRandom.current().nextInt(1_000_000);
        referrals.create(code, "Victim service", ReferralKind.VICTIM_SERVICE_PROVIDER, "admin");

        var known = signUps.submit(with(complete(), r -> withReferral(r, code.toLowerCase())));
        freshPerson();
        var unknown = signUps.submit(with(complete(), r -> withReferral(r, "NO-SUCH-CODE")));

        assertThat(stored.find(known.participantId()).orElseThrow().referralCode()).isEqualTo(code);
        assertThat(stored.find(unknown.participantId()).orElseThrow().referralCode()).isNull();
    }

    @Test
    void a_second_sign_up_with_the_same_phone_or_email_is_refused() {
        signUps.submit(complete());
        var samePhone = with(complete(), r -> withContacts(r, "07700 " + phone.substring(7), null, ChannelType.SMS,
                phone));
        var sameEmail = with(complete(), r -> withContacts(r, null, email.toLowerCase(), ChannelType.EMAIL,
                email.toLowerCase()));
        var before = counts();

        for (var again : List.of(samePhone, sameEmail)) {
            assertThatThrownBy(() -> signUps.submit(again)).isInstanceOf(SignUpRefused.class)
                    .extracting(e -> ((SignUpRefused) e).messageKey()).isEqualTo(SignUpRefused.ALREADY_REGISTERED);
        }
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no forum", (Change) r -> withForums(r, Set.of()), SignUpRefused.NO_FORUM),
                Arguments.of("an unknown forum", (Change) r -> withForums(r, Set.of("open", "chess")),
                        SignUpRefused.UNKNOWN_FORUM),
                Arguments.of("privacy notice not agreed", (Change) r -> withConsent(r, 0, true),
                        SignUpRefused.PRIVACY_NOT_AGREED),
                Arguments.of("an older privacy notice agreed", (Change) r -> withConsent(r,
                        PrivacyNotice.CURRENT_VERSION - 1 == 0 ? 99 : PrivacyNotice.CURRENT_VERSION - 1, true),
                        SignUpRefused.PRIVACY_NOTICE_CHANGED),
                Arguments.of("a privacy notice that does not exist yet", (Change) r -> withConsent(r,
                        PrivacyNotice.CURRENT_VERSION + 1, true), SignUpRefused.PRIVACY_NOTICE_CHANGED),
                Arguments.of("contact not agreed", (Change) r -> withConsent(r, PrivacyNotice.CURRENT_VERSION, false),
                        SignUpRefused.CONTACT_NOT_AGREED),
                Arguments.of("the verified recipient is not a contact given", (Change) r -> withContacts(r,
                        r.mobile(), r.email(), ChannelType.SMS, "+447700900999".equals(r.mobile())
                                ? "+447700900998" : "+447700900999"), SignUpRefused.NOT_VERIFIED),
                Arguments.of("email verified but only a phone given", (Change) r -> withContacts(r, r.mobile(), null,
                        ChannelType.EMAIL, r.email()), SignUpRefused.NOT_VERIFIED),
                Arguments.of("no contact at all", (Change) r -> withContacts(r, " ", null, ChannelType.SMS, ""),
                        SignUpRefused.NO_CONTACT),
                Arguments.of("the only safe channel has no contact", (Change) r -> withSafety(withContacts(r,
                        r.mobile(), null, ChannelType.SMS, r.mobile()), Set.of(ChannelType.EMAIL)),
                        SignUpRefused.NO_SAFE_CHANNEL),
                Arguments.of("no safe channel", (Change) r -> withSafety(r, Set.of()), SignUpRefused.NO_SAFE_CHANNEL),
                Arguments.of("an empty chosen name", (Change) r -> withName(r, "   "),
                        "contact.chosenName.error.empty"),
                Arguments.of("a 2,000-character name", (Change) r -> withName(r, "a".repeat(2000)),
                        "contact.chosenName.error.tooLong"),
                Arguments.of("a name with a hidden character", (Change) r -> withName(r, "Sam\u202Emas"),
                        "contact.name.error.hiddenCharacter"),
                Arguments.of("a landline as the mobile", (Change) r -> withContacts(r, "020 7946 0000", r.email(),
                        ChannelType.EMAIL, r.email()), "contact.phone.error.landlineForSms"),
                Arguments.of("a foreign number", (Change) r -> withContacts(r, "+33 6 12 34 56 78", r.email(),
                        ChannelType.EMAIL, r.email()), "contact.phone.error.notUk"),
                Arguments.of("a malformed email", (Change) r -> withContacts(r, r.mobile(), "sam@@example",
                        ChannelType.SMS, r.mobile()), "contact.email.error.format"),
                Arguments.of("a safe note too long", (Change) r -> withNote(r, "x".repeat(501)),
                        SignUpRefused.SAFE_NOTE_TOO_LONG),
                Arguments.of("an equality answer that is not a code", (Change) r -> withEquality(r,
                        new EqualityAnswers("<script>", null, null, null, null, null, null, null, null)),
                        SignUpRefused.INVALID),
                Arguments.of("a heard-from that is not a code", (Change) r -> new NewRegistration(r.chosenName(),
                        r.fullName(), r.mobile(), r.email(), r.verifiedChannel(), r.verifiedRecipient(),
                        r.referralCode(), "'; DROP TABLE x", r.forumCodes(), r.safety(), r.equality(),
                        r.privacyNoticeVersion(), r.agreedToContact()), SignUpRefused.INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void every_refusal_says_why_and_changes_nothing(String problem, Change change, String key) {
        var before = counts();
        var eventsBefore = heard.events.size();

        var refused = catchThrowableOfType(SignUpRefused.class, () -> signUps.submit(change.apply(complete())));

        assertThat(refused).as(problem).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
        assertThat(counts()).isEqualTo(before);
        assertThat(heard.events).hasSize(eventsBefore);
    }

    @Test
    void a_refusal_with_a_limit_carries_the_limit() {
        var refused = catchThrowableOfType(SignUpRefused.class,
                () -> signUps.submit(withNote(complete(), "x".repeat(501))));

        assertThat(refused.arguments()).containsExactly(ContactSafety.SAFE_NOTE_MAX_LENGTH);
    }

    @Test
    void two_tabs_registering_the_same_phone_at_once_give_one_participant() throws Exception {
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                freshPerson();
                var first = complete();
                var second = withContacts(complete(), phone, null, ChannelType.SMS, phone);
                var participantsBefore = count("participant");
                var ready = new CountDownLatch(2);
                var go = new CountDownLatch(1);
                var tabs = new ArrayList<Future<String>>();
                for (var registration : List.of(first, second)) {
                    tabs.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        try {
                            signUps.submit(registration);
                            return "stored";
                        } catch (SignUpRefused e) {
                            return e.messageKey();
                        }
                    }));
                }
                ready.await();
                go.countDown();

                var outcomes = new ArrayList<String>();
                for (var tab : tabs) {
                    outcomes.add(tab.get());
                }
                assertThat(outcomes).as("round %d", round)
                        .containsExactlyInAnyOrder("stored", SignUpRefused.ALREADY_REGISTERED);
                assertThat(count("participant")).as("round %d", round).isEqualTo(participantsBefore + 1);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant_contact WHERE contact_hash = ?",
                        Integer.class, cipher.contactHash(ChannelType.SMS, phone))).isEqualTo(1);
            }
        }
    }

    interface Change extends UnaryOperator<NewRegistration> {
    }

    static NewRegistration with(NewRegistration r, UnaryOperator<NewRegistration> change) {
        return change.apply(r);
    }

    static NewRegistration withName(NewRegistration r, String chosenName) {
        return new NewRegistration(chosenName, r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), r.referralCode(), r.heardFrom(), r.forumCodes(), r.safety(), r.equality(),
                r.privacyNoticeVersion(), r.agreedToContact());
    }

    static NewRegistration withContacts(NewRegistration r, String mobile, String email, ChannelType verifiedChannel,
            String verifiedRecipient) {
        return new NewRegistration(r.chosenName(), r.fullName(), mobile, email, verifiedChannel, verifiedRecipient,
                r.referralCode(), r.heardFrom(), r.forumCodes(), r.safety(), r.equality(), r.privacyNoticeVersion(),
                r.agreedToContact());
    }

    static NewRegistration withReferral(NewRegistration r, String referralCode) {
        return new NewRegistration(r.chosenName(), r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), referralCode, r.heardFrom(), r.forumCodes(), r.safety(), r.equality(),
                r.privacyNoticeVersion(), r.agreedToContact());
    }

    static NewRegistration withForums(NewRegistration r, Set<String> forumCodes) {
        return new NewRegistration(r.chosenName(), r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), r.referralCode(), r.heardFrom(), forumCodes, r.safety(), r.equality(),
                r.privacyNoticeVersion(), r.agreedToContact());
    }

    static NewRegistration withSafety(NewRegistration r, Set<ChannelType> safeChannels) {
        var s = r.safety();
        return new NewRegistration(r.chosenName(), r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), r.referralCode(), r.heardFrom(), r.forumCodes(),
                new ContactSafety(safeChannels, s.safeDays(), s.safeTimes(), s.discreetMessages(), s.safeNote(),
                        s.preferredLanguage(), s.accessNeeds(), s.accessNeedsOther()),
                r.equality(), r.privacyNoticeVersion(), r.agreedToContact());
    }

    static NewRegistration withNote(NewRegistration r, String safeNote) {
        var s = r.safety();
        return new NewRegistration(r.chosenName(), r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), r.referralCode(), r.heardFrom(), r.forumCodes(),
                new ContactSafety(s.safeChannels(), s.safeDays(), s.safeTimes(), s.discreetMessages(), safeNote,
                        s.preferredLanguage(), s.accessNeeds(), s.accessNeedsOther()),
                r.equality(), r.privacyNoticeVersion(), r.agreedToContact());
    }

    static NewRegistration withEquality(NewRegistration r, EqualityAnswers equality) {
        return new NewRegistration(r.chosenName(), r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), r.referralCode(), r.heardFrom(), r.forumCodes(), r.safety(), equality,
                r.privacyNoticeVersion(), r.agreedToContact());
    }

    static NewRegistration withConsent(NewRegistration r, int privacyNoticeVersion, boolean agreedToContact) {
        return new NewRegistration(r.chosenName(), r.fullName(), r.mobile(), r.email(), r.verifiedChannel(),
                r.verifiedRecipient(), r.referralCode(), r.heardFrom(), r.forumCodes(), r.safety(), r.equality(),
                privacyNoticeVersion, agreedToContact);
    }

    private Map<String, Integer> counts() {
        var counts = new java.util.TreeMap<String, Integer>();
        TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
