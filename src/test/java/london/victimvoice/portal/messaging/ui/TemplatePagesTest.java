package london.victimvoice.portal.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageTemplate;
import london.victimvoice.portal.messaging.MessageTemplates;
import london.victimvoice.portal.messaging.MessageVariant;
import london.victimvoice.portal.messaging.TemplatePurpose;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

/** The template list and editor as a coordinator uses them, with every refusal shown at its field. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class TemplatePagesTest extends SpringBrowserlessTest {

    @Autowired
    MessageTemplates templates;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsACoordinator() {
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void putTheSeededTemplatesBack() {
        SecurityContextHolder.clearContext();
        var added = "SELECT id FROM message_template_version WHERE created_by LIKE 'test-%'";
        jdbc.update("DELETE FROM message_template_text WHERE version_id IN (" + added + ")");
        jdbc.update("DELETE FROM message_template_version WHERE id IN (SELECT id FROM (" + added + ") AS a)");
    }

    @Test
    void the_list_shows_every_template_with_its_purpose_version_and_who_changed_it() {
        UI.getCurrent().navigate(TemplateListView.PATH);

        assertThat(getCurrentView()).isInstanceOf(TemplateListView.class);
        var table = find(NativeTable.class).id("templates-table").getElement().getTextRecursively();
        assertThat(table).contains("Meeting reminder", "A place has come up", "Waiting list offer",
                "Sign-up approved, on the waiting list for some forums", "Sign-up decision", "By system on");
        assertThat(find(Anchor.class).id("edit-meeting-reminder").getHref()).isEqualTo("staff/templates/meeting-reminder");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Message templates – Victim Voice Forums");
    }

    @Test
    void the_editor_shows_the_texts_with_the_placeholders_they_can_use_and_a_preview() {
        open("meeting-reminder");

        var sms = area("template-sms-discreet");
        assertThat(sms.getValue()).startsWith("Reminder: your group meeting is on ((meeting_day))");
        assertThat(sms.getLabel()).isEqualTo("Discreet text message");
        assertThat(sms.getHelperText()).isEqualTo(
                "Placeholders you can use: ((name)), ((link)), ((meeting_day)), ((meeting_end)), ((meeting_time))");
        assertThat(sms.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        assertThat(area("template-email-full-body").getHelperText()).endsWith("((meeting_time)), ((stop_link))");
        assertThat(field("template-email-discreet-subject").getValue()).isEqualTo("Reminder: your group meeting");
        assertThat(shown("template-sms-discreet-preview"))
                .startsWith("Reminder: your group meeting is on Tuesday 3 March at 6pm.");
        assertThat(shown("template-sms-discreet-count")).endsWith("1 text message (GSM-7).");
        assertThat(text()).contains("Template: Meeting reminder", "Used for: Meeting reminder. Version 1, saved by system",
                "Version history", "Save as version 2");
    }

    @Test
    void typing_updates_the_preview_and_the_count_and_warns_above_two_messages() {
        open("meeting-reminder");

        test(area("template-sms-full")).setValue("Hi ((name)), see you ((meeting_day)).");
        assertThat(shown("template-sms-full-preview")).isEqualTo("Hi Alex, see you Tuesday 3 March.");
        assertThat(shown("template-sms-full-count"))
                .isEqualTo("33 characters with the example details: 1 text message (GSM-7).");
        assertThat(warning("template-sms-full").isVisible()).isFalse();

        test(area("template-sms-full")).setValue("a".repeat(306));
        assertThat(shown("template-sms-full-count")).contains("306 characters", "2 text messages (GSM-7)");
        assertThat(warning("template-sms-full").isVisible()).isFalse();

        test(area("template-sms-full")).setValue("a".repeat(307));
        assertThat(warning("template-sms-full").isVisible()).isTrue();
        assertThat(warning("template-sms-full").getElement().getTextRecursively())
                .contains("Warning:", "This text will be sent as 3 messages and cost 3 times as much.");

        test(area("template-sms-full")).setValue("See you soon 🙂");
        assertThat(shown("template-sms-full-count")).isEqualTo("15 characters with the example details: 1 text message"
                + " (Unicode: an emoji or some accented letters make each text shorter).");
        assertThat(warning("template-sms-full").isVisible()).isFalse();
    }

    @Test
    void a_placeholder_the_template_cannot_use_stays_unfilled_in_the_preview() {
        open("meeting-reminder");

        test(area("template-sms-full")).setValue("On ((meetng_day)) at ((meeting_time)) ((stop_link))");

        assertThat(shown("template-sms-full-preview")).isEqualTo("On ((meetng_day)) at 6pm ((stop_link))");
    }

    @Test
    void the_email_preview_shows_subject_and_body() {
        open("waiting-list-offer");

        test(field("template-email-full-subject")).setValue("A place in ((forum))");

        assertThat(shown("template-email-full-body-preview")).startsWith("Subject: A place in Open forum")
                .contains("Victim Voice Forums: a place has come up in Open forum. Sign in to accept it by Friday 6 March, 10am.");
    }

    @Test
    void saving_adds_a_version_and_lists_it_in_the_history() {
        open("meeting-reminder");
        test(area("template-sms-full")).setValue("Your forum meets on ((meeting_day)) at ((meeting_time)).");

        save();

        assertThat(errors()).isEmpty();
        assertThat(text()).contains("Saved as version 2. Messages made from now on use it.", "Save as version 3",
                "Version 2, saved by test-coordinator");
        var current = templates.current("meeting-reminder");
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.createdBy()).isEqualTo("test-coordinator");
        assertThat(current.wording(ChannelType.SMS, MessageVariant.FULL).body())
                .isEqualTo("Your forum meets on ((meeting_day)) at ((meeting_time)).");
        assertThat(find(Div.class).id("template-history").getElement().getTextRecursively())
                .contains("test-coordinator", "system", "Shown above", "See version 1");
    }

    @Test
    void an_unknown_placeholder_is_refused_at_its_field_naming_it_and_nothing_is_saved() {
        open("meeting-reminder");
        test(area("template-sms-discreet")).setValue("See you on ((meetng_day)).");

        save();

        assertThat(errors()).containsExactly("In the discreet text message, ((meetng_day)) is not a placeholder this"
                + " template can use. It can use: ((name)), ((link)), ((meeting_day)), ((meeting_end)), ((meeting_time))");
        assertThat(area("template-sms-discreet").isInvalid()).isTrue();
        assertThat(area("template-sms-discreet").getValue()).isEqualTo("See you on ((meetng_day)).");
        assertThat(templates.current("meeting-reminder").version()).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: ");
    }

    @Test
    void empty_texts_are_refused_each_at_its_field() {
        open("meeting-reminder");
        test(area("template-sms-full")).setValue(" ");
        test(field("template-email-discreet-subject")).setValue("");

        save();

        assertThat(errors()).containsExactly("Enter the full text message", "Enter the subject of the discreet email");
        assertThat(field("template-email-discreet-subject").isInvalid()).isTrue();
        assertThat(templates.current("meeting-reminder").version()).isEqualTo(1);
    }

    @Test
    void a_subject_with_a_line_break_and_a_text_too_long_are_refused() {
        open("meeting-reminder");
        test(area("template-sms-discreet")).setValue("a".repeat(1_601));
        test(area("template-email-full-body")).setValue("Reminder without a way to stop them");

        save();

        assertThat(errors()).containsExactly("The discreet text message must be 1,600 characters or fewer. It has 1,601",
                "The full email must include ((stop_link)), so people can stop reminders by email in one click");
    }

    @Test
    void if_someone_else_saved_first_nothing_is_saved_and_what_was_typed_stays() {
        open("meeting-reminder");
        test(area("template-sms-full")).setValue("Mine: ((meeting_day)).");
        var theirs = new HashMap<>(templates.current("meeting-reminder").wordings());
        theirs.put(new MessageTemplate.Key(ChannelType.SMS, MessageVariant.FULL),
                new MessageTemplate.Wording(null, "Theirs: ((meeting_day))."));
        templates.save("meeting-reminder", 1, theirs, "test-carla");

        save();

        assertThat(errors()).singleElement().asString().startsWith("Someone else saved version 2 of this template");
        assertThat(area("template-sms-full").getValue()).isEqualTo("Mine: ((meeting_day)).");
        assertThat(templates.current("meeting-reminder").createdBy()).isEqualTo("test-carla");
        var compare = find(Anchor.class).id("template-version-2");
        assertThat(compare.getTarget()).hasValue(com.vaadin.flow.component.html.AnchorTarget.BLANK.getValue());
        assertThat(compare.getText()).isEqualTo("See version 2 (opens in a new tab)");

        save();

        assertThat(errors()).isEmpty();
        assertThat(templates.current("meeting-reminder").version()).isEqualTo(3);
        assertThat(templates.current("meeting-reminder").wording(ChannelType.SMS, MessageVariant.FULL).body())
                .isEqualTo("Mine: ((meeting_day)).");
    }

    @Test
    void an_old_version_can_be_read_but_not_changed() {
        var wordings = new HashMap<>(templates.current("meeting-cancelled").wordings());
        wordings.put(new MessageTemplate.Key(ChannelType.SMS, MessageVariant.DISCREET),
                new MessageTemplate.Wording(null, "Newer words for ((meeting_day))."));
        templates.save("meeting-cancelled", 1, wordings, "test-carla");

        UI.getCurrent().navigate("staff/templates/meeting-cancelled", QueryParameters.of("version", "1"));

        assertThat(area("template-sms-discreet").getValue()).startsWith("Your group meeting on ((meeting_day))");
        assertThat(area("template-sms-discreet").isReadOnly()).isTrue();
        assertThat(field("template-email-full-subject").isReadOnly()).isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> "template-save".equals(b.getId().orElse("")));
        assertThat(text()).contains("You are looking at version 1. It cannot be changed. The portal uses version 2.");
    }

    @Test
    void an_unknown_template_or_version_is_not_found() {
        open("no-such-template");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");

        UI.getCurrent().navigate("staff/templates/meeting-reminder", QueryParameters.of("version", "99"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void a_coordinator_creates_a_template_of_their_own_and_edits_it() {
        UI.getCurrent().navigate(TemplateListView.PATH);
        test(find(TextField.class).id("template-name")).setValue("Summer picnic");
        test(find(Button.class).id("template-create")).click();

        assertThat(getCurrentView()).isInstanceOf(TemplateEditorView.class);
        var created = templates.current("summer-picnic");
        assertThat(created.purpose()).isEqualTo(TemplatePurpose.CUSTOM);
        assertThat(area("template-sms-discreet").getValue()).isEqualTo("Hello ((name)). Write your message here.");
        assertThat(area("template-sms-discreet").getHelperText())
                .isEqualTo("Placeholders you can use: ((name)), ((link)), ((meeting_day)), ((meeting_time))");
    }

    @Test
    void a_template_name_already_used_or_missing_is_refused() {
        UI.getCurrent().navigate(TemplateListView.PATH);
        test(find(TextField.class).id("template-name")).setValue("Meeting reminder");
        test(find(Button.class).id("template-create")).click();

        assertThat(errors()).containsExactly("There is already a template called meeting-reminder. Choose another name");
        assertThat(find(TextField.class).id("template-name").isInvalid()).isTrue();

        test(find(TextField.class).id("template-name")).setValue("");
        test(find(Button.class).id("template-create")).click();
        assertThat(errors()).containsExactly("Enter a name for the template");
        assertThat(getCurrentView()).isInstanceOf(TemplateListView.class);
    }

    @Test
    void the_staff_menu_links_to_templates_and_the_message_log() {
        UI.getCurrent().navigate("staff");

        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Message templates", "Message log");
    }

    @Test
    void every_placeholder_a_template_can_use_has_an_example_value() {
        var used = new java.util.HashSet<>(TemplatePurpose.ALWAYS);
        for (var purpose : TemplatePurpose.values()) {
            used.addAll(purpose.placeholders());
        }
        assertThat(TemplateWords.EXAMPLES).containsExactlyInAnyOrderElementsOf(used);
        open("meeting-reminder");
        var view = getCurrentView();
        assertThat(TemplateWords.examples((Component) view).values()).noneMatch(v -> v.startsWith("!"));
        for (var id : TemplateWords.SEEDED) {
            assertThat(TemplateWords.name((Component) view, id)).doesNotStartWith("!");
        }
        assertThat(templates.all()).extracting(MessageTemplate::id).containsAll(TemplateWords.SEEDED);
    }

    private void open(String templateId) {
        UI.getCurrent().navigate(TemplateListView.PATH + "/" + templateId);
    }

    private void save() {
        test(find(Button.class).id("template-save")).click();
    }

    private TextArea area(String id) {
        return find(TextArea.class).id(id);
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    /** Shown or not: the warning is hidden until a text needs more than two messages. */
    private Component warning(String fieldId) {
        return byId(getCurrentView().getElement(), fieldId + "-warning").flatMap(e -> e.getComponent()).orElseThrow();
    }

    private static java.util.Optional<com.vaadin.flow.dom.Element> byId(com.vaadin.flow.dom.Element at, String id) {
        if (id.equals(at.getAttribute("id"))) {
            return java.util.Optional.of(at);
        }
        return at.getChildren().map(child -> byId(child, id)).flatMap(java.util.Optional::stream).findFirst();
    }

    private String shown(String id) {
        return find(Component.class).id(id).getElement().getTextRecursively();
    }

    private List<String> errors() {
        return find(ListItem.class).all().stream()
                .filter(li -> li.getParent().flatMap(list -> list.getParent())
                        .filter(summary -> summary.getElement().getClassList().contains("error-summary")
                                && summary.isVisible()).isPresent())
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

}
