package london.victimvoice.portal.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.assistance.AssistanceFixtures;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.AssistanceStatus;
import london.victimvoice.portal.assistance.SupportTiming;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.SignedInAs;

/** The participant's request pages with the real services: each form, each bad input, and who may open them. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class ParticipantRequestPagesTest extends SpringBrowserlessTest {

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssistanceRequests requests;

    AssistanceFixtures fixtures;
    AssistanceFixtures.Person member;
    UUID meeting;

    @BeforeEach
    void memberWithAMeetingNextWeek() {
        fixtures = new AssistanceFixtures(signUps, jdbc);
        member = fixtures.member("Rae", Set.of(AccessNeed.STEP_FREE_ACCESS, AccessNeed.LARGE_PRINT), "", "open");
        meeting = fixtures.meeting("open", nextWeek());
        SignedInAs.participant(member.id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void adjustments_start_from_the_sign_up_needs_and_the_request_then_shows_as_received() {
        var view = navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        assertThat(needs().getValue()).containsExactlyInAnyOrder(AccessNeed.STEP_FREE_ACCESS, AccessNeed.LARGE_PRINT);
        assertThat(find(Paragraph.class).id("meeting-when").getText()).startsWith("For the meeting on ")
                .contains(" to ");
        assertThat(view.getPageTitle()).isEqualTo("Ask for changes for a meeting – Victim Voice Forums");

        test(needs()).deselectItem("Large print");
        test(details()).setValue("A seat near the door");
        click("send-adjustments");

        assertThat(getCurrentView()).isInstanceOf(OwnRequestsView.class);
        assertThat(find(Paragraph.class).id("requests-status").getText()).startsWith("Your request has been sent.");
        assertThat(text()).contains("Adjustments", "Step-free access", "Received: nobody has picked it up yet")
                .doesNotContain("Large print");
        assertThat(fixtures.requestsOf(member.id())).isEqualTo(1);
    }

    @Test
    void asking_for_nothing_is_an_error_at_the_needs_and_saves_nothing() {
        var view = navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        test(needs()).deselectItem("Step-free access");
        test(needs()).deselectItem("Large print");

        click("send-adjustments");

        assertThat(needs().isInvalid()).isTrue();
        assertThat(summary()).containsExactly("Tick at least one thing that would help, or tell us in your own words");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void too_many_words_are_an_error_at_the_field_and_what_was_typed_stays() {
        navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        var typed = "x".repeat(AssistanceRequests.DETAILS_MAX_LENGTH + 1);
        test(details()).setValue(typed);

        click("send-adjustments");

        assertThat(details().isInvalid()).isTrue();
        assertThat(details().getErrorMessage()).isEqualTo("What you wrote must be 500 characters or fewer");
        assertThat(details().getValue()).isEqualTo(typed);
        assertThat(needs().getValue()).hasSize(2);
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void markup_in_the_words_is_refused_with_a_plain_message() {
        navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        test(details()).setValue("<script>alert('hi')</script>");

        click("send-adjustments");

        assertThat(details().isInvalid()).isTrue();
        assertThat(summary()).singleElement().asString().startsWith("What you wrote must not contain HTML");
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void something_else_needs_their_own_words() {
        navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        test(needs()).selectItem("Something else");

        click("send-adjustments");

        assertThat(details().isInvalid()).isTrue();
        assertThat(summary()).singleElement().asString().startsWith("You ticked “Something else”");
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void support_is_asked_with_a_choice_of_before_or_after() {
        navigate("meetings/" + meeting + "/support", SupportRequestView.class);
        test(timing()).selectItem("After the meeting");
        test(note()).setValue("Evenings are easier");

        click("send-support");

        assertThat(getCurrentView()).isInstanceOf(OwnRequestsView.class);
        assertThat(text()).contains("Support", "After the meeting", "Received: nobody has picked it up yet");
    }

    @Test
    void support_without_a_choice_is_an_error_at_the_choice_and_the_note_stays() {
        var view = navigate("meetings/" + meeting + "/support", SupportRequestView.class);
        test(note()).setValue("Please call first");

        click("send-support");

        assertThat(timing().isInvalid()).isTrue();
        assertThat(summary()).containsExactly("Choose when you would like to talk to someone");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(note().getValue()).isEqualTo("Please call first");
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void a_support_note_too_long_or_with_markup_is_an_error_at_the_note() {
        navigate("meetings/" + meeting + "/support", SupportRequestView.class);
        test(timing()).selectItem("Before the meeting");
        test(note()).setValue("y".repeat(AssistanceRequests.DETAILS_MAX_LENGTH + 1));
        click("send-support");
        assertThat(note().getErrorMessage()).isEqualTo("What you wrote must be 500 characters or fewer");

        test(note()).setValue("<b>call me</b>");
        click("send-support");
        assertThat(summary()).singleElement().asString().startsWith("What you wrote must not contain HTML");
        assertThat(note().isInvalid()).isTrue();
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void another_forums_meeting_or_a_made_up_address_is_page_not_found() {
        var elsewhere = fixtures.meeting("women-and-girls", nextWeek());

        for (var path : List.of("meetings/" + elsewhere + "/adjustments", "meetings/" + elsewhere + "/support",
                "meetings/" + UUID.randomUUID() + "/support", "meetings/not-a-meeting/adjustments")) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView().getClass().getSimpleName()).as(path).isEqualTo("NotFoundView");
        }
    }

    @Test
    void a_cancelled_or_started_meeting_says_so_and_shows_no_form() {
        fixtures.cancel(meeting);
        navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        assertThat(find(Paragraph.class).id("meeting-refused").getText()).startsWith("This meeting has been cancelled");
        assertThat(find(Button.class).withId("send-adjustments").all()).as("no form").isEmpty();

        var started = fixtures.meeting("open", Instant.now().minus(Duration.ofMinutes(5)));
        navigate("meetings/" + started + "/support", SupportRequestView.class);
        assertThat(find(Paragraph.class).id("meeting-refused").getText()).startsWith("This meeting has already started");
        assertThat(find(RadioButtonGroup.class).all()).as("no form").isEmpty();
        assertThat(find(Button.class).withId("send-support").all()).as("no form").isEmpty();
    }

    @Test
    void a_meeting_cancelled_while_the_form_is_open_is_explained_and_saves_nothing() {
        navigate("meetings/" + meeting + "/adjustments", AdjustmentsView.class);
        fixtures.cancel(meeting);

        click("send-adjustments");

        assertThat(find(Paragraph.class).id("meeting-refused").getText()).startsWith("This meeting has been cancelled");
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void anyone_but_a_signed_in_participant_is_sent_to_the_participant_sign_in() {
        for (var role : List.of(SignedInAs.ANONYMOUS, "SUPPORT", "ADMIN")) {
            SignedInAs.role(role);
            for (var path : List.of("meetings/" + meeting + "/adjustments", "meetings/" + meeting + "/support",
                    "account/requests")) {
                UI.getCurrent().navigate(path);
                assertThat(getCurrentView().getClass().getSimpleName()).as(path + " as " + role).isEqualTo("SignInView");
            }
        }
    }

    @Test
    void the_own_requests_page_shows_status_in_plain_words_and_never_staff_notes() {
        var id = requests.askForSupport(member.id(), meeting, SupportTiming.EITHER, "");
        var seen = requests.open(id, "support-sam");
        requests.changeStatus(id, seen.version(), AssistanceStatus.IN_PROGRESS, "support-sam");
        requests.addNote(id, "support-sam", "Left a voicemail on Tuesday");

        navigate(OwnRequestsView.class);

        assertThat(text()).contains("Someone is working on it", "Before or after, either is fine")
                .doesNotContain("voicemail", "support-sam");
        assertThat(find(Paragraph.class).withId("requests-status").all()).as("no 'sent' message").isEmpty();
    }

    @Test
    void with_no_requests_the_page_says_so_and_the_account_page_links_to_it() {
        navigate(OwnRequestsView.class);
        assertThat(text()).contains("You have not asked for anything yet.");

        UI.getCurrent().navigate("account");
        assertThat(find(Anchor.class).id("your-requests").getHref()).isEqualTo("account/requests");
    }

    private static Instant nextWeek() {
        return Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<AccessNeed> needs() {
        return find(CheckboxGroup.class).id("adjustment-needs");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<SupportTiming> timing() {
        return find(RadioButtonGroup.class).id("support-timing");
    }

    private TextArea details() {
        return find(TextArea.class).id("adjustment-details");
    }

    private TextArea note() {
        return find(TextArea.class).id("support-note");
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private List<String> summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getChildren().filter(e -> "ul".equals(e.getTag()))
                .flatMap(ul -> ul.getChildren()).map(li -> li.getTextRecursively()).toList();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
