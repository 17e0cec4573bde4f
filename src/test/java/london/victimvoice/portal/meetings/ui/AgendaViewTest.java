package london.victimvoice.portal.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.MeetingAgendas;
import london.victimvoice.portal.meetings.MeetingTopics;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;

/** A coordinator building, ordering and publishing a meeting's agenda, and every refusal on the way. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(AgendaPagesConfig.class)
class AgendaViewTest extends SpringBrowserlessTest {

    private static final String COORDINATOR = "test-coordinator";

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    MeetingTopics topics;

    @Autowired
    MeetingAgendas agendas;

    @Autowired
    ForumStewards stewards;

    UUID meeting;
    UUID ann;
    UUID ben;

    @BeforeEach
    void theCoordinatorOfTheOpenForumSignedIn() {
        clock.set(AgendaPagesConfig.NOW);
        stewards.assign("open", COORDINATOR);
        meeting = TestMeetings.create(context, "open", AgendaPagesConfig.MEETING);
        ann = TestMembers.member(context, "Ann", "open");
        ben = TestMembers.member(context, "Ben", "open");
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void suggestions_show_most_votes_first_and_are_added_to_the_agenda() {
        var quiet = topics.suggest(ann, meeting, "Police letters");
        var popular = topics.suggest(ben, meeting, "Court updates");
        topics.vote(ann, popular);
        topics.vote(ben, popular);
        var view = open();
        assertThat(view.getPageTitle()).startsWith("Meeting agenda");
        assertThat(find(Paragraph.class).withClassName("caption").single().getText())
                .isEqualTo("Open forum: meeting on Tuesday 18 March 2031, 6pm");

        var rows = find(NativeTable.class).id("agenda-suggestions").getElement().getTextRecursively();
        assertThat(rows.indexOf("Court updates")).isLessThan(rows.indexOf("Police letters"));
        assertThat(rows).doesNotContain("Ann", "Ben");

        click("agenda-add-topic-" + popular);
        click("agenda-add-topic-" + quiet);

        assertThat(items()).containsExactly("Court updatesSuggested by a member", "Police lettersSuggested by a member");
        assertThat(find(NativeTable.class).id("agenda-suggestions").getElement().getTextRecursively())
                .contains("On the agenda");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("agenda-add-topic-"));
    }

    @Test
    void own_items_are_added_moved_up_and_down_and_removed_after_confirming() {
        open();
        addItem("Welcome");
        addItem("Court updates");
        addItem("Any other business");
        assertThat(find(TextArea.class).id("agenda-item-text").getValue()).isEmpty();
        var ids = agendas.board(coordinator(), meeting).items().stream().map(i -> i.id()).toList();

        // The first item has no "Move up", the last no "Move down".
        assertThat(find(Button.class).all()).extracting(b -> b.getId().orElse(""))
                .doesNotContain("agenda-up-" + ids.get(0), "agenda-down-" + ids.get(2));
        click("agenda-down-" + ids.get(0));
        assertThat(items()).containsExactly("Court updates", "Welcome", "Any other business");
        click("agenda-up-" + ids.get(2));
        assertThat(items()).containsExactly("Court updates", "Any other business", "Welcome");

        click("agenda-remove-" + ids.get(1));
        click("agenda-remove-cancel");
        assertThat(items()).hasSize(3);
        click("agenda-remove-" + ids.get(1));
        click("agenda-remove-confirm");
        assertThat(items()).containsExactly("Any other business", "Welcome");
        assertThat(find(Paragraph.class).id("agenda-status").getText()).isEqualTo("Item removed from the agenda.");
    }

    @Test
    void an_empty_item_is_refused_at_the_field() {
        var view = open();

        addItem("  ");

        assertThat(summary()).contains("Enter an agenda item");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(find(TextArea.class).id("agenda-item-text").isInvalid()).isTrue();
        assertThat(find(OrderedList.class).all()).isEmpty();
    }

    @Test
    void an_over_long_item_is_refused_and_what_was_typed_is_kept() {
        open();
        var typed = "x".repeat(1001);

        addItem(typed);

        assertThat(summary()).contains("The agenda item must be 1,000 characters or fewer");
        assertThat(find(TextArea.class).id("agenda-item-text").getValue()).isEqualTo(typed);
        assertThat(find(OrderedList.class).all()).isEmpty();
    }

    @Test
    void an_item_with_markup_is_refused() {
        open();

        addItem("<script>alert(1)</script>");

        assertThat(summary()).contains("must not contain web page code such as <script>");
        assertThat(find(OrderedList.class).all()).isEmpty();
    }

    @Test
    void publishing_a_set_number_of_days_before_says_from_when_members_see_it() {
        open();
        addItem("Welcome");

        test(days()).setValue("3");
        click("agenda-publish");

        assertThat(find(Paragraph.class).id("agenda-publish-state").getText())
                .isEqualTo("Members will see this agenda from Saturday 15 March 2031, 6pm.");
        assertThat(agendas.board(coordinator(), meeting).publishDaysBefore()).isEqualTo(3);

        click("agenda-publish-now");
        assertThat(find(Paragraph.class).id("agenda-publish-state").getText())
                .startsWith("Members can see this agenda.");
        click("agenda-unpublish");
        assertThat(find(Paragraph.class).id("agenda-publish-state").getText())
                .isEqualTo("Members cannot see this agenda yet.");
    }

    @Test
    void the_days_default_to_7() {
        open();

        assertThat(days().getValue()).isEqualTo("7");
    }

    @Test
    void negative_absurd_or_non_numeric_days_are_refused_at_the_field_and_kept() {
        open();
        addItem("Welcome");

        for (var bad : List.of("-1", "1000", "a week")) {
            test(days()).setValue(bad);
            click("agenda-publish");

            assertThat(summary()).as(bad).contains("Enter a whole number of days from 0 to 90");
            assertThat(days().isInvalid()).isTrue();
            assertThat(days().getValue()).isEqualTo(bad);
        }
        assertThat(agendas.board(coordinator(), meeting).publishAt()).isNull();
    }

    @Test
    void publishing_an_empty_agenda_is_refused() {
        open();

        click("agenda-publish-now");

        assertThat(summary()).contains("Add at least one item before you publish the agenda");
        assertThat(agendas.board(coordinator(), meeting).publishAt()).isNull();
    }

    @Test
    void a_coordinator_of_another_forum_sees_only_that_they_do_not_look_after_it() {
        var elsewhere = TestMeetings.create(context, "lgbtq", AgendaPagesConfig.MEETING);

        navigate("staff/meetings/" + elsewhere + "/agenda", AgendaView.class);

        assertThat(find(Paragraph.class).id("agenda-status").getText())
                .isEqualTo("You do not look after this forum, so you cannot change it or its meetings. Ask an administrator if you should.");
        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("agenda-"));
    }

    @Test
    void a_made_up_meeting_is_not_found() {
        UI.getCurrent().navigate("staff/meetings/" + UUID.randomUUID() + "/agenda");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private AgendaView open() {
        return navigate("staff/meetings/" + meeting + "/agenda", AgendaView.class);
    }

    private static ForumManager coordinator() {
        return new ForumManager(COORDINATOR, false);
    }

    private void addItem(String words) {
        test(find(TextArea.class).id("agenda-item-text")).setValue(words);
        click("agenda-item-add");
    }

    private TextField days() {
        return find(TextField.class).id("agenda-publish-days");
    }

    private List<String> items() {
        return find(OrderedList.class).id("agenda-items").getChildren().filter(ListItem.class::isInstance)
                .map(li -> {
                    var words = li.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText())
                            .toList();
                    return String.join("", words);
                }).toList();
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
