package london.victimvoice.portal.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.meetings.MeetingPlace;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.SeriesPlan;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;

/** A member's meetings list and one meeting: answers, when the address shows, and every refusal. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(MeetingPagesConfig.class)
class MemberMeetingPagesTest extends SpringBrowserlessTest {

    static final String FORUM = "black-communities";
    static final ForumManager ADMIN = new ForumManager("admin-ada", true);
    /** Tuesday 4 March 2031, 6pm to 8pm London time (GMT). */
    static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    MeetingPlanner planner;

    @Autowired
    JdbcTemplate jdbc;

    UUID meeting;
    UUID member;

    @BeforeEach
    void aMemberSignedIn() {
        clock.set(MeetingPagesConfig.NOW);
        meeting = planner.createSeries(ADMIN, new SeriesPlan(FORUM, DAY, LocalTime.of(18, 0), LocalTime.of(20, 0), 6,
                1, new MeetingPlace("1 High Street", true, true, "Angel", "https://meet.example.org/abc"), 12,
                "Tea and biscuits")).getFirst();
        member = TestMembers.member(context, "Noor", FORUM);
        SignedInAs.participant(member);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_list_shows_when_where_access_and_my_answer_in_plain_words() {
        navigate("meetings", MyMeetingsView.class);

        var card = find(Div.class).id("meeting-" + meeting).getElement().getTextRecursively();
        assertThat(card).contains("Tuesday 4 March, 6pm to 8pm", "In person, near Angel", "Step-free access",
                "Hearing loop", "Nearest station: Angel", "Your answer: Not answered yet")
                .doesNotContain("High Street").doesNotContain("meet.example.org");
    }

    @Test
    void a_cancelled_meeting_is_marked_and_cannot_be_answered() {
        planner.cancel(ADMIN, meeting, planner.forEditing(ADMIN, meeting).orElseThrow().version());

        navigate("meetings", MyMeetingsView.class);
        assertThat(find(Div.class).id("meeting-" + meeting).getElement().getTextRecursively()).contains("Cancelled");

        navigate("meetings/" + meeting, MeetingView.class);
        assertThat(find(Paragraph.class).id("meeting-cancelled").getText()).isEqualTo("This meeting is cancelled.");
        assertThat(find(Button.class).all()).noneMatch(b -> "rsvp-save".equals(b.getId().orElse("")));
    }

    @Test
    void a_member_answers_coming_and_sees_the_address_and_link_only_from_seven_days_before() {
        navigate("meetings/" + meeting, MeetingView.class);
        assertThat(find(Paragraph.class).id("meeting-when").getText()).isEqualTo("Tuesday 4 March, 6pm to 8pm");
        assertThat(find(Paragraph.class).id("meeting-notes").getText()).isEqualTo("Tea and biscuits");
        assertThat(find(Paragraph.class).id("meeting-details-later").getText())
                .contains("If you say you are coming", "Tuesday 25 February");

        answer("Coming");

        assertThat(find(Paragraph.class).id("rsvp-status").getText()).isEqualTo("Your answer has been saved.");
        assertThat(find(Paragraph.class).id("meeting-details-later").getText())
                .isEqualTo("We will show you the address and the online link here from Tuesday 25 February.");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> "meeting-address".equals(p.getId().orElse("")));
        assertThat(jdbc.queryForObject("SELECT answer FROM meeting_rsvp WHERE participant_id = ?", String.class,
                member.toString())).isEqualTo("COMING");

        clock.set(Instant.parse("2031-02-26T09:00:00Z"));
        navigate("meetings/" + meeting, MeetingView.class);
        assertThat(find(Paragraph.class).id("meeting-address").getText()).isEqualTo("Address: 1 High Street");
        assertThat(find(Anchor.class).id("meeting-link").getHref()).isEqualTo("https://meet.example.org/abc");
        assertThat(find(RadioButtonGroup.class).id("rsvp-answer").getValue()).hasToString("COMING");

        answer("Not coming");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> "meeting-address".equals(p.getId().orElse("")));
    }

    @Test
    void saving_without_an_answer_is_refused_at_the_radios() {
        var view = navigate("meetings/" + meeting, MeetingView.class);

        test(find(Button.class).id("rsvp-save")).click();

        assertThat(summary()).contains("Select whether you are coming");
        assertThat(view.getPageTitle()).startsWith("Error: ");
    }

    @Test
    void answering_a_meeting_cancelled_while_the_page_was_open_is_refused_with_a_clear_message() {
        navigate("meetings/" + meeting, MeetingView.class);
        planner.cancel(ADMIN, meeting, planner.forEditing(ADMIN, meeting).orElseThrow().version());

        answer("Coming");

        assertThat(summary()).contains("This meeting is cancelled, so you cannot answer");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_rsvp WHERE participant_id = ?", Integer.class,
                member.toString())).isZero();
    }

    @Test
    void answering_a_finished_meeting_is_refused_with_a_clear_message() {
        navigate("meetings/" + meeting, MeetingView.class);
        clock.set(Instant.parse("2031-03-04T21:00:00Z"));

        answer("Not sure yet");

        assertThat(summary()).contains("This meeting has finished, so you cannot answer now");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_rsvp WHERE participant_id = ?", Integer.class,
                member.toString())).isZero();
    }

    @Test
    void another_forums_meeting_opened_by_its_address_is_not_found() {
        var other = planner.createSeries(ADMIN, new SeriesPlan("open", DAY, LocalTime.of(18, 0), LocalTime.of(20, 0),
                6, 1, new MeetingPlace(null, false, false, null, "https://meet.example.org/x"), 12, null)).getFirst();

        UI.getCurrent().navigate("meetings/" + other);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("meetings/not-an-id");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");

        navigate("meetings", MyMeetingsView.class);
        assertThat(find(Div.class).all()).noneMatch(d -> ("meeting-" + other).equals(d.getId().orElse("")));
    }

    @Test
    void the_meeting_page_links_to_the_calendar_file_adjustments_support_and_topics() {
        navigate("meetings/" + meeting, MeetingView.class);

        var calendar = find(Anchor.class).id("add-to-calendar");
        assertThat(calendar.getElement().hasAttribute("download")).isTrue();
        assertThat(calendar.getHref()).isNotBlank();
        assertThat(find(Anchor.class).id("ask-adjustments").getHref()).isEqualTo("meetings/" + meeting + "/adjustments");
        assertThat(find(Anchor.class).id("ask-support").getHref()).isEqualTo("meetings/" + meeting + "/support");
        assertThat(find(Anchor.class).id("suggest-topic").getHref()).isEqualTo("meetings/" + meeting + "/topics");
    }

    @Test
    void the_account_page_links_to_your_meetings() {
        UI.getCurrent().navigate("account");

        assertThat(find(Anchor.class).id("your-meetings").getHref()).isEqualTo("meetings");
    }

    @Test
    void someone_not_signed_in_is_sent_to_sign_in() {
        SignedInAs.role(SignedInAs.ANONYMOUS);

        UI.getCurrent().navigate("meetings/" + meeting);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SignInView");
    }

    @SuppressWarnings("unchecked")
    private void answer(String label) {
        test((RadioButtonGroup<Object>) find(RadioButtonGroup.class).id("rsvp-answer")).selectItem(label);
        test(find(Button.class).id("rsvp-save")).click();
    }

    private String summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getTextRecursively();
    }
}
