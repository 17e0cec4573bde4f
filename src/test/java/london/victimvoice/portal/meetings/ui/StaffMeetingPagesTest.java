package london.victimvoice.portal.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.MeetingChange;
import london.victimvoice.portal.meetings.MeetingPlace;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.meetings.SeriesPlan;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;

/** Coordinators scheduling a series, editing, moving and cancelling one meeting, and every refusal. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(MeetingPagesConfig.class)
class StaffMeetingPagesTest extends SpringBrowserlessTest {

    static final String FORUM = "lgbtq";
    static final String COORDINATOR = "test-coordinator";
    static final ForumManager ADMIN = new ForumManager("admin-ada", true);
    static final MeetingPlace VENUE = new MeetingPlace("1 High Street", true, false, "Angel", null);

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    ForumStewards stewards;

    @Autowired
    ForumDirectory forums;

    @Autowired
    MeetingPlanner planner;

    @Autowired
    Rsvps rsvps;

    @Autowired
    DevOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aCoordinatorOfTheForumSignedIn() {
        clock.set(MeetingPagesConfig.NOW);
        forums.all().forEach(f -> stewards.unassign(f.code(), COORDINATOR));
        stewards.assign(FORUM, COORDINATOR);
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_coordinator_schedules_a_series_and_sees_it_listed_in_plain_words() {
        var before = meetings();
        navigate("staff/meetings", StaffMeetingsView.class);
        test(find(Anchor.class).id("schedule-meetings")).click();
        assertThat(getCurrentView()).isInstanceOf(NewSeriesView.class);
        assertThat(field("series-interval").getValue()).isEqualTo("6");
        assertThat(field("series-capacity").getValue()).as("the forum's own capacity").isNotEmpty();

        fillDate("series", "4", "3", "2031");
        test(find(TextArea.class).id("series-address")).setValue("1 High Street, London");
        test(field("series-station")).setValue("Angel");
        test(field("series-count")).setValue("3");
        click("series-create");

        assertThat(getCurrentView()).as(() -> find(ErrorSummary.class).single().getElement().getTextRecursively())
                .isInstanceOf(StaffMeetingsView.class);
        assertThat(find(Paragraph.class).id("meetings-status").getText()).isEqualTo("3 meetings scheduled.");
        assertThat(meetings()).isEqualTo(before + 3);
        var listed = find(NativeTable.class).id("meetings-" + FORUM).getElement().getTextRecursively();
        // 15 April is after the clocks go forward: still 6pm.
        assertThat(listed).contains("Tuesday 4 March, 6pm to 8pm", "Tuesday 15 April, 6pm to 8pm",
                "Tuesday 27 May, 6pm to 8pm", "0 coming, 0 not sure, 0 not coming");
        var id = jdbc.queryForObject("SELECT id FROM meeting WHERE forum_code = ? ORDER BY starts_at LIMIT 1",
                String.class, FORUM);
        assertThat(find(Anchor.class).id("agenda-" + id).getHref()).isEqualTo("staff/meetings/" + id + "/agenda");
        assertThat(find(Anchor.class).id("attendance-" + id).getHref())
                .isEqualTo("staff/meetings/" + id + "/attendance");
        assertThat(find(Anchor.class).id("edit-" + id).getHref()).isEqualTo("staff/meetings/" + id);
    }

    @Test
    void a_first_meeting_in_the_past_is_refused_and_what_was_typed_stays() {
        var before = meetings();
        var view = openNewSeries();
        fillDate("series", "31", "1", "2031");

        click("series-create");

        assertThat(summary()).contains("There is a problem", "The meeting must be in the future");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(field("series-day").isInvalid()).isTrue();
        assertThat(field("series-day").getValue()).isEqualTo("31");
        assertThat(find(TextArea.class).id("series-address").getValue()).isEqualTo("1 High Street");
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end_time() {
        var before = meetings();
        openNewSeries();
        test(field("series-start")).setValue("20:00");
        test(field("series-end")).setValue("18:00");

        click("series-create");

        assertThat(summary()).contains("The end time must be after the start time");
        assertThat(field("series-end").isInvalid()).isTrue();
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void an_interval_of_zero_or_less_is_refused_at_the_interval() {
        var before = meetings();
        openNewSeries();
        for (var weeks : new String[] {"0", "-6"}) {
            test(field("series-interval")).setValue(weeks);

            click("series-create");

            assertThat(summary()).contains("Enter a number of weeks between 1 and 52");
            assertThat(field("series-interval").isInvalid()).isTrue();
            assertThat(field("series-interval").getValue()).isEqualTo(weeks);
        }
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void a_date_or_time_that_is_not_one_is_refused_before_asking_the_service() {
        openNewSeries();
        fillDate("series", "30", "2", "2031");
        test(field("series-start")).setValue("six");

        click("series-create");

        assertThat(summary()).contains("Enter the date as numbers", "Enter the start time like 18:00");
        assertThat(field("series-day").isInvalid()).isTrue();
        assertThat(field("series-start").isInvalid()).isTrue();
    }

    @Test
    void no_venue_and_no_link_or_a_link_that_is_not_https_is_refused() {
        openNewSeries();
        test(find(TextArea.class).id("series-address")).setValue("");

        click("series-create");
        assertThat(summary()).contains("Enter a venue address or an online link");

        test(field("series-link")).setValue("http://meet.example.org/a");
        click("series-create");
        assertThat(summary()).contains("Enter an online link that starts with https://");
        assertThat(field("series-link").isInvalid()).isTrue();
    }

    @Test
    void a_coordinator_of_nothing_is_refused_on_every_page() {
        var id = series();
        forums.all().forEach(f -> stewards.unassign(f.code(), COORDINATOR));

        navigate("staff/meetings", StaffMeetingsView.class);
        assertThat(find(Paragraph.class).id("meetings-none").getText()).contains("You do not look after any forum");

        navigate("staff/meetings/new", NewSeriesView.class);
        assertThat(find(Paragraph.class).id("meetings-none").isVisible()).isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> "series-create".equals(b.getId().orElse("")));

        navigate("staff/meetings/" + id, EditMeetingView.class);
        assertThat(find(Paragraph.class).id("meeting-refused").getText()).contains("You do not look after this forum");
        assertThat(find(Button.class).all()).noneMatch(b -> "meeting-save".equals(b.getId().orElse("")));
    }

    @Test
    void moving_a_meeting_saves_it_and_tells_those_who_might_come() {
        var id = series();
        var member = TestMembers.member(context, "Cal", FORUM);
        rsvps.answer(member, id, RsvpAnswer.COMING);
        var sent = outbox.latest(10_000).size();
        navigate("staff/meetings/" + id, EditMeetingView.class);
        assertThat(field("meeting-start").getValue()).isEqualTo("18:00");
        assertThat(field("meeting-day").getValue()).isEqualTo("4");

        fillDate("meeting", "6", "3", "2031");
        test(field("meeting-start")).setValue("18:30");
        click("meeting-save");

        assertThat(find(Paragraph.class).id("meeting-status").getText())
                .isEqualTo("Your changes have been saved. We told 1 member who might come.");
        assertThat(outbox.latest(10_000)).hasSize(sent + 1);
        assertThat(outbox.latest(1).getFirst().body()).startsWith("Your group meeting on Tuesday 4 March has moved "
                + "to Thursday 6 March, 6:30pm to 8pm");
    }

    @Test
    void moving_a_meeting_into_the_past_is_refused() {
        var id = series();
        navigate("staff/meetings/" + id, EditMeetingView.class);
        fillDate("meeting", "1", "1", "2031");

        click("meeting-save");

        assertThat(summary()).contains("The meeting must be in the future");
        assertThat(field("meeting-day").isInvalid()).isTrue();
        assertThat(planner.forEditing(ADMIN, id).orElseThrow().startsAt()).isEqualTo(
                java.time.Instant.parse("2031-03-04T18:00:00Z"));
    }

    @Test
    void cancelling_asks_are_you_sure_first_and_tells_those_coming() {
        var id = series();
        var member = TestMembers.member(context, "Cal", FORUM);
        rsvps.answer(member, id, RsvpAnswer.NOT_SURE);
        navigate("staff/meetings/" + id, EditMeetingView.class);

        click("meeting-cancel");
        click("meeting-cancel-keep");
        assertThat(planner.forEditing(ADMIN, id).orElseThrow().cancelled()).isFalse();

        click("meeting-cancel");
        click("meeting-cancel-confirm");

        assertThat(planner.forEditing(ADMIN, id).orElseThrow().cancelled()).isTrue();
        assertThat(find(Paragraph.class).id("meeting-status").getText()).contains("cancelled", "1 member");
        assertThat(find(Paragraph.class).id("meeting-cancelled").isVisible()).isTrue();
        assertThat(outbox.latest(1).getFirst().body()).isEqualTo(
                "Your group meeting on Tuesday 4 March at 6pm is cancelled. Sign in to the website for details.");
    }

    @Test
    void a_second_coordinator_saving_over_a_change_is_told_and_overwrites_nothing() {
        var id = series();
        navigate("staff/meetings/" + id, EditMeetingView.class);
        var opened = planner.forEditing(ADMIN, id).orElseThrow();
        planner.change(ADMIN, id, new MeetingChange(LocalDate.of(2031, 3, 4), LocalTime.of(18, 0),
                LocalTime.of(20, 0), VENUE, 12, "The admin's notes", opened.version()));

        test(find(TextArea.class).id("meeting-notes")).setValue("My notes");
        click("meeting-save");

        assertThat(summary()).contains("Someone else changed this meeting");
        assertThat(planner.forEditing(ADMIN, id).orElseThrow().notes()).isEqualTo("The admin's notes");
        assertThat(find(TextArea.class).id("meeting-notes").getValue()).isEqualTo("My notes");
    }

    @Test
    void an_unknown_meeting_is_not_found() {
        UI.getCurrent().navigate("staff/meetings/" + UUID.randomUUID());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private UUID series() {
        return planner.createSeries(ADMIN, new SeriesPlan(FORUM, LocalDate.of(2031, 3, 4), LocalTime.of(18, 0),
                LocalTime.of(20, 0), 6, 1, VENUE, 12, null)).getFirst();
    }

    private NewSeriesView openNewSeries() {
        var view = navigate("staff/meetings/new", NewSeriesView.class);
        fillDate("series", "4", "3", "2031");
        test(find(TextArea.class).id("series-address")).setValue("1 High Street");
        return view;
    }

    private void fillDate(String prefix, String day, String month, String year) {
        test(field(prefix + "-day")).setValue(day);
        test(field(prefix + "-month")).setValue(month);
        test(field(prefix + "-year")).setValue(year);
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getTextRecursively();
    }

    private int meetings() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Integer.class);
    }
}
