package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
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

import london.victimvoice.portal.forums.ForumChange;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumSettings;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.support.TestPeople.Person;

/** Offering freed places to the waiting list, on every database we run on; subclasses pick the database. */
@SpringBootTest
@ActiveProfiles("test")
@Import(WaitingListOffersContract.Config.class)
abstract class WaitingListOffersContract {

    /** A Tuesday in March, before the clocks change: 09:00 in London is 09:00 UTC. */
    static final Instant NOW = Instant.parse("2032-03-02T09:00:00Z");
    static final String FORUM = "disabilities";
    static final Duration WINDOW = Duration.ofHours(72);
    static final ForumManager ADMIN = new ForumManager("admin", true);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    WaitingListOffers offers;

    @Autowired
    ParticipantAccounts accounts;

    @Autowired
    ForumMembers members;

    @Autowired
    ForumSettings settings;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    DevOutbox outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TestPeople people;

    @BeforeEach
    void anEmptyWaitingListInAFullForum() {
        clock.set(NOW);
        people = new TestPeople(signUps, approvals);
        jdbc.update("UPDATE forum SET accepting_members = TRUE");
        startAfresh();
    }

    /** Nobody waiting, no offer open, no place free; only this class uses this database. */
    private void startAfresh() {
        jdbc.update("UPDATE place_offer SET status = 'WITHDRAWN' WHERE status = 'OPEN'");
        jdbc.update("UPDATE forum_request SET status = 'WITHDRAWN' WHERE status = 'WAITING_LIST'");
        placesLeft(0);
    }

    @AfterEach
    void reopenTheForums() {
        jdbc.update("UPDATE forum SET capacity = 12, accepting_members = TRUE, description = NULL");
    }

    @Test
    void a_place_freed_by_someone_leaving_goes_to_the_oldest_request_on_the_waiting_list() {
        var member = member();
        var first = waiting();
        var second = waiting();
        clock.set(Instant.parse("2032-03-02T18:00:00Z"));

        accounts.leave(member.id(), FORUM);

        assertThat(offers.openFor(first.id())).containsExactly(new OpenOffer(FORUM, clock.instant().plus(WINDOW)));
        assertThat(offers.openFor(second.id())).isEmpty();
        assertThat(status(first)).as("waiting until they accept").isEqualTo("WAITING_LIST");
        assertThat(messageTo(first).body()).isEqualTo(
                "A place has come up in your group. Sign in to accept it by Friday 5 March, 6pm.");
        assertThat(messageTo(first).body().toLowerCase(Locale.ROOT)).doesNotContain("disabilit", "forum", "victim");
    }

    @Test
    void with_discreet_messages_off_the_offer_names_the_forum() {
        member();
        var plain = people.approved(false, FORUM);
        placesLeft(1);

        offers.sweep();

        assertThat(messageTo(plain).body()).contains("People with disabilities", "Sign in to accept it by Friday 5 March, 9am");
    }

    @Test
    void accepting_the_offer_takes_the_place() {
        var first = waiting();
        placesLeft(1);
        offers.sweep();

        offers.accept(first.id(), FORUM);

        assertThat(members.isMember(first.id(), FORUM)).isTrue();
        assertThat(offers.openFor(first.id())).isEmpty();
        assertThatThrownBy(() -> offers.accept(first.id(), FORUM)).isInstanceOf(OfferRefused.class);
    }

    @Test
    void an_offer_not_accepted_in_72_hours_passes_to_the_next_person() {
        var first = waiting();
        var second = waiting();
        placesLeft(1);
        offers.sweep();
        clock.advance(WINDOW.minusSeconds(1));
        offers.sweep();
        assertThat(offers.openFor(first.id())).hasSize(1);
        assertThat(offers.openFor(second.id())).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(offers.openFor(first.id())).as("lapsed, even before the sweep").isEmpty();
        offers.sweep();

        assertThat(offers.openFor(second.id())).containsExactly(new OpenOffer(FORUM, clock.instant().plus(WINDOW)));
        assertThat(status(first)).as("still waiting").isEqualTo("WAITING_LIST");
        assertThatThrownBy(() -> offers.accept(first.id(), FORUM)).isInstanceOfSatisfying(OfferRefused.class,
                r -> assertThat(r.messageKey()).isEqualTo(OfferRefused.EXPIRED));
        assertThat(members.isMember(first.id(), FORUM)).isFalse();
    }

    @Test
    void accepting_an_expired_offer_is_refused_and_the_place_passes_on_at_once() {
        var first = waiting();
        var second = waiting();
        placesLeft(1);
        offers.sweep();
        clock.advance(WINDOW);

        assertThatThrownBy(() -> offers.accept(first.id(), FORUM)).isInstanceOfSatisfying(OfferRefused.class,
                r -> assertThat(r.messageKey()).isEqualTo(OfferRefused.EXPIRED));

        assertThat(members.isMember(first.id(), FORUM)).isFalse();
        assertThat(status(first)).isEqualTo("WAITING_LIST");
        assertThat(offers.openFor(second.id())).hasSize(1);
    }

    @Test
    void no_thanks_keeps_them_waiting_and_the_place_goes_to_the_next_person() {
        var first = waiting();
        var second = waiting();
        placesLeft(1);
        offers.sweep();

        offers.decline(first.id(), FORUM);

        assertThat(status(first)).isEqualTo("WAITING_LIST");
        assertThat(offers.openFor(first.id())).isEmpty();
        assertThat(offers.openFor(second.id())).hasSize(1);

        // The second says no thanks too: neither is asked again straight away.
        clock.advance(Duration.ofHours(1));
        offers.decline(second.id(), FORUM);
        offers.sweep();
        assertThat(openOffers()).isZero();

        // As long as an offer would have been open after their no thanks, then they are asked again.
        clock.advance(WINDOW.minusHours(1));
        offers.sweep();
        assertThat(offers.openFor(first.id())).hasSize(1);
        assertThat(offers.openFor(second.id())).isEmpty();
    }

    @Test
    void a_new_sign_up_approved_meanwhile_does_not_take_the_place_offered() {
        var first = waiting();
        placesLeft(1);
        offers.sweep();

        var newcomer = people.approved(true, FORUM);

        assertThat(status(newcomer)).isEqualTo("WAITING_LIST");
        offers.accept(first.id(), FORUM);
        assertThat(status(first)).isEqualTo("APPROVED");
    }

    @Test
    void more_capacity_offers_each_new_place_and_no_more() {
        var first = waiting();
        var second = waiting();
        var third = waiting();
        var capacity = approved() + 2;

        settings.change(ADMIN, FORUM, new ForumChange("", capacity, true, false));

        assertThat(offers.openFor(first.id())).hasSize(1);
        assertThat(offers.openFor(second.id())).hasSize(1);
        assertThat(offers.openFor(third.id())).isEmpty();
        offers.sweep();
        assertThat(openOffers()).isEqualTo(2);
    }

    @Test
    void no_offers_while_the_forum_is_closed_to_members_and_open_ones_are_withdrawn() {
        var first = waiting();
        placesLeft(1);
        offers.sweep();
        var capacity = approved() + 1;

        settings.change(ADMIN, FORUM, new ForumChange("", capacity, false, false));
        offers.sweep();

        assertThat(offers.openFor(first.id())).isEmpty();
        assertThatThrownBy(() -> offers.accept(first.id(), FORUM)).isInstanceOfSatisfying(OfferRefused.class,
                r -> assertThat(r.messageKey()).isEqualTo(OfferRefused.PLACE_GONE));
        assertThat(status(first)).isEqualTo("WAITING_LIST");

        settings.change(ADMIN, FORUM, new ForumChange("", capacity, true, false));
        assertThat(offers.openFor(first.id())).as("opened to members again").hasSize(1);
    }

    @Test
    void when_the_place_has_gone_meanwhile_accepting_says_so_and_they_stay_waiting() {
        var first = waiting();
        placesLeft(1);
        offers.sweep();
        // The capacity lowered without the event being heard: the check at accepting still holds.
        placesLeft(0);

        assertThatThrownBy(() -> offers.accept(first.id(), FORUM)).isInstanceOfSatisfying(OfferRefused.class,
                r -> assertThat(r.messageKey()).isEqualTo(OfferRefused.PLACE_GONE));

        assertThat(members.isMember(first.id(), FORUM)).isFalse();
        assertThat(status(first)).isEqualTo("WAITING_LIST");
    }

    @Test
    void the_sweep_makes_the_offers_a_missed_event_would_have_made_and_never_twice() {
        var first = waiting();
        placesLeft(1);
        assertThat(offers.openFor(first.id())).as("nothing heard yet").isEmpty();

        offers.sweep();
        offers.sweep();

        assertThat(offers.openFor(first.id())).hasSize(1);
        assertThat(openOffers()).isOne();
        assertThat(outbox.latest(10_000).stream()
                .filter(m -> m.recipient().equals(first.email()) && m.body().contains("A place has come up")))
                .hasSize(1);
    }

    @Test
    void leaving_the_waiting_list_withdraws_the_offer_and_it_passes_on() {
        var first = waiting();
        var second = waiting();
        placesLeft(1);
        offers.sweep();

        accounts.leave(first.id(), FORUM);
        offers.sweep();

        assertThat(offers.openFor(second.id())).hasSize(1);
        assertThat(openOffers()).isOne();
    }

    @Test
    void two_sweeps_at_once_never_offer_one_place_twice() throws Exception {
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                startAfresh();
                waiting();
                waiting();
                placesLeft(1);
                var ready = new CountDownLatch(2);
                var go = new CountDownLatch(1);
                var sweeps = new ArrayList<Future<?>>();
                for (int i = 0; i < 2; i++) {
                    sweeps.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        offers.sweep();
                        return null;
                    }));
                }
                ready.await();
                go.countDown();
                for (var sweep : sweeps) {
                    sweep.get();
                }
                assertThat(openOffers()).as("round %d", round).isOne();
            }
        }
    }

    @Test
    void two_people_accepting_the_last_place_at_once_exactly_one_gets_it() throws Exception {
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                startAfresh();
                var pair = List.of(waiting(), waiting());
                placesLeft(2);
                offers.sweep();
                assertThat(pair).allSatisfy(p -> assertThat(offers.openFor(p.id())).hasSize(1));
                // A coordinator lowered the capacity, and the event was missed: one place, two open offers.
                placesLeft(1);
                var capacity = approved() + 1;
                var ready = new CountDownLatch(2);
                var go = new CountDownLatch(1);
                var accepting = new ArrayList<Future<String>>();
                for (var person : pair) {
                    accepting.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        try {
                            offers.accept(person.id(), FORUM);
                            return "ACCEPTED";
                        } catch (OfferRefused refused) {
                            return refused.messageKey();
                        }
                    }));
                }
                ready.await();
                go.countDown();
                var outcomes = new ArrayList<String>();
                for (var answer : accepting) {
                    outcomes.add(answer.get());
                }

                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("ACCEPTED", OfferRefused.PLACE_GONE);
                assertThat(pair.stream().map(this::status)).as("round %d", round)
                        .containsExactlyInAnyOrder("APPROVED", "WAITING_LIST");
                assertThat(approved()).as("round %d", round).isEqualTo(capacity);
            }
        }
    }

    /** Someone with a place: the forum gets one more place, and they take it. */
    private Person member() {
        placesLeft(1);
        var person = people.approved(true, FORUM);
        assertThat(status(person)).isEqualTo("APPROVED");
        return person;
    }

    /** Someone on the waiting list, a minute after the one before. */
    private Person waiting() {
        clock.advance(Duration.ofMinutes(1));
        var free = approved() < capacity();
        if (free) {
            placesLeft(0);
        }
        var person = people.approved(true, FORUM);
        assertThat(status(person)).isEqualTo("WAITING_LIST");
        return person;
    }

    /** Leaves this many places free: a coordinator's change of capacity, made in SQL, so no event is heard. */
    private void placesLeft(int free) {
        jdbc.update("UPDATE forum SET capacity = ? WHERE code = ?", approved() + free, FORUM);
    }

    private int approved() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM forum_request WHERE forum_code = ? AND status = 'APPROVED'",
                Integer.class, FORUM);
    }

    private int capacity() {
        return jdbc.queryForObject("SELECT capacity FROM forum WHERE code = ?", Integer.class, FORUM);
    }

    private int openOffers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM place_offer WHERE forum_code = ? AND status = 'OPEN'",
                Integer.class, FORUM);
    }

    private String status(Person person) {
        return jdbc.queryForObject("SELECT status FROM forum_request WHERE participant_id = ? AND forum_code = ?",
                String.class, person.id().toString(), FORUM);
    }

    private london.victimvoice.portal.messaging.devoutbox.DevOutboxEntry messageTo(Person person) {
        return outbox.latest(10_000).stream().filter(m -> m.recipient().equals(person.email())).findFirst()
                .orElseThrow(() -> new AssertionError("No message to " + person.email()));
    }
}
