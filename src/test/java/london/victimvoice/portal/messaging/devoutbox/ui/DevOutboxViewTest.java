package london.victimvoice.portal.messaging.devoutbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.Messenger;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
// A fresh context, so its in-memory outbox is empty for the first test.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevOutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    Messenger messenger;

    @Autowired
    DevOutbox outbox;

    @BeforeEach
    void signInAsCoordinator() {
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
    void an_empty_outbox_says_so_instead_of_showing_an_empty_table() {
        UI.getCurrent().navigate("staff/dev-outbox");

        assertThat(getCurrentView()).isInstanceOf(DevOutboxView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Dev outbox");
        assertThat($view(Paragraph.class).all()).extracting(Paragraph::getText).contains(
                "There are no messages yet. When the portal sends a text message or an email, you’ll see it here.");
        assertThat($view(NativeTable.class).all()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Dev outbox – Victim Voice Forums");
    }

    @Test
    @Order(2)
    void kept_messages_are_listed_newest_first_with_london_time() {
        messenger.send(OutgoingMessage.sms("+447700900123", "Your forum meets on Tuesday."));
        messenger.send(OutgoingMessage.email("alex@example.org", "Welcome", "Welcome to the forum."));
        var newest = outbox.latest(1).getFirst();

        UI.getCurrent().navigate("staff/dev-outbox");

        var table = $view(NativeTable.class).single();
        assertThat(table.getCaptionText()).isEqualTo("Messages in the dev outbox, newest first");
        var head = table.getHead().getRows().getFirst();
        assertThat(texts(head)).containsExactly("Time", "Type", "To", "Subject", "Message", "Simulate a delivery receipt");
        assertThat(head.getHeaderCells()).allSatisfy(th -> assertThat(th.getElement().getAttribute("scope")).isEqualTo("col"));
        var rows = table.getBody().getRows();
        assertThat(rows).hasSize(2);
        assertThat(texts(rows.get(0)).subList(1, 5))
                .containsExactly("Email", "alex@example.org", "Welcome", "Welcome to the forum.");
        assertThat(texts(rows.get(1)).subList(1, 5))
                .containsExactly("Text message", "+447700900123", "", "Your forum meets on Tuesday.");
        var london = ZonedDateTime.ofInstant(newest.createdAt(), ZoneId.of("Europe/London"));
        assertThat(texts(rows.get(0)).getFirst()).contains("%02d:%02d:%02d".formatted(
                london.getHour(), london.getMinute(), london.getSecond()));
        assertThat(rows.get(0).getAllCells().getFirst().getElement().getChild(0).getAttribute("datetime"))
                .isEqualTo(newest.createdAt().toString());
        var scroll = table.getParent().orElseThrow();
        assertThat(scroll.getElement().getClassList()).contains("table-scroll");
        assertThat(scroll.getElement().getAttribute("tabindex")).isEqualTo("0");
    }

    @Test
    @Order(3)
    void the_page_is_added_at_run_time_and_is_in_the_staff_menu() {
        assertThat(RouteConfiguration.forApplicationScope().getRoute("staff/dev-outbox")).contains(DevOutboxView.class);

        UI.getCurrent().navigate("staff/dev-outbox");

        var link = $(Anchor.class).all().stream().filter(a -> a.getText().equals("Dev outbox")).findFirst().orElseThrow();
        assertThat(link.getHref()).endsWith("staff/dev-outbox");
        assertThat(link.getElement().getAttribute("aria-current")).isEqualTo("page");
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(Component::getElement).map(e -> e.getTextRecursively()).toList();
    }

    @Test
    @Order(10)
    void a_simulated_reply_is_answered_and_the_answer_kept_and_a_bad_number_is_refused() {
        UI.getCurrent().navigate("staff/dev-outbox");

        test($view(com.vaadin.flow.component.textfield.TextField.class).id("simulate-from")).setValue("07700");
        test($view(com.vaadin.flow.component.button.Button.class).id("simulate-send")).click();
        assertThat($view(Paragraph.class).id("simulate-result").getText()).isEmpty();
        assertThat(outbox.latest(50)).noneMatch(m -> m.recipient().equals("07700"));

        test($view(com.vaadin.flow.component.textfield.TextField.class).id("simulate-from")).setValue("+15005550006");
        test($view(com.vaadin.flow.component.textfield.TextField.class).id("simulate-body")).setValue("HELP");
        test($view(com.vaadin.flow.component.button.Button.class).id("simulate-send")).click();

        assertThat($view(Paragraph.class).id("simulate-result").getText()).startsWith("The portal replied: ");
        assertThat(outbox.latest(1)).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("+15005550006");
            assertThat(m.body()).contains("Reply YES or NO");
        });
    }
}
