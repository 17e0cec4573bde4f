package london.victimvoice.portal.participants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.WaitingListOffers;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.support.TestPeople.Person;

/** A participant offered a place from a waiting list accepts it, or says no thanks, on their page. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(PlaceOfferViewTest.Config.class)
class PlaceOfferViewTest extends SpringBrowserlessTest {

    /** Tuesday 2 March 2032, 6pm in London (no summer time yet): offers run to Friday 6pm. */
    static final Instant NOW = Instant.parse("2032-03-02T18:00:00Z");
    static final String FORUM = "parents-guardians";

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
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Person first;
    Person second;

    @BeforeEach
    void twoWaitingAndOnePlaceOffered() {
        clock.set(NOW);
        jdbc.update("UPDATE place_offer SET status = 'WITHDRAWN' WHERE status = 'OPEN'");
        jdbc.update("UPDATE forum_request SET status = 'WITHDRAWN' WHERE status = 'WAITING_LIST'");
        placesLeft(0);
        var people = new TestPeople(signUps, approvals);
        first = people.approved(true, FORUM);
        clock.advance(Duration.ofMinutes(1));
        second = people.approved(true, FORUM);
        clock.set(NOW);
        placesLeft(1);
        offers.sweep();
        SignedInAs.participant(first.id());
    }

    @AfterEach
    void putEverythingBack() {
        SecurityContextHolder.clearContext();
        jdbc.update("UPDATE forum SET capacity = 12, accepting_members = TRUE");
    }

    @Test
    void the_offer_says_where_and_until_when_with_both_choices() {
        navigate(HomeView.class);

        assertThat(text()).contains("A place is free",
                "A place is free in Parents and guardians of young victims: accept by Friday 5 March, 6pm",
                "you stay on the waiting list and the place goes to the next person");
        assertThat(isShown(button("accept-offer-" + FORUM))).isTrue();
        assertThat(isShown(button("decline-offer-" + FORUM))).isTrue();
    }

    @Test
    void someone_with_no_offer_sees_none() {
        SignedInAs.participant(second.id());

        navigate(HomeView.class);

        assertThat(find(com.vaadin.flow.component.html.Div.class).all())
                .noneMatch(d -> d.getId().orElse("").equals("place-offers"));
        assertThat(text()).contains("Parents and guardians of young victims");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("accept-offer-"));
    }

    @Test
    void accepting_gives_them_the_place() {
        navigate(HomeView.class);

        test(button("accept-offer-" + FORUM)).click();

        assertThat(text()).contains("You have a place in Parents and guardians of young victims.");
        assertThat(status(first)).isEqualTo("APPROVED");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("accept-offer-"));
    }

    @Test
    void no_thanks_keeps_them_waiting_and_offers_the_place_to_the_next_person() {
        navigate(HomeView.class);

        test(button("decline-offer-" + FORUM)).click();

        assertThat(text()).contains("You said no thanks to the place in Parents and guardians of young victims. "
                + "You are still on its waiting list.");
        assertThat(status(first)).isEqualTo("WAITING_LIST");
        assertThat(offers.openFor(second.id())).hasSize(1);
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("accept-offer-"));
    }

    @Test
    void accepting_after_the_offer_ran_out_is_refused_plainly() {
        navigate(HomeView.class);
        clock.advance(Duration.ofHours(72));

        test(button("accept-offer-" + FORUM)).click();

        assertThat(text()).contains("The time to accept this place has run out");
        assertThat(status(first)).isEqualTo("WAITING_LIST");
        assertThat(offers.openFor(second.id())).as("passed on").hasSize(1);
    }

    @Test
    void accepting_when_the_place_has_gone_meanwhile_says_so() {
        navigate(HomeView.class);
        placesLeft(0);

        test(button("accept-offer-" + FORUM)).click();

        assertThat(text()).contains("Sorry, this place is no longer free. You are still on the waiting list");
        assertThat(status(first)).isEqualTo("WAITING_LIST");
    }

    private void placesLeft(int free) {
        jdbc.update("UPDATE forum SET capacity = (SELECT COUNT(*) FROM forum_request WHERE forum_code = ? "
                + "AND status = 'APPROVED') + ? WHERE code = ?", FORUM, free, FORUM);
    }

    private String status(Person person) {
        return jdbc.queryForObject("SELECT status FROM forum_request WHERE participant_id = ? AND forum_code = ?",
                String.class, person.id().toString(), FORUM);
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    private static boolean isShown(Component c) {
        for (var at = java.util.Optional.of(c); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
