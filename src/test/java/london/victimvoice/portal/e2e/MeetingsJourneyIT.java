package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.AttendanceLine;
import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.meetings.MeetingDetails;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.security.Roles;

/**
 * A forum's meetings from start to finish in a real browser: a coordinator schedules a series, a
 * member on a 360 x 740 phone says they are coming and downloads the calendar file, and at the
 * meeting the coordinator records that they attended. And a member doing their part with only a
 * keyboard.
 */
class MeetingsJourneyIT extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COORDINATOR = "e2e-coordinator";
    private static final String ADDRESS = "Journey Hall, 2 Example Road, London SE1 7AA";

    @Autowired
    ForumStewards stewards;

    @Autowired
    MeetingPlanner planner;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    Rsvps rsvps;

    @Autowired
    ApplicationContext context;

    @Test
    void a_coordinator_schedules_a_member_on_a_phone_answers_and_downloads_the_file_then_attendance_is_recorded() {
        stewards.assign(AuditSeeds.FORUM, COORDINATOR);
        var notes = "Journey " + UUID.randomUUID();
        // Five days ahead: close enough that someone coming sees the address (from 7 days before).
        var firstDate = LocalDate.now(clock.withZone(LONDON)).plusDays(5);

        signInAs(Roles.COORDINATOR);
        open("staff/meetings/new");
        input("series-day").sendKeys(String.valueOf(firstDate.getDayOfMonth()));
        input("series-month").sendKeys(String.valueOf(firstDate.getMonthValue()));
        input("series-year").sendKeys(String.valueOf(firstDate.getYear()));
        input("series-address").sendKeys(ADDRESS);
        input("series-station").sendKeys("Waterloo");
        input("series-notes").sendKeys(notes);
        clickButton("series-create");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("staff/meetings?created="));
        waitForVaadin();
        assertThat(find("#meetings-status").getText()).isEqualTo("6 meetings scheduled.");
        var meeting = scheduled(notes);
        assertThat(meeting.startsAt()).as("6pm London time, the form's default")
                .isEqualTo(ZonedDateTime.of(firstDate, LocalTime.of(18, 0), LONDON).toInstant());

        driver.manage().deleteAllCookies();
        Chromium.setViewportWidth(driver, 360, 740);
        var member = signInAsNewMember();
        find("#your-meetings").click();
        waitForUrl("meetings");
        find("#meeting-" + meeting.id() + " a").click();
        waitForUrl("meetings/" + meeting.id());
        assertThat(find("#meeting-when").getText()).contains(firstDate.format(DateTimeFormatter.ofPattern("EEEE d MMMM")))
                .contains("6pm to 8pm");
        assertThat(driver.findElements(By.id("meeting-address"))).as("no address before saying yes").isEmpty();
        choose("vaadin-radio-group#rsvp-answer vaadin-radio-button", "Coming");
        clickButton("rsvp-save");
        waitForVaadin();
        assertThat(find("#rsvp-status").getText()).isNotBlank();
        assertThat(find("#meeting-address").getText()).contains(ADDRESS);
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isEqualTo(true);

        var link = find("#add-to-calendar");
        assertThat(link.getAttribute("download")).as("offered as a file to save").isNotNull();
        var ics = String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));
                """, link.getAttribute("href")));
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE", "TZID:Europe/London")
                .contains("DTSTART;TZID=Europe/London:" + firstDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "T180000")
                .contains("SUMMARY:Group meeting").contains("LOCATION:Journey Hall");

        // The evening of the meeting: attendance opens an hour before the start.
        clock.advance(Duration.between(clock.instant(), meeting.startsAt().minus(Duration.ofMinutes(30))));
        driver.manage().deleteAllCookies();
        Chromium.setViewportWidth(driver, 768, 1024);
        signInAs(Roles.COORDINATOR);
        open("staff/meetings");
        find("#attendance-" + meeting.id()).click();
        waitForUrl("staff/meetings/" + meeting.id() + "/attendance");
        choose("vaadin-radio-group#attendance-" + member + " vaadin-radio-button", "Attended");
        clickButton("attendance-save-" + member);
        waitForVaadin();
        assertThat(find("#attendance-status").getText()).isEqualTo("1 mark saved.");

        var marks = attendance.sheet(new ForumManager(COORDINATOR, false), meeting.id()).lines();
        assertThat(marks).filteredOn(line -> line.participantId().equals(member)).extracting(AttendanceLine::status)
                .containsExactly(AttendanceStatus.ATTENDED);
    }

    /** Keyboard only: answer "not sure yet" and suggest a topic, with Tab, arrows and Enter. */
    @Test
    void a_member_answers_and_suggests_a_topic_with_only_the_keyboard() {
        var meeting = UUID.fromString(AuditSeeds.meetingsAndRequests(context).get("{meeting}"));
        var member = signInAsNewMember();
        open("meetings/" + meeting);

        tabTo("vaadin-radio-group#rsvp-answer vaadin-radio-button", "Coming");
        press(Keys.ARROW_DOWN);
        tabTo("vaadin-button#rsvp-save", null);
        press(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> !textOf("rsvp-status").isBlank());
        waitForVaadin();
        assertThat(rsvps.meetingFor(member, meeting).orElseThrow().answer()).isEqualTo(RsvpAnswer.NOT_SURE);

        tabTo("a#suggest-topic", null);
        press(Keys.ENTER);
        waitForUrl("meetings/" + meeting + "/topics");
        tabTo("#topic-text", null);
        new Actions(driver).sendKeys("Keeping people informed after they report").perform();
        tabTo("vaadin-button#topic-suggest", null);
        press(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> textOf("topics").contains("Keeping people informed after they report"));
        waitForVaadin();
        assertThat(textOf("topic-status")).isNotBlank();
    }

    /** Read afresh each time: the page may re-render the element while the test waits for it. */
    private String textOf(String id) {
        return String.valueOf(js("const e = document.getElementById(arguments[0]); return e ? e.innerText : ''", id));
    }

    private MeetingDetails scheduled(String notes) {
        return planner.upcoming(new ForumManager(COORDINATOR, false)).stream()
                .flatMap(forum -> forum.meetings().stream())
                .filter(m -> notes.equals(m.notes()))
                .min(java.util.Comparator.comparing(MeetingDetails::startsAt))
                .orElseThrow(() -> new AssertionError("The series was not stored"));
    }
}
