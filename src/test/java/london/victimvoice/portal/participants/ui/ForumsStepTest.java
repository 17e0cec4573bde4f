package london.victimvoice.portal.participants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumChange;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumSettings;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.ForumAvailability;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;

/** The forums step: every forum can be chosen, and one with no place free says it offers its waiting list. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ForumsStepTest extends SpringBrowserlessTest {

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ForumSettings settings;

    @Test
    void with_places_everywhere_no_forum_mentions_a_waiting_list() {
        navigate(ForumsStepView.class);

        assertThat(labels()).hasSize(6).noneMatch(label -> label.contains("waiting list"))
                .contains("Women and girls – for people who identify as women or girls.");
    }

    @Test
    void a_forum_whose_places_are_taken_says_it_is_full_and_can_still_be_chosen() {
        jdbc.update("UPDATE forum SET capacity = 1 WHERE code IN ('women-and-girls', 'open')");
        approvals.approve(signUp("07700 900 501", "women-and-girls", "open"), "approver-ann");

        navigate(ForumsStepView.class);

        assertThat(labels()).contains(
                "Women and girls (full: you’ll join the waiting list) – for people who identify as women or girls.",
                "Open forum (full: you’ll join the waiting list) – for anyone who has been a victim of crime.",
                "LGBTQ+ – for people who identify as lesbian, gay, bisexual, trans, queer or another identity.");
        choose("open", "women-and-girls");
        test(find(Button.class).id("continue")).click();
        assertThat(getCurrentView()).as("a full forum is still a choice").isInstanceOf(SafetyStepView.class);
    }

    @Test
    void a_forum_not_taking_new_members_offers_its_waiting_list() {
        jdbc.update("UPDATE forum SET accepting_members = FALSE WHERE code = 'lgbtq'");

        navigate(ForumsStepView.class);

        assertThat(labels()).contains("LGBTQ+ (no places just now: you’ll join the waiting list) – for people who"
                + " identify as lesbian, gay, bisexual, trans, queer or another identity.");
    }

    @Test
    void a_description_written_by_the_coordinators_replaces_the_standard_one() {
        settings.change(new ForumManager("admin", true), "lgbtq",
                new ForumChange("We meet in central London, 6pm to 8pm.", 12, true, false));

        navigate(ForumsStepView.class);

        assertThat(labels()).contains("LGBTQ+ – We meet in central London, 6pm to 8pm.",
                "Women and girls – for people who identify as women or girls.");
    }

    /** The text of each checkbox as it is rendered. */
    private List<String> labels() {
        return forums().getChildren().filter(Checkbox.class::isInstance).map(c -> ((Checkbox) c).getLabel()).toList();
    }

    private void choose(String... codes) {
        var wanted = Set.of(codes);
        forums().setValue(Set.copyOf(forums().getListDataView().getItems()
                .filter(f -> wanted.contains(f.code())).toList()));
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ForumAvailability> forums() {
        return find(CheckboxGroup.class).id("forums");
    }

    private java.util.UUID signUp(String mobile, String... forums) {
        var phone = "+44" + mobile.replace(" ", "").substring(1);
        return signUps.submit(new NewRegistration("Robin", null, phone, null, ChannelType.SMS, phone, null, null,
                Set.of(forums), new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", EnumSet.noneOf(AccessNeed.class), ""),
                null, 1, true)).participantId();
    }
}
