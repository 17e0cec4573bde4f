package london.victimvoice.portal.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.AttendanceRecorded;
import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;

/** A coordinator marking attendance during a meeting, one member at a time or all at once. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(AgendaPagesConfig.class)
class AttendanceViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    ForumStewards stewards;

    @Autowired
    AgendaPagesConfig.Heard heard;

    @Autowired
    DevOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    UUID meeting;
    UUID ann;
    UUID ben;

    @BeforeEach
    void theCoordinatorOfTheOpenForumDuringItsMeeting() {
        // A forum of its own for this test class, so each test knows exactly who the members are.
        jdbc.update("DELETE FROM forum_request WHERE forum_code = 'disabilities'");
        clock.set(AgendaPagesConfig.MEETING.plus(Duration.ofMinutes(10)));
        stewards.assign("disabilities", "test-coordinator");
        meeting = TestMeetings.create(context, "disabilities", AgendaPagesConfig.MEETING);
        ann = TestMembers.member(context, "Ann", "disabilities");
        ben = TestMembers.member(context, "Ben", "disabilities");
        heard.events.clear();
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_member_is_marked_and_all_saved_at_once_with_an_event_each_and_no_message() {
        var view = open();
        var sent = outbox.latest(10_000).size();
        assertThat(view.getPageTitle()).startsWith("Attendance");
        assertThat(choice(ann).getLabel()).isEqualTo("Ann");
        assertThat(choice(ann).getValue()).isNull();

        test(choice(ann)).selectItem("Attended");
        test(choice(ben)).selectItem("Sent apologies");
        click("attendance-save-all");

        assertThat(find(Paragraph.class).id("attendance-status").getText()).isEqualTo("2 marks saved.");
        assertThat(heard.events).extracting(AttendanceRecorded::participantId, AttendanceRecorded::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ann, AttendanceStatus.ATTENDED),
                        org.assertj.core.groups.Tuple.tuple(ben, AttendanceStatus.SENT_APOLOGIES));
        assertThat(outbox.latest(10_000)).as("nobody is told").hasSize(sent);

        open();
        assertThat(choice(ann).getValue()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(choice(ben).getValue()).isEqualTo(AttendanceStatus.SENT_APOLOGIES);
    }

    @Test
    void one_member_is_saved_on_their_own_and_changed_later() {
        open();
        test(choice(ann)).selectItem("Absent");
        click("attendance-save-" + ann);
        assertThat(find(Paragraph.class).id("attendance-status").getText()).isEqualTo("1 mark saved.");

        clock.advance(Duration.ofDays(1));
        open();
        test(choice(ann)).selectItem("Attended");
        click("attendance-save-" + ann);

        assertThat(heard.events).hasSize(2);
        assertThat(heard.events.getLast().previous()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(heard.events.getLast().status()).isEqualTo(AttendanceStatus.ATTENDED);
    }

    @Test
    void saving_the_same_marks_again_changes_nothing_and_publishes_nothing() {
        open();
        test(choice(ann)).selectItem("Attended");
        click("attendance-save-all");
        heard.events.clear();

        click("attendance-save-all");

        assertThat(find(Paragraph.class).id("attendance-status").getText())
                .isEqualTo("Nothing changed: the marks were already saved.");
        assertThat(heard.events).isEmpty();
    }

    @Test
    void saving_a_member_with_no_choice_is_refused_at_their_question() {
        var view = open();

        click("attendance-save-" + ben);

        assertThat(summary()).contains("Choose attended, absent or sent apologies for Ben");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(choice(ben).isInvalid()).isTrue();
        assertThat(heard.events).isEmpty();
    }

    @Test
    void saving_all_with_nobody_marked_is_refused() {
        open();

        click("attendance-save-all");

        assertThat(summary()).contains("Mark at least one member before you save");
        assertThat(heard.events).isEmpty();
    }

    @Test
    void before_an_hour_ahead_of_the_start_the_page_says_when_it_opens() {
        clock.set(AgendaPagesConfig.MEETING.minus(Duration.ofHours(2)));

        open();

        assertThat(find(Paragraph.class).id("attendance-closed").getText())
                .isEqualTo("You can record attendance from Tuesday 18 March 2031, 5pm, an hour before the meeting starts.");
        assertThat(find(RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void a_cancelled_meeting_has_no_attendance_to_record() {
        TestMeetings.cancel(context, meeting);

        open();

        assertThat(find(Paragraph.class).id("attendance-closed").getText())
                .isEqualTo("This meeting was cancelled, so there is no attendance to record.");
        assertThat(find(RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void a_coordinator_of_another_forum_sees_only_that_they_do_not_look_after_it() {
        var elsewhere = TestMeetings.create(context, "lgbtq", AgendaPagesConfig.MEETING);

        navigate("staff/meetings/" + elsewhere + "/attendance", AttendanceView.class);

        assertThat(find(Paragraph.class).id("attendance-closed").getText())
                .isEqualTo("You do not look after this forum, so you cannot change it or its meetings. Ask an administrator if you should.");
        assertThat(find(RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void a_made_up_meeting_is_not_found() {
        UI.getCurrent().navigate("staff/meetings/" + UUID.randomUUID() + "/attendance");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private AttendanceView open() {
        return navigate("staff/meetings/" + meeting + "/attendance", AttendanceView.class);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<AttendanceStatus> choice(UUID participant) {
        return find(RadioButtonGroup.class).id("attendance-" + participant);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).as("error summary shown").isTrue();
        return summary.getElement().getTextRecursively();
    }
}
