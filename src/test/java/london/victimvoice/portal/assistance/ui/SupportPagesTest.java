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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
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
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

/** The SUPPORT queue and a request's page with the real services: status, notes, each bad input, the audit. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class SupportPagesTest extends SpringBrowserlessTest {

    /** What SignedInAs names a SUPPORT worker. */
    private static final String WORKER = "test-support";

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssistanceRequests requests;

    AssistanceFixtures fixtures;
    AssistanceFixtures.Person member;
    UUID request;

    @BeforeEach
    void aRequestWaiting() {
        fixtures = new AssistanceFixtures(signUps, jdbc);
        member = fixtures.member("Sol", Set.of(AccessNeed.QUIET_ROOM), "Say you are from the library", "lgbtq");
        var meeting = fixtures.meeting("lgbtq", Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS));
        request = requests.askForAdjustments(member.id(), meeting, Set.of(AccessNeed.QUIET_ROOM), "Low lighting please");
        SignedInAs.role(Roles.SUPPORT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_queue_lists_new_requests_without_personal_details_and_filters_by_status() {
        navigate(SupportQueueView.class);

        var table = find(NativeTable.class).single().getElement().getTextRecursively();
        assertThat(table).contains("Adjustments", "LGBTQ+", "New").doesNotContain("Sol", "Low lighting",
                member.phone());
        assertThat(find(Anchor.class).id("open-" + request).getHref()).isEqualTo("staff/support/" + request);

        test(status()).selectItem("Done");
        assertThat(find(Anchor.class).withId("open-" + request).all()).isEmpty();
        requests.changeStatus(request, requests.open(request, "support-kay").version(), AssistanceStatus.DONE,
                "support-kay");
        test(status()).selectItem("All");
        test(status()).selectItem("Done");
        assertThat(find(Anchor.class).id("open-" + request)).isNotNull();
    }

    @Test
    void opening_a_request_shows_how_to_contact_them_safely_and_is_audited() {
        var before = fixtures.auditLines(member.id(), WORKER);

        navigate("staff/support/" + request, SupportRequestDetailView.class);

        assertThat(fixtures.auditLines(member.id(), WORKER)).isEqualTo(before + 1);
        var contact = find(com.vaadin.flow.component.html.DescriptionList.class).id("request-contact")
                .getElement().getTextRecursively();
        assertThat(contact).contains("Sol", "Text message", member.phone(), "Tuesday, Thursday",
                "Evening (5pm to 8pm)", "Say you are from the library", "Keep messages discreet")
                .doesNotContain(member.email());
        assertThat(find(com.vaadin.flow.component.html.DescriptionList.class).id("request-asked").getElement()
                .getTextRecursively()).contains("A quiet room", "Low lighting please", "LGBTQ+");
        assertThat(find(H1.class).single().getText()).isEqualTo("Adjustments request");
    }

    @Test
    void a_worker_moves_the_request_on_and_adds_notes() {
        navigate("staff/support/" + request, SupportRequestDetailView.class);

        test(status()).selectItem("In progress");
        test(find(Button.class).id("change-status")).click();
        assertThat(message()).isEqualTo("The status is now: In progress.");
        assertThat(requests.ownRequests(member.id()).getFirst().status()).isEqualTo(AssistanceStatus.IN_PROGRESS);

        test(note()).setValue("Booked the small room");
        test(find(Button.class).id("add-note")).click();
        assertThat(message()).isEqualTo("Your note has been added.");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("request-notes").getElement()
                .getTextRecursively()).contains("Booked the small room", WORKER);
        assertThat(note().getValue()).isEmpty();

        test(status()).selectItem("New");
        test(find(Button.class).id("change-status")).click();
        assertThat(requests.ownRequests(member.id()).getFirst().status()).as("and back").isEqualTo(AssistanceStatus.NEW);
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_explained_and_not_overwritten() {
        var view = navigate("staff/support/" + request, SupportRequestDetailView.class);
        requests.changeStatus(request, requests.open(request, "support-kay").version(), AssistanceStatus.DONE,
                "support-kay");

        test(status()).selectItem("In progress");
        test(find(Button.class).id("change-status")).click();

        assertThat(summary()).singleElement().asString().startsWith("Someone else changed this request");
        assertThat(status().isInvalid()).isTrue();
        assertThat(status().getValue()).as("the other worker's change is shown").isEqualTo(AssistanceStatus.DONE);
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(requests.ownRequests(member.id()).getFirst().status()).isEqualTo(AssistanceStatus.DONE);
    }

    @Test
    void an_empty_long_or_marked_up_note_is_an_error_at_the_note_and_adds_nothing() {
        var view = navigate("staff/support/" + request, SupportRequestDetailView.class);

        test(find(Button.class).id("add-note")).click();
        assertThat(summary()).containsExactly("Enter a note");
        assertThat(view.getPageTitle()).startsWith("Error: ");

        var tooLong = "n".repeat(AssistanceRequests.NOTE_MAX_LENGTH + 1);
        test(note()).setValue(tooLong);
        test(find(Button.class).id("add-note")).click();
        assertThat(summary()).containsExactly("The note must be 1,000 characters or fewer");
        assertThat(note().getValue()).as("what was typed stays").isEqualTo(tooLong);

        test(note()).setValue("<script>alert(1)</script>");
        test(find(Button.class).id("add-note")).click();
        assertThat(note().isInvalid()).isTrue();
        assertThat(summary()).singleElement().asString().startsWith("The note must not contain HTML");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assistance_note WHERE request_id = ?", Integer.class,
                request.toString())).isZero();
    }

    @Test
    void an_unknown_request_says_so() {
        for (var id : List.of(UUID.randomUUID().toString(), "nonsense")) {
            navigate("staff/support/" + id, SupportRequestDetailView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("There is no such request");
            assertThat(find(Button.class).withId("change-status").all()).isEmpty();
        }
    }

    @Test
    void a_worker_sees_an_adjustment_and_a_support_request_alike() {
        var support = requests.askForSupport(member.id(), fixtures.meeting("lgbtq",
                Instant.now().plus(Duration.ofDays(3))), SupportTiming.BEFORE, "");

        navigate("staff/support/" + support, SupportRequestDetailView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Support request");
        assertThat(find(com.vaadin.flow.component.html.DescriptionList.class).id("request-asked").getElement()
                .getTextRecursively()).contains("Before the meeting", "None");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> status() {
        return find(RadioButtonGroup.class).single();
    }

    private TextArea note() {
        return find(TextArea.class).id("note-text");
    }

    private String message() {
        return find(Paragraph.class).id("request-message").getText();
    }

    private List<String> summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getChildren().filter(e -> "ul".equals(e.getTag()))
                .flatMap(ul -> ul.getChildren()).map(li -> li.getTextRecursively()).toList();
    }
}
