package london.victimvoice.portal.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
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
import london.victimvoice.portal.meetings.MeetingAgendas;
import london.victimvoice.portal.meetings.MeetingTopics;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;

/** A member suggesting and voting on topics, and seeing the agenda once it is published. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(AgendaPagesConfig.class)
class TopicsViewTest extends SpringBrowserlessTest {

    private static final ForumManager ADMIN = new ForumManager("admin-ada", true);

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    MeetingTopics topics;

    @Autowired
    MeetingAgendas agendas;

    @Autowired
    JdbcTemplate jdbc;

    UUID meeting;
    UUID member;

    @BeforeEach
    void aMemberOfTheOpenForumSignedIn() {
        clock.set(AgendaPagesConfig.NOW);
        meeting = TestMeetings.create(context, "open", AgendaPagesConfig.MEETING);
        member = TestMembers.member(context, "Noor", "open");
        SignedInAs.participant(member);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_suggests_a_topic_and_it_shows_from_a_member_without_a_name() {
        var view = open();
        assertThat(view.getPageTitle()).startsWith("Topics for the meeting");
        assertThat(text()).contains("Meeting on Tuesday 18 March 2031, 6pm", "Nobody has suggested a topic yet");

        suggest("  Being kept informed after reporting ");

        assertThat(find(Paragraph.class).id("topic-status").getText()).isEqualTo(
                "Thank you. Your topic has been added to the list.");
        var listed = find(UnorderedList.class).id("topics").getElement().getTextRecursively();
        assertThat(listed).contains("Being kept informed after reporting", "From a member", "No votes")
                .doesNotContain("Noor");
        assertThat(find(TextArea.class).id("topic-text").getValue()).isEmpty();
    }

    @Test
    void a_suggestion_of_5000_characters_is_refused_at_the_field_and_kept() {
        var view = open();
        var long5000 = "a".repeat(5000);

        suggest(long5000);

        assertThat(summary()).contains("There is a problem", "Your topic must be 1,000 characters or fewer");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        var field = find(TextArea.class).id("topic-text");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getValue()).isEqualTo(long5000);
        assertThat(storedTopics()).isZero();
    }

    @Test
    void a_suggestion_with_a_script_tag_is_refused_with_a_plain_message() {
        open();

        suggest("Hello <script>alert('x')</script>");

        assertThat(summary()).contains("must not contain web page code such as <script>");
        assertThat(find(TextArea.class).id("topic-text").getErrorMessage()).startsWith("Your topic must not contain");
        assertThat(storedTopics()).isZero();
    }

    @Test
    void an_empty_suggestion_is_refused() {
        open();

        suggest("   ");

        assertThat(summary()).contains("Enter a topic");
        assertThat(storedTopics()).isZero();
    }

    @Test
    void a_member_votes_takes_the_vote_back_and_cannot_vote_twice() {
        var topic = topics.suggest(TestMembers.member(context, "Other", "open"), meeting, "Court updates");
        open();

        click("topic-vote-" + topic);
        assertThat(find(Paragraph.class).id("topic-status").getText()).isEqualTo("Your vote has been counted.");
        assertThat(find(UnorderedList.class).id("topics").getElement().getTextRecursively())
                .contains("1 vote", "You voted for this topic");

        click("topic-unvote-" + topic);
        assertThat(find(UnorderedList.class).id("topics").getElement().getTextRecursively()).contains("No votes");

        // A second tab still showing "Vote": the vote from the first tab is already counted.
        topics.vote(member, topic);
        click("topic-vote-" + topic);
        assertThat(summary()).contains("You have already voted for this topic");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_topic_vote WHERE topic_id = ?", Long.class,
                topic.toString())).isEqualTo(1);
    }

    @Test
    void the_agenda_shows_to_members_only_from_its_publish_moment() {
        TestMembers.member(context, "Coordinated", "open");
        agendas.addItem(ADMIN, meeting, "Welcome");
        agendas.addItem(ADMIN, meeting, "Court updates");
        var at = agendas.publish(ADMIN, meeting, 7);

        clock.set(at.minus(Duration.ofMinutes(1)));
        open();
        assertThat(find(Paragraph.class).id("agenda-not-published").getText()).contains("not ready yet");
        assertThat(find(OrderedList.class).all()).isEmpty();

        clock.set(at);
        open();
        assertThat(find(OrderedList.class).id("agenda-published").getElement().getTextRecursively())
                .isEqualTo("WelcomeCourt updates");
    }

    @Test
    void once_the_meeting_has_started_there_is_no_form_and_no_vote_buttons() {
        topics.suggest(member, meeting, "Court updates");
        clock.set(AgendaPagesConfig.MEETING);

        open();

        assertThat(find(Paragraph.class).id("topics-closed").isVisible()).isTrue();
        assertThat(find(TextArea.class).all()).as("no suggestion form").isEmpty();
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("topic-vote-"));
    }

    @Test
    void a_participant_of_another_forum_gets_page_not_found() {
        SignedInAs.participant(TestMembers.member(context, "Outsider", "lgbtq"));

        UI.getCurrent().navigate("meetings/" + meeting + "/topics");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void a_made_up_meeting_is_not_found_and_someone_signed_out_goes_to_sign_in() {
        UI.getCurrent().navigate("meetings/" + UUID.randomUUID() + "/topics");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("meetings/not-an-id/topics");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");

        SignedInAs.role(SignedInAs.ANONYMOUS);
        UI.getCurrent().navigate("meetings/" + meeting + "/topics");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SignInView");
    }

    private TopicsView open() {
        return navigate("meetings/" + meeting + "/topics", TopicsView.class);
    }

    private void suggest(String words) {
        test(find(TextArea.class).id("topic-text")).setValue(words);
        click("topic-suggest");
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).as("error summary shown").isTrue();
        return summary.getElement().getTextRecursively();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private long storedTopics() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting_topic WHERE meeting_id = ?", Long.class,
                meeting.toString());
    }
}
