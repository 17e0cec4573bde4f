package london.victimvoice.portal.voice;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.support.TestPeople;

/**
 * People, forums and questions for the voice tests: members approved into a forum (its capacity
 * raised so every test person gets a place), coordinators assigned, questions posted.
 */
final class VoiceFixture {

    static final String FORUM = "lgbtq";
    static final String OTHER_FORUM = "disabilities";
    static final ForumManager CORA = new ForumManager("cora-voice", false);
    static final ForumManager ADMIN = new ForumManager("ada-admin", true);

    private final TestPeople people;
    private final Questions questions;
    private final VoiceSubscriptions subscriptions;
    private final JdbcTemplate jdbc;

    VoiceFixture(TestPeople people, Questions questions, VoiceSubscriptions subscriptions, ForumStewards stewards,
            JdbcTemplate jdbc) {
        this.people = people;
        this.questions = questions;
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        jdbc.update("UPDATE forum SET capacity = 10000");
        stewards.assign(FORUM, CORA.username());
    }

    /**
     * Gives back what the fixture borrowed: the application context (and its database) is shared
     * with tests that count forums' coordinators and fill forums to their seeded capacity of 12.
     */
    static void leaveForumsAsFound(ForumStewards stewards, JdbcTemplate jdbc) {
        stewards.unassign(FORUM, CORA.username());
        jdbc.update("UPDATE forum SET capacity = 12");
    }

    UUID member(String... forums) {
        return person(forums).id();
    }

    TestPeople.Person person() {
        return person(FORUM);
    }

    TestPeople.Person person(String... forums) {
        return people.approved(true, forums);
    }

    UUID member() {
        return member(FORUM);
    }

    /** Someone in no forum who joined the consultation pool. */
    UUID poolMember() {
        return poolPerson().id();
    }

    TestPeople.Person poolPerson() {
        var person = person(OTHER_FORUM);
        subscriptions.choose(person.id(), Set.of(SubscriptionKind.CONSULTATIONS));
        return person;
    }

    UUID consultation() {
        var id = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_consultation (id, title, summary, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                id.toString(), "Police and Crime Plan", "What should the plan say?", "cora-voice",
                Timestamp.from(Instant.parse("2032-01-01T00:00:00Z")));
        return id;
    }

    static NewQuestion question(LocalDate opens, LocalDate closes, @Nullable ChoicePart choice,
            @Nullable String scale, String... forums) {
        return new NewQuestion("How safe do you feel?", "Tell us about getting home after dark.", "",
                Set.of(forums), null, choice, scale, opens, closes);
    }

    UUID post(LocalDate opens, LocalDate closes, @Nullable ChoicePart choice, @Nullable String scale) {
        return questions.post(CORA, question(opens, closes, choice, scale, FORUM));
    }

    UUID postToConsultation(LocalDate opens, LocalDate closes) {
        return questions.post(CORA, new NewQuestion("The plan", "What matters most?", "", Set.of(), consultation(),
                null, null, opens, closes));
    }
}
