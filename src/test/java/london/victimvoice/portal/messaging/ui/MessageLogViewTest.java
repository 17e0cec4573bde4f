package london.victimvoice.portal.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

/** The message log: where each message stands, with nothing about the person it went to. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class MessageLogViewTest extends SpringBrowserlessTest {

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsACoordinator() {
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    UUID queuedTo(UUID participant) {
        outbox.queue(NewMessage.to(participant, "waiting-list-offer",
                Map.of("forum", "Open forum", "accept_by", "Friday 5 March, 10am")));
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM outbox_message WHERE participant_id = ?"
                + " ORDER BY created_at DESC LIMIT 1", String.class, participant.toString()));
    }

    @Test
    void the_log_shows_template_version_channel_and_status_but_no_personal_details() {
        var participant = TestMembers.member(context, "Quinlan Logged", "open");
        var id = queuedTo(participant);
        jdbc.update("UPDATE outbox_message SET status = 'suppressed', reason = 'opted-out' WHERE id = ?", id.toString());
        var body = jdbc.queryForObject("SELECT body FROM outbox_message WHERE id = ?", String.class, id.toString());

        UI.getCurrent().navigate(MessageLogView.PATH);

        var table = find(NativeTable.class).id("message-log-table").getElement().getTextRecursively();
        assertThat(table).contains(id.toString().substring(0, 8), "A place has come up, version 1",
                "Suppressed: opted out");
        assertThat(table).doesNotContain(participant.toString(), "Quinlan", body, "+44", "@");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Message log – Victim Voice Forums");
    }

    @Test
    void needs_review_shows_only_messages_that_could_not_be_settled() {
        var settled = queuedTo(TestMembers.member(context, "Settled Person", "open"));
        var unsettled = queuedTo(TestMembers.member(context, "Unsettled Person", "open"));
        jdbc.update("UPDATE outbox_message SET status = 'technical-failure', reason = 'unsettled-needs-review',"
                + " needs_review = TRUE WHERE id = ?", unsettled.toString());

        UI.getCurrent().navigate(MessageLogView.PATH, QueryParameters.of("show", "review"));

        var table = find(NativeTable.class).id("message-log-table").getElement().getTextRecursively();
        assertThat(table).contains(unsettled.toString().substring(0, 8),
                "Technical failure: not known whether it was sent – needs review")
                .doesNotContain(settled.toString().substring(0, 8));
        assertThat(find(Anchor.class).id("message-log-review").getElement().getAttribute("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void with_nothing_to_review_it_says_so() {
        jdbc.update("UPDATE outbox_message SET needs_review = FALSE");

        UI.getCurrent().navigate(MessageLogView.PATH, QueryParameters.of("show", "review"));

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("No messages need review.");
        assertThat(find(NativeTable.class).all()).isEmpty();
    }
}
