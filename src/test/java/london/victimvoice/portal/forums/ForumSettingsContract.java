package london.victimvoice.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.security.StaffDirectory;
import london.victimvoice.portal.support.TestPeople;

/** Coordinators editing their forums, on every database we run on; subclasses pick the database. */
@SpringBootTest
@ActiveProfiles("test")
abstract class ForumSettingsContract {

    static final ForumManager CORA = new ForumManager("cora", false);
    static final ForumManager NOBODY = new ForumManager("nobody", false);
    static final ForumManager ADMIN = new ForumManager("admin", true);

    @Autowired
    ForumSettings settings;

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
    StaffDirectory staff;

    TestPeople people;

    @BeforeEach
    void coraLooksAfterTheLgbtqForum() {
        // Other tests in this shared context raise capacities for their own members.
        putTheForumsBack();
        people = new TestPeople(signUps, approvals);
        stewards.assign("lgbtq", "cora");
    }

    @AfterEach
    void putTheForumsBack() {
        jdbc.update("UPDATE forum SET capacity = 12, accepting_members = TRUE, description = NULL,"
                + " reminder_days = '7,1', reminder_time = '10:00:00'");
        jdbc.update("DELETE FROM forum_coordinator WHERE staff_username IN ('cora', 'colin', 'sam-support')");
    }

    @Test
    void a_coordinator_changes_the_description_capacity_and_joining_of_their_forum() {
        var saved = settings.change(CORA, "lgbtq", new ForumChange("  A friendly group.\nMeets in Camden.  ", 15,
                false, false));

        assertThat(saved).isEqualTo(new ForumSummary("lgbtq", 15, false, "A friendly group.\nMeets in Camden."));
        assertThat(forum("lgbtq")).isEqualTo(saved);
    }

    @Test
    void a_blank_description_shows_the_standard_one_again() {
        settings.change(CORA, "lgbtq", new ForumChange("Ours", 12, true, false));

        settings.change(CORA, "lgbtq", new ForumChange("   ", 12, true, false));

        assertThat(forum("lgbtq").description()).isNull();
    }

    @Test
    void a_coordinator_of_nothing_or_of_another_forum_is_refused_and_nothing_changes() {
        var change = new ForumChange("Taken over", 3, false, true);

        assertThatThrownBy(() -> settings.change(NOBODY, "lgbtq", change)).isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> settings.change(CORA, "open", change)).isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> settings.open(NOBODY, "lgbtq")).isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> settings.change(ADMIN, "no-such-forum", change))
                .isInstanceOf(ForumAccessRefused.class);

        assertThat(forum("lgbtq")).isEqualTo(new ForumSummary("lgbtq", 12, true, null));
        assertThat(forum("open")).isEqualTo(new ForumSummary("open", 12, true, null));
    }

    @Test
    void the_list_holds_the_forums_they_look_after_with_members_and_waiting() {
        var member = people.approved(true, "lgbtq");
        assertThat(member).isNotNull();
        var count = headcounts.of("lgbtq");

        assertThat(settings.managedBy(CORA)).containsExactly(
                new ManagedForum(new ForumSummary("lgbtq", 12, true, null), count.members(), count.waiting()));
        assertThat(count.members()).isPositive();
        assertThat(settings.managedBy(NOBODY)).isEmpty();
        assertThat(settings.managedBy(ADMIN)).hasSize(6);
    }

    @Test
    void a_capacity_outside_1_to_100_is_refused_and_nothing_changes() {
        for (var capacity : new int[] {0, -1, 101, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> settings.change(CORA, "lgbtq", new ForumChange("New", capacity, false, true)))
                    .as("capacity %d", capacity)
                    .isInstanceOfSatisfying(ForumChangeRefused.class,
                            r -> assertThat(r.messageKey()).isEqualTo(ForumChangeRefused.CAPACITY_RANGE));
        }
        assertThat(forum("lgbtq")).isEqualTo(new ForumSummary("lgbtq", 12, true, null));

        settings.change(CORA, "lgbtq", new ForumChange("", 100, true, false));
        assertThat(forum("lgbtq").capacity()).isEqualTo(100);
    }

    @Test
    void a_description_too_long_or_with_markup_is_refused_and_nothing_changes() {
        var refusals = Map.of(
                "x".repeat(ForumSettings.DESCRIPTION_MAX_LENGTH + 1), ForumChangeRefused.DESCRIPTION_TOO_LONG,
                "Welcome <script>alert(1)</script>", ForumChangeRefused.DESCRIPTION_MARKUP,
                "Welcome </b>", ForumChangeRefused.DESCRIPTION_MARKUP,
                "<!-- hidden -->", ForumChangeRefused.DESCRIPTION_MARKUP);
        refusals.forEach((text, key) -> assertThatThrownBy(
                () -> settings.change(CORA, "lgbtq", new ForumChange(text, 20, false, false)))
                .isInstanceOfSatisfying(ForumChangeRefused.class, r -> assertThat(r.messageKey()).isEqualTo(key)));

        assertThat(forum("lgbtq")).isEqualTo(new ForumSummary("lgbtq", 12, true, null));
    }

    @Test
    void plain_text_with_angle_brackets_and_the_longest_description_are_kept() {
        settings.change(CORA, "lgbtq", new ForumChange("Groups of < 12 people <3", 12, true, false));
        assertThat(forum("lgbtq").description()).isEqualTo("Groups of < 12 people <3");

        var longest = "x".repeat(ForumSettings.DESCRIPTION_MAX_LENGTH);
        settings.change(CORA, "lgbtq", new ForumChange(longest, 12, true, false));
        assertThat(forum("lgbtq").description()).isEqualTo(longest);
    }

    @Test
    void a_capacity_below_the_members_stops_unless_they_keep_the_members_and_close_joining() {
        people.approved(true, "lgbtq");
        people.approved(true, "lgbtq");
        var members = headcounts.of("lgbtq").members();
        var tooFew = (int) members - 1;

        assertThatThrownBy(() -> settings.change(CORA, "lgbtq", new ForumChange("Stopped", tooFew, true, false)))
                .isInstanceOfSatisfying(CapacityBelowMembers.class, r -> assertThat(r.members()).isEqualTo(members));
        assertThat(forum("lgbtq")).isEqualTo(new ForumSummary("lgbtq", 12, true, null));

        var saved = settings.change(CORA, "lgbtq", new ForumChange("Kept", tooFew, true, true));

        assertThat(saved).isEqualTo(new ForumSummary("lgbtq", tooFew, false, "Kept"));
        assertThat(forum("lgbtq")).isEqualTo(saved);
        assertThat(headcounts.of("lgbtq").members()).as("nobody loses their place").isEqualTo(members);
    }

    @Test
    void a_capacity_equal_to_the_members_needs_no_choice() {
        people.approved(true, "lgbtq");
        var members = (int) headcounts.of("lgbtq").members();

        assertThat(settings.change(CORA, "lgbtq", new ForumChange("", members, true, false)))
                .isEqualTo(new ForumSummary("lgbtq", members, true, null));
    }

    @Test
    void an_admin_gives_a_forum_to_a_coordinator_and_takes_it_away() {
        staff.ensureAccount("colin", "Colin", Roles.COORDINATOR, "a long enough password 1");

        settings.assignCoordinator(ADMIN, "open", "  colin ");

        assertThat(settings.coordinatorsOf(ADMIN, "open")).containsExactly("colin");
        assertThat(stewards.mayManage(new ForumManager("colin", false), "open")).isTrue();

        settings.unassignCoordinator(ADMIN, "open", "colin");
        assertThat(settings.coordinatorsOf(ADMIN, "open")).isEmpty();
    }

    @Test
    void only_admins_assign_and_only_coordinators_can_be_assigned() {
        staff.ensureAccount("colin", "Colin", Roles.COORDINATOR, "a long enough password 1");
        staff.ensureAccount("sam-support", "Sam", Roles.SUPPORT, "a long enough password 1");

        assertThatThrownBy(() -> settings.assignCoordinator(CORA, "lgbtq", "colin"))
                .isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> settings.unassignCoordinator(CORA, "lgbtq", "cora"))
                .isInstanceOf(ForumAccessRefused.class);
        for (var username : new String[] {"nobody-by-that-name", "sam-support", "  "}) {
            assertThatThrownBy(() -> settings.assignCoordinator(ADMIN, "lgbtq", username))
                    .isInstanceOfSatisfying(ForumChangeRefused.class,
                            r -> assertThat(r.messageKey()).isEqualTo(ForumChangeRefused.NOT_A_COORDINATOR));
        }
        assertThat(settings.coordinatorsOf(ADMIN, "lgbtq")).containsExactly("cora");
    }

    @Test
    void every_forum_reminds_seven_days_and_one_day_before_at_ten_until_changed() {
        for (var forum : directory.all()) {
            assertThat(directory.reminders(forum.code())).isEqualTo(new ReminderSettings(List.of(7, 1),
                    LocalTime.of(10, 0)));
        }
        assertThat(settings.reminders(CORA, "lgbtq")).isEqualTo(ReminderSettings.DEFAULT);
    }

    @Test
    void a_coordinator_sets_the_reminder_days_and_time_of_their_forum() {
        var saved = settings.changeReminders(CORA, "lgbtq", List.of("3", " 14 ", ""), " 9.30 ");

        assertThat(saved).isEqualTo(new ReminderSettings(List.of(14, 3), LocalTime.of(9, 30)));
        assertThat(directory.reminders("lgbtq")).isEqualTo(saved);
        assertThat(directory.reminders("open")).isEqualTo(ReminderSettings.DEFAULT);

        assertThat(settings.changeReminders(CORA, "lgbtq", List.of("", "28", "1"), "19:59"))
                .isEqualTo(new ReminderSettings(List.of(28, 1), LocalTime.of(19, 59)));
        assertThat(settings.changeReminders(CORA, "lgbtq", List.of("", "", ""), "08:00"))
                .as("no reminders at all").isEqualTo(new ReminderSettings(List.of(), LocalTime.of(8, 0)));
        assertThat(directory.reminders("lgbtq").daysBefore()).isEmpty();
    }

    @Test
    void every_bad_reminder_setting_is_refused_at_its_box_and_nothing_changes() {
        var days = ReminderProblem.DAYS;
        var cases = new LinkedHashMap<List<Object>, List<ReminderProblem>>();
        cases.put(List.of(List.of("0"), "10:00"), List.of(new ReminderProblem(0, days)));
        cases.put(List.of(List.of("29"), "10:00"), List.of(new ReminderProblem(0, days)));
        cases.put(List.of(List.of("-1"), "10:00"), List.of(new ReminderProblem(0, days)));
        cases.put(List.of(List.of("", "seven"), "10:00"), List.of(new ReminderProblem(1, days)));
        cases.put(List.of(List.of("1.5"), "10:00"), List.of(new ReminderProblem(0, days)));
        cases.put(List.of(List.of("99999999999"), "10:00"), List.of(new ReminderProblem(0, days)));
        cases.put(List.of(List.of("7", "", "07"), "10:00"),
                List.of(new ReminderProblem(2, ReminderProblem.DUPLICATE)));
        cases.put(List.of(List.of("7", "1", "3", "2"), "10:00"),
                List.of(new ReminderProblem(3, ReminderProblem.TOO_MANY)));
        for (var time : List.of("", "10", "ten", "25:00", "10:60", "10:00am")) {
            cases.put(List.of(List.of("7"), time),
                    List.of(new ReminderProblem(ReminderProblem.TIME, ReminderProblem.TIME_FORMAT)));
        }
        for (var time : List.of("07:59", "20:00", "23:30", "0:00")) {
            cases.put(List.of(List.of("7"), time),
                    List.of(new ReminderProblem(ReminderProblem.TIME, ReminderProblem.TIME_RANGE)));
        }
        cases.put(List.of(List.of("0", "x", "3"), ""), List.of(new ReminderProblem(0, days),
                new ReminderProblem(1, days), new ReminderProblem(ReminderProblem.TIME, ReminderProblem.TIME_FORMAT)));

        cases.forEach((typed, expected) -> {
            @SuppressWarnings("unchecked")
            var boxes = (List<String>) typed.get(0);
            assertThatThrownBy(() -> settings.changeReminders(CORA, "lgbtq", boxes, (String) typed.get(1)))
                    .as("%s", typed).isInstanceOfSatisfying(RemindersRefused.class,
                            r -> assertThat(r.problems()).isEqualTo(expected));
        });
        assertThat(directory.reminders("lgbtq")).isEqualTo(ReminderSettings.DEFAULT);
    }

    @Test
    void only_those_who_look_after_the_forum_change_its_reminders() {
        assertThatThrownBy(() -> settings.changeReminders(NOBODY, "lgbtq", List.of("3"), "10:00"))
                .isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> settings.changeReminders(CORA, "open", List.of("3"), "10:00"))
                .isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> settings.reminders(CORA, "open")).isInstanceOf(ForumAccessRefused.class);
        assertThat(directory.reminders("open")).isEqualTo(ReminderSettings.DEFAULT);
        assertThat(settings.changeReminders(ADMIN, "open", List.of("2"), "11:00").daysBefore()).containsExactly(2);
    }

    private ForumSummary forum(String code) {
        return directory.all().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
