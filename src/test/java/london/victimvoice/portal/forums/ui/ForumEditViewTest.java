package london.victimvoice.portal.forums.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumHeadcounts;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.forums.ReminderSettings;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.support.TestPeople;

/** Coordinators' forum list and edit form, with every refusal the issue names. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class ForumEditViewTest extends SpringBrowserlessTest {

    /** The username {@link SignedInAs} gives a coordinator. */
    static final String COORDINATOR = "test-coordinator";
    static final String FORUM = "women-and-girls";
    static final ForumSummary UNCHANGED = new ForumSummary(FORUM, 12, true, null);

    @Autowired
    ForumStewards stewards;

    @Autowired
    ForumDirectory directory;

    @Autowired
    ForumHeadcounts headcounts;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    london.victimvoice.portal.security.StaffDirectory staff;

    @BeforeEach
    void signInAsACoordinatorOfOneForum() {
        stewards.assign(FORUM, COORDINATOR);
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void putEverythingBack() {
        SecurityContextHolder.clearContext();
        jdbc.update("UPDATE forum SET capacity = 12, accepting_members = TRUE, description = NULL,"
                + " reminder_days = '7,1', reminder_time = '10:00:00'");
        jdbc.update("DELETE FROM forum_coordinator WHERE staff_username IN (?, 'carla')", COORDINATOR);
    }

    @Test
    void the_list_shows_the_forums_they_look_after_with_members_and_waiting() {
        new TestPeople(signUps, approvals).approved(true, FORUM);
        var count = headcounts.of(FORUM);

        navigate(ForumListView.class);

        var table = find(NativeTable.class).single().getElement().getTextRecursively();
        assertThat(table).contains("Women and girls", count.members() + " of 12", "Yes")
                .doesNotContain("Open forum", "LGBTQ+");
    }

    @Test
    void a_coordinator_of_nothing_is_told_so_on_the_list_and_refused_on_the_edit_page() {
        jdbc.update("DELETE FROM forum_coordinator WHERE staff_username = ?", COORDINATOR);

        navigate(ForumListView.class);
        assertThat(text()).contains("You don’t look after any forums yet");
        assertThat(find(NativeTable.class).all()).isEmpty();

        open(FORUM);
        assertThat(text()).contains("You cannot change this forum", "You do not look after this forum");
        assertThat(find(TextField.class).all()).as("no form").isEmpty();
        assertThat(forum()).isEqualTo(UNCHANGED);
    }

    @Test
    void a_coordinator_of_another_forum_is_refused() {
        open("lgbtq");

        assertThat(text()).contains("You cannot change this forum");
        assertThat(find(Button.class).all()).noneMatch(b -> "forum-save".equals(b.getId().orElse("")) && isShown(b));
    }

    @Test
    void an_admin_sees_every_forum() {
        SignedInAs.role(Roles.ADMIN);

        navigate(ForumListView.class);

        assertThat(find(NativeTable.class).single().getElement().getTextRecursively())
                .contains("Open forum", "LGBTQ+", "Parents and guardians of young victims");
    }

    @Test
    void the_coordinator_saves_a_description_capacity_and_joining() {
        open(FORUM);
        assertThat(capacity().getValue()).isEqualTo("12");
        assertThat(accepting().getValue()).isTrue();

        test(description()).setValue("We meet in Hackney. Tea and biscuits.");
        test(capacity()).setValue(" 14 ");
        test(accepting()).click();
        save();

        assertThat(find(ErrorSummary.class).all()).isEmpty();
        assertThat(text()).contains("Your changes have been saved.");
        assertThat(forum()).isEqualTo(new ForumSummary(FORUM, 14, false, "We meet in Hackney. Tea and biscuits."));
    }

    @Test
    void participants_see_the_edited_description() {
        open(FORUM);
        test(description()).setValue("A place for women and girls to be heard.");
        save();
        SignedInAs.role(SignedInAs.ANONYMOUS);

        UI.getCurrent().navigate("");

        assertThat(text()).contains("Women and girls – A place for women and girls to be heard.")
                .contains("Open forum – for anyone who has been a victim of crime.");
    }

    @Test
    void a_capacity_of_0_negative_too_big_not_a_number_or_missing_is_shown_at_the_field() {
        var expected = java.util.Map.of("0", "Capacity must be a whole number from 1 to 100",
                "-3", "Capacity must be a whole number from 1 to 100",
                "101", "Capacity must be a whole number from 1 to 100",
                "twelve", "Capacity must be a whole number, like 12",
                "12.5", "Capacity must be a whole number, like 12",
                "", "Enter the capacity");
        for (var typed : expected.keySet()) {
            open(FORUM);
            test(description()).setValue("Kept as typed");
            test(capacity()).setValue(typed);
            save();

            assertThat(errors()).as("capacity %s", typed).containsExactly(expected.get(typed));
            assertThat(capacity().getErrorMessage()).isEqualTo(expected.get(typed));
            assertThat(capacity().isInvalid()).isTrue();
            assertThat(capacity().getValue()).isEqualTo(typed);
            assertThat(description().getValue()).isEqualTo("Kept as typed");
            assertThat(((ForumEditView) getCurrentView()).getPageTitle()).startsWith("Error: ");
            assertThat(forum()).as("capacity %s", typed).isEqualTo(UNCHANGED);
        }
    }

    @Test
    void a_description_too_long_or_with_markup_is_shown_at_the_field() {
        var cases = List.of(
                List.of("x".repeat(2001), "Description must be 2,000 characters or fewer"),
                List.of("Hello <script>alert('hi')</script>", "Description must be plain text"));
        for (var c : cases) {
            open(FORUM);
            test(description()).setValue(c.get(0));
            test(capacity()).setValue("20");
            save();

            assertThat(errors()).hasSize(1).first().asString().startsWith(c.get(1));
            assertThat(description().isInvalid()).isTrue();
            assertThat(description().getValue()).isEqualTo(c.get(0));
            assertThat(capacity().getValue()).isEqualTo("20");
            assertThat(forum()).isEqualTo(UNCHANGED);
        }
    }

    @Test
    void a_capacity_below_the_members_offers_stop_which_saves_nothing() {
        var members = aMemberOrMore();
        open(FORUM);
        test(description()).setValue("Changed");
        test(capacity()).setValue(String.valueOf(members - 1));
        save();

        assertThat(text()).contains("The capacity is below the number of members",
                "The forum has " + members + " members");
        assertThat(forum()).isEqualTo(UNCHANGED);

        test(find(Button.class).id("capacity-stop")).click();

        assertThat(text()).contains("Nothing has been changed.");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("capacity-keep"));
        assertThat(forum()).isEqualTo(UNCHANGED);
        assertThat(capacity().getValue()).as("kept as typed").isEqualTo(String.valueOf(members - 1));
    }

    @Test
    void a_capacity_below_the_members_can_keep_them_and_close_joining() {
        var members = aMemberOrMore();
        open(FORUM);
        test(capacity()).setValue(String.valueOf(members - 1));
        save();

        test(find(Button.class).id("capacity-keep")).click();

        assertThat(text()).contains("the forum is now closed to new members");
        assertThat(forum()).isEqualTo(new ForumSummary(FORUM, (int) members - 1, false, null));
        assertThat(accepting().getValue()).isFalse();
        assertThat(headcounts.of(FORUM).members()).isEqualTo(members);
    }

    @Test
    void an_admin_adds_and_removes_coordinators_and_a_wrong_username_is_shown_at_the_field() {
        staff.ensureAccount("carla", "Carla", Roles.COORDINATOR, "a long enough password 1");
        SignedInAs.role(Roles.ADMIN);
        open(FORUM);
        assertThat(text()).contains("Coordinators", COORDINATOR);

        test(find(TextField.class).id("coordinator-username")).setValue("no-such-person");
        test(find(Button.class).id("coordinator-add")).click();
        assertThat(errors()).containsExactly("Enter the username of a staff member with the coordinator role");
        assertThat(find(TextField.class).id("coordinator-username").getValue()).isEqualTo("no-such-person");

        test(find(TextField.class).id("coordinator-username")).setValue("carla");
        test(find(Button.class).id("coordinator-add")).click();
        assertThat(errors()).isEmpty();
        assertThat(stewards.coordinatorsOf(FORUM)).containsExactly("carla", COORDINATOR);

        test(find(Button.class).id("coordinator-remove-carla")).click();
        assertThat(stewards.coordinatorsOf(FORUM)).as("not before they are sure").contains("carla");
        test(find(Button.class).id("coordinator-remove-confirm")).click();
        assertThat(stewards.coordinatorsOf(FORUM)).containsExactly(COORDINATOR);
        assertThat(text()).contains("carla no longer looks after this forum.");
    }

    @Test
    void a_coordinator_does_not_see_who_else_looks_after_the_forum_to_change_it() {
        open(FORUM);

        assertThat(find(TextField.class).all()).noneMatch(f -> f.getId().orElse("").equals("coordinator-username"));
    }

    @Test
    void the_coordinator_sees_and_changes_when_members_are_reminded() {
        open(FORUM);
        assertThat(reminderBoxes()).containsExactly("7", "1", "");
        assertThat(reminderTime().getValue()).isEqualTo("10:00");
        assertThat(text()).contains("Meeting reminders");
        assertThat(days(1).getLabel()).isEqualTo("Reminder 1");
        assertThat(days(1).getHelperText()).isEqualTo("Days before the meeting: a whole number from 1 to 28");

        test(days(1)).setValue("3");
        test(days(2)).setValue("");
        test(days(3)).setValue(" 14 ");
        test(reminderTime()).setValue("9:30");
        saveReminders();

        assertThat(errors()).isEmpty();
        assertThat(text()).contains("Reminders saved.");
        assertThat(directory.reminders(FORUM)).isEqualTo(new ReminderSettings(List.of(14, 3), LocalTime.of(9, 30)));
        assertThat(reminderBoxes()).as("shown as saved, largest first").containsExactly("14", "3", "");
        assertThat(reminderTime().getValue()).isEqualTo("09:30");

        for (var box = 1; box <= 3; box++) {
            test(days(box)).setValue("");
        }
        saveReminders();
        assertThat(text()).contains("No reminders will be sent for this forum’s meetings.");
        assertThat(directory.reminders(FORUM).daysBefore()).isEmpty();
    }

    @Test
    void every_bad_reminder_setting_is_shown_at_its_box_and_nothing_is_saved() {
        record Case(String one, String two, String three, String time, String field, String error) {
        }
        var cases = List.of(
                new Case("0", "1", "", "10:00", "reminder-days-1", "Enter a number of days from 1 to 28"),
                new Case("7", "29", "", "10:00", "reminder-days-2", "Enter a number of days from 1 to 28"),
                new Case("7", "-2", "", "10:00", "reminder-days-2", "Enter a number of days from 1 to 28"),
                new Case("seven", "", "", "10:00", "reminder-days-1", "Enter a number of days from 1 to 28"),
                new Case("7", "", "2.5", "10:00", "reminder-days-3", "Enter a number of days from 1 to 28"),
                new Case("7", "1", "7", "10:00", "reminder-days-3", "Enter a different number of days for each reminder"),
                new Case("7", "1", "", "", "reminder-time", "Enter the time like 10:00"),
                new Case("7", "1", "", "26:00", "reminder-time", "Enter the time like 10:00"),
                new Case("7", "1", "", "ten", "reminder-time", "Enter the time like 10:00"),
                new Case("7", "1", "", "21:00", "reminder-time",
                        "Enter a time from 08:00 to 19:59: messages are not sent at night"),
                new Case("7", "1", "", "06:30", "reminder-time",
                        "Enter a time from 08:00 to 19:59: messages are not sent at night"));
        for (var c : cases) {
            open(FORUM);
            test(days(1)).setValue(c.one());
            test(days(2)).setValue(c.two());
            test(days(3)).setValue(c.three());
            test(reminderTime()).setValue(c.time());
            saveReminders();

            var field = find(TextField.class).id(c.field());
            assertThat(errors()).as("%s", c).containsExactly(c.error());
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(c.error());
            assertThat(reminderBoxes()).as("kept as typed").containsExactly(c.one(), c.two(), c.three());
            assertThat(reminderTime().getValue()).isEqualTo(c.time());
            assertThat(((ForumEditView) getCurrentView()).getPageTitle()).startsWith("Error: ");
            assertThat(directory.reminders(FORUM)).as("%s", c).isEqualTo(ReminderSettings.DEFAULT);
        }

        open(FORUM);
        test(days(1)).setValue("0");
        test(days(2)).setValue("0");
        test(reminderTime()).setValue("");
        saveReminders();
        assertThat(errors()).as("every problem at once").containsExactly("Enter a number of days from 1 to 28",
                "Enter a number of days from 1 to 28", "Enter the time like 10:00");
    }

    @Test
    void a_coordinator_of_another_forum_sees_no_reminder_settings() {
        open("lgbtq");

        assertThat(find(Button.class).all()).noneMatch(b -> "reminders-save".equals(b.getId().orElse("")) && isShown(b));
    }

    private TextField days(int box) {
        return find(TextField.class).id("reminder-days-" + box);
    }

    private TextField reminderTime() {
        return find(TextField.class).id("reminder-time");
    }

    private List<String> reminderBoxes() {
        return List.of(days(1).getValue(), days(2).getValue(), days(3).getValue());
    }

    private void saveReminders() {
        test(find(Button.class).id("reminders-save")).click();
    }

    private long aMemberOrMore() {
        var people = new TestPeople(signUps, approvals);
        people.approved(true, FORUM);
        people.approved(true, FORUM);
        return headcounts.of(FORUM).members();
    }

    private void open(String code) {
        UI.getCurrent().navigate(ForumListView.PATH + "/" + code);
    }

    private void save() {
        test(find(Button.class).id("forum-save")).click();
    }

    private ForumSummary forum() {
        return directory.all().stream().filter(f -> f.code().equals(FORUM)).findFirst().orElseThrow();
    }

    private List<String> errors() {
        return find(ListItem.class).all().stream()
                .filter(li -> li.getParent().flatMap(list -> list.getParent())
                        .filter(summary -> summary.getElement().getClassList().contains("error-summary")).isPresent())
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    private TextField capacity() {
        return find(TextField.class).id("forum-capacity");
    }

    private TextArea description() {
        return find(TextArea.class).id("forum-description");
    }

    private Checkbox accepting() {
        return find(Checkbox.class).id("forum-accepting");
    }

    private static boolean isShown(com.vaadin.flow.component.Component c) {
        for (var at = java.util.Optional.of(c); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
