package london.victimvoice.portal.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.StopLinks;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class StopEmailRemindersViewTest extends SpringBrowserlessTest {

    @Autowired
    StopLinks links;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void opening_the_link_changes_nothing_and_one_button_stops_reminders_by_email() {
        var member = TestMembers.member(context, "Rae", "open");
        var link = links.linkFor(member);

        UI.getCurrent().navigate(link.substring(link.indexOf("/messages/") + 1));

        assertThat($view(H1.class).single().getText()).isEqualTo("Stop reminders by email");
        assertThat(stoppedAt(member)).as("opening the link alone").isZero();

        test($view(Button.class).id("stop-reminders")).click();

        assertThat(stoppedAt(member)).isEqualTo(1);
        assertThat($view(Paragraph.class).id("stop-reminders-result").getText()).startsWith("Done.");
        assertThat($view(H1.class).single().getText()).doesNotContain("Rae");
    }

    @Test
    void a_forged_or_cut_link_says_it_does_not_work_and_stops_nothing() {
        var member = TestMembers.member(context, "Lee", "open");
        var link = links.linkFor(member);
        var token = link.substring(link.lastIndexOf('/') + 1);
        var forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        for (var bad : new String[] {forged, token.substring(0, 10), "not-base64-%%", UUID.randomUUID().toString()}) {
            UI.getCurrent().navigate("messages/stop-email-reminders/" + bad.replace("%", ""));
            assertThat($view(H1.class).single().getText()).isEqualTo("This link does not work");
            assertThat($view(Button.class).all()).noneMatch(b -> "stop-reminders".equals(b.getId().orElse("")));
        }
        assertThat(stoppedAt(member)).isZero();
    }

    private int stoppedAt(UUID member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message_preference WHERE participant_id = ?"
                + " AND email_reminders_stopped_at IS NOT NULL", Integer.class, member.toString());
    }
}
