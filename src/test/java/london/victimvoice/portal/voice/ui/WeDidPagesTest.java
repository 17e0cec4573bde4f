package london.victimvoice.portal.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.NewWeDid;
import london.victimvoice.portal.voice.WeDid;

/**
 * The "we did" pages with the real service: making an entry and every error at its field,
 * changing one (and being told when someone else saved first), partners reading only, members
 * seeing their forums' entries, and people's words shown as text on every page.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class WeDidPagesTest extends SpringBrowserlessTest {

    static final String COORDINATOR = "test-" + Roles.COORDINATOR.toLowerCase();
    static final ForumManager APPROVER = new ForumManager("approver-amy", true);
    static final String SCRIPT = "<script>alert('said')</script><b>bold</b>";

    @Autowired
    WeDid weDid;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        stewards.assign("lgbtq", COORDINATOR);
        stewards.unassign("open", COORDINATOR);
        jdbc.update("UPDATE forum SET capacity = 1000");
        jdbc.update("DELETE FROM voice_action_update");
        jdbc.update("DELETE FROM voice_action_insight");
        jdbc.update("DELETE FROM voice_action_forum");
        jdbc.update("DELETE FROM voice_action");
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        // The context is shared with other tests that count forums' coordinators.
        stewards.unassign("lgbtq", COORDINATOR);
        jdbc.update("UPDATE forum SET capacity = 12");
    }

    static NewWeDid entry(String forum, ActionStatus status, String reason) {
        return new NewWeDid("Letters after a report are hard to follow", "Rewrite the letters with members",
                ActionOwner.MOPAC, status, reason, LocalDate.of(2031, 3, 27), Set.of(forum), Set.of());
    }

    UUID signedOffInsight() {
        var question = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_question (id, title, prompt, guidance, opens_at, closes_at, created_by,"
                + " created_at, moderation, signed_off_by, signed_off_at) VALUES (?, 'After a report', 'Tell us', 'No names',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'cora', CURRENT_TIMESTAMP, 'signed-off', 'abe', CURRENT_TIMESTAMP)", question.toString());
        var insight = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_insight (id, question_id, title, summary, theme, created_by, created_at)"
                + " VALUES (?, ?, 'Letters are hard', 'Most found them hard', 'letters', 'mo', CURRENT_TIMESTAMP)",
                insight.toString(), question.toString());
        return insight;
    }

    @Test
    void a_coordinator_makes_an_entry_for_their_forum_and_sees_it_with_its_story() {
        var insight = signedOffInsight();
        var view = navigate(NewWeDidView.class);
        assertThat(view.getPageTitle()).isEqualTo("Add a \"you said, we did\" entry – Victim Voice Forums");
        assertThat(forums().getListDataView().getItems().toList()).as("only their forum").containsExactly("lgbtq");
        assertThat(forums().getValue()).containsExactly("lgbtq");
        assertThat(find(TextArea.class).withId("we-did-reason").all()).as("asked only for not possible").isEmpty();

        test(area("we-did-said")).setValue("The waiting room felt unsafe");
        test(area("we-did-will-do")).setValue("Ask the station to add a private room");
        test(owner()).selectItem("City of London Police");
        test(status()).selectItem("Not possible");
                test(area("we-did-reason")).setValue("The building is listed and cannot be changed");
        test(field("we-did-day")).setValue("27");
        test(field("we-did-month")).setValue("3");
        test(field("we-did-year")).setValue("2031");
        test(insights()).selectItem("Letters are hard (from the question \"After a report\")");
        click("we-did-save");

        assertThat(getCurrentView()).isInstanceOf(WeDidEntryView.class);
        assertThat(find(Paragraph.class).id("we-did-saved").getText()).isEqualTo("The entry has been saved.");
        var saved = weDid.all().getFirst();
        assertThat(saved.owner()).isEqualTo(ActionOwner.CITY_OF_LONDON);
        assertThat(saved.status()).isEqualTo(ActionStatus.NOT_POSSIBLE);
        assertThat(saved.statusReason()).isEqualTo("The building is listed and cannot be changed");
        assertThat(saved.dueOn()).isEqualTo(LocalDate.of(2031, 3, 27));
        assertThat(saved.insightIds()).containsExactly(insight);
        assertThat(area("we-did-said").getValue()).isEqualTo("The waiting room felt unsafe");
        assertThat(text()).contains("History", "Not possible", COORDINATOR);
    }

    @Test
    void an_empty_entry_shows_every_error_at_its_field_and_saves_nothing() {
        var view = navigate(NewWeDidView.class);
        test(forums()).deselectItem("LGBTQ+");
        test(status()).selectItem("Not possible");
        click("we-did-save");

        assertThat(summary()).containsExactly("Enter what people said", "Enter what will be done",
                "Choose who will do it", "Enter why it is not possible", "Choose at least one forum");
        assertThat(area("we-did-said").isInvalid()).isTrue();
        assertThat(area("we-did-reason").isInvalid()).isTrue();
        assertThat(forums().isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(weDid.all()).isEmpty();
    }

    @Test
    void a_date_that_does_not_exist_is_an_error_at_the_day_and_what_was_typed_stays() {
        navigate(NewWeDidView.class);
        test(area("we-did-said")).setValue("Said");
        test(area("we-did-will-do")).setValue(SCRIPT);
        test(field("we-did-day")).setValue("31");
        test(field("we-did-month")).setValue("2");
        test(field("we-did-year")).setValue("2031");
        click("we-did-save");

        assertThat(summary()).containsExactly(
                "Enter a real due date, for example 27 3 2027, or leave all three boxes empty");
        assertThat(field("we-did-day").isInvalid()).isTrue();
        assertThat(area("we-did-will-do").getValue()).isEqualTo(SCRIPT);

        test(field("we-did-day")).setValue("28");
        test(owner()).selectItem("The forum facilitator");
        test(status()).selectItem("Planned");
        click("we-did-save");
        assertThat(summary()).containsExactly("What will be done must be plain text, without web page code such as <script>");
        assertThat(weDid.all()).isEmpty();
    }

    @Test
    void a_change_of_status_with_a_note_is_added_to_the_history() {
        var id = weDid.create(new ForumManager(COORDINATOR, false), entry("lgbtq", ActionStatus.PLANNED, ""));
        UI.getCurrent().navigate("staff/we-did/" + id);
        test(status()).selectItem("In progress");
        test(area("we-did-note")).setValue("The first letters are being tested");
        click("we-did-save");

        assertThat(find(Paragraph.class).id("we-did-saved").getText()).startsWith("Your changes have been saved.");
        assertThat(weDid.find(id).orElseThrow().history()).hasSize(2);
        assertThat(text()).contains("The first letters are being tested", "In progress");
        assertThat(area("we-did-note").getValue()).isEmpty();
    }

    @Test
    void when_someone_else_saved_first_the_change_is_refused_and_what_was_typed_stays() {
        var id = weDid.create(new ForumManager(COORDINATOR, false), entry("lgbtq", ActionStatus.PLANNED, ""));
        UI.getCurrent().navigate("staff/we-did/" + id);
        test(area("we-did-will-do")).setValue("My careful new words");
        test(status()).selectItem("Done");
        weDid.change(APPROVER, id, 0, entry("lgbtq", ActionStatus.IN_PROGRESS, ""), "Someone else");

        click("we-did-save");

        assertThat(summary()).singleElement().asString().startsWith("Someone else saved this entry while you were");
        assertThat(area("we-did-will-do").getValue()).isEqualTo("My careful new words");
        assertThat(status().getValue()).isEqualTo(ActionStatus.DONE);
        var stored = weDid.find(id).orElseThrow();
        assertThat(stored.entry().status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(stored.entry().willDo()).isEqualTo("Rewrite the letters with members");
    }

    @Test
    void coordinators_see_every_entry_but_change_only_their_forums() {
        var theirs = weDid.create(APPROVER, entry("lgbtq", ActionStatus.PLANNED, ""));
        var other = weDid.create(APPROVER, entry("open", ActionStatus.DONE, ""));

        navigate(WeDidListView.class);
        assertThat(find(Anchor.class).id("we-did-add").getHref()).isEqualTo("staff/we-did/new");
        assertThat(find(Anchor.class).id("we-did-open-" + theirs).getHref()).isEqualTo("staff/we-did/" + theirs);
        assertThat(find(Anchor.class).id("we-did-open-" + other).getHref()).isEqualTo("staff/we-did/" + other);

        UI.getCurrent().navigate("staff/we-did/" + other);
        assertThat(find(Paragraph.class).id("we-did-read-only").getText()).startsWith("You can read this entry.");
        assertThat(find(Button.class).withId("we-did-save").all()).isEmpty();
        assertThat(find(TextArea.class).all()).isEmpty();

        UI.getCurrent().navigate("staff/we-did/" + theirs);
        assertThat(find(Button.class).withId("we-did-save").all()).hasSize(1);

        for (var path : List.of("staff/we-did/" + UUID.randomUUID(), "staff/we-did/not-an-entry")) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView().getClass().getSimpleName()).as(path).isEqualTo("NotFoundView");
        }
    }

    @Test
    void the_list_narrows_by_forum_and_status() {
        var planned = weDid.create(APPROVER, entry("lgbtq", ActionStatus.PLANNED, ""));
        var done = weDid.create(APPROVER, entry("open", ActionStatus.DONE, ""));

        UI.getCurrent().navigate("staff/we-did", QueryParameters.simple(Map.of("forum", "open")));
        assertThat(rows()).containsExactly("we-did-row-" + done);
        assertThat(find(Anchor.class).id("we-did-forum-open").getElement().getAttribute("aria-current")).isEqualTo("page");
        UI.getCurrent().navigate("staff/we-did", QueryParameters.simple(Map.of("status", "planned")));
        assertThat(rows()).containsExactly("we-did-row-" + planned);
        UI.getCurrent().navigate("staff/we-did", QueryParameters.simple(Map.of("forum", "open", "status", "planned")));
        assertThat(rows()).isEmpty();
        assertThat(find(Paragraph.class).id("we-did-none").getText()).isEqualTo("No entries match what you chose.");
        UI.getCurrent().navigate("staff/we-did", QueryParameters.simple(Map.of("forum", "nonsense", "status", "x")));
        assertThat(rows()).hasSize(2);
    }

    @Test
    void partners_read_every_entry_and_get_no_way_to_change_one() {
        var id = weDid.create(APPROVER, entry("lgbtq", ActionStatus.NOT_POSSIBLE, "No money this year"));
        weDid.create(APPROVER, entry("open", ActionStatus.DONE, ""));
        SignedInAs.role(Roles.PARTNER);

        navigate(WeDidListView.class);
        assertThat(rows()).hasSize(2);
        assertThat(find(Anchor.class).withId("we-did-add").all()).isEmpty();
        assertThat(text()).contains("Not possible: No money this year");

        UI.getCurrent().navigate("staff/we-did/" + id);
        assertThat(getCurrentView()).isInstanceOf(WeDidEntryView.class);
        assertThat(find(Button.class).all()).as("no buttons").noneMatch(b -> b.getId().orElse("").startsWith("we-did"));
        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(find(Paragraph.class).withId("we-did-read-only").all()).isEmpty();
        assertThat(text()).contains("No money this year", "Mayor’s Office for Policing and Crime (MOPAC)", "History");
    }

    @Test
    void members_see_their_forums_entries_in_plain_words_with_the_reason_and_no_staff_names() {
        var theirs = weDid.create(APPROVER, entry("lgbtq", ActionStatus.PLANNED, ""));
        weDid.change(APPROVER, theirs, 0, entry("lgbtq", ActionStatus.NOT_POSSIBLE, "The law does not allow it"),
                "We asked twice");
        var other = weDid.create(APPROVER, entry("open", ActionStatus.DONE, ""));
        var member = new TestPeople(signUps, approvals).approved(false, "lgbtq");
        SignedInAs.participant(member.id());

        var view = navigate(WeDidTrackerView.class);

        assertThat(view.getPageTitle()).isEqualTo("You said, we did: your groups – Victim Voice Forums");
        assertThat(find(com.vaadin.flow.component.html.Section.class).all()).extracting(s -> s.getId().orElseThrow())
                .containsExactly("we-did-entry-" + theirs);
        assertThat(text()).contains("You said: Letters after a report are hard to follow",
                "Rewrite the letters with members", "Mayor’s Office for Policing and Crime (MOPAC)", "Not possible",
                "The law does not allow it", "Thursday 27 March 2031", "Planned", "We asked twice")
                .doesNotContain("approver-amy", other.toString());

        var nobody = new TestPeople(signUps, approvals).approved(false, "women-and-girls");
        SignedInAs.participant(nobody.id());
        navigate(WeDidTrackerView.class);
        assertThat(find(Paragraph.class).id("we-did-tracker-none").getText()).startsWith("There is nothing here yet.");
    }

    @Test
    void anyone_but_a_signed_in_participant_is_sent_to_the_participant_sign_in() {
        for (var role : List.of(SignedInAs.ANONYMOUS, Roles.PARTNER, Roles.ADMIN)) {
            SignedInAs.role(role);
            UI.getCurrent().navigate("voice/we-did");
            assertThat(getCurrentView().getClass().getSimpleName()).as(role).isEqualTo("SignInView");
        }
    }

    @Test
    void script_in_what_was_said_and_will_be_done_is_shown_as_text_on_staff_partner_and_member_pages() {
        var id = weDid.create(APPROVER, entry("lgbtq", ActionStatus.NOT_POSSIBLE, "Reason"));
        weDid.change(APPROVER, id, 0, entry("lgbtq", ActionStatus.IN_PROGRESS, ""), "note");
        // Stored as if an older version had let it through, or typed straight into the database.
        jdbc.update("UPDATE voice_action SET said = ?, will_do = ?, status = 'not-possible', status_reason = ?",
                SCRIPT, SCRIPT, SCRIPT);
        jdbc.update("UPDATE voice_action_update SET note = ?", SCRIPT);
        var member = new TestPeople(signUps, approvals).approved(false, "lgbtq");

        var pages = new ArrayList<String>();
        for (var role : List.of(Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER)) {
            SignedInAs.role(role);
            for (var path : List.of("staff/we-did", "staff/we-did/" + id)) {
                UI.getCurrent().navigate(path);
                pages.add(role + " " + path);
                inert();
            }
        }
        SignedInAs.participant(member.id());
        UI.getCurrent().navigate("voice/we-did");
        inert();
        assertThat(text()).contains(SCRIPT);
        assertThat(pages).hasSize(6);
    }

    /** The words are on the page as text, and nothing on it is markup made from them. */
    private void inert() {
        var page = getCurrentView().getElement();
        assertThat(page.getTextRecursively() + values(page)).as(getCurrentView().getClass().getSimpleName())
                .contains("<script>alert('said')</script>");
        assertThat(elements(page).stream().filter(e -> !e.isTextNode())).noneMatch(e -> "script".equals(e.getTag()) || "b".equals(e.getTag())
                || e.hasProperty("innerHTML"));
    }

    private static String values(Element element) {
        var all = new StringBuilder(element.isTextNode() ? "" : String.valueOf(element.getProperty("value", "")));
        element.getChildren().forEach(child -> all.append(values(child)));
        return all.toString();
    }

    private static List<Element> elements(Element element) {
        var all = new ArrayList<Element>();
        all.add(element);
        element.getChildren().forEach(child -> all.addAll(elements(child)));
        return all;
    }

    private List<String> rows() {
        return find(com.vaadin.flow.component.html.NativeTableRow.class).all().stream()
                .map(r -> r.getId().orElse("")).filter(idText -> idText.startsWith("we-did-row-")).toList();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> forums() {
        return find(CheckboxGroup.class).id("we-did-forums");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Object> insights() {
        return find(CheckboxGroup.class).id("we-did-insights");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ActionOwner> owner() {
        return find(RadioButtonGroup.class).id("we-did-owner");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ActionStatus> status() {
        return find(RadioButtonGroup.class).id("we-did-status");
    }

    private TextArea area(String id) {
        return find(TextArea.class).id(id);
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
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
