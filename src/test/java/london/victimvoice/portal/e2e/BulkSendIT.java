package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.security.Roles;

/**
 * A bulk reminder in a real browser: a coordinator chooses the members of the open forum coming to
 * a meeting, previews the three messages, confirms, and watches the progress bar reach done with
 * nothing but server push moving it; the reminders are then in the dev outbox.
 */
class BulkSendIT extends BrowserTest {

    private static final String COORDINATOR = "e2e-coordinator";

    @Autowired
    ForumStewards stewards;

    @Autowired
    Rsvps rsvps;

    @Autowired
    ApplicationContext context;

    @Test
    void a_coordinator_previews_and_sends_a_reminder_and_watches_the_progress_bar_reach_done() {
        daytimeInLondon();
        stewards.assign(AuditSeeds.FORUM, COORDINATOR);
        // A meeting at an odd minute, so its label is the only one like it in the list.
        var startsAt = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES).plusSeconds(60 * 7);
        var meeting = TestMeetings.create(context, AuditSeeds.FORUM, startsAt);
        var names = List.of("Bulk Ada", "Bulk Bea", "Bulk Cy");
        for (var name : names) {
            rsvps.answer(TestMembers.member(context, name, AuditSeeds.FORUM), meeting, RsvpAnswer.COMING);
        }

        signInAs(Roles.COORDINATOR);
        open("staff/messages/bulk");
        choose("vaadin-radio-group#bulk-meeting vaadin-radio-button",
                "Open forum: " + LondonTimes.dayAndTime(startsAt));
        choose("vaadin-radio-group#bulk-rsvp vaadin-radio-button", "Said they are coming");
        choose("vaadin-radio-group#bulk-template vaadin-radio-button", "meeting-reminder");
        waitForVaadin();
        clickButton("bulk-preview");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("bulk-count")).isEmpty());
        waitForVaadin();

        assertThat(find("#bulk-count").getText()).isEqualTo("This will go to 3 people.");
        var table = find("#bulk-preview-table").getText();
        assertThat(table).contains("Bulk Ada", "Bulk Bea", "Bulk Cy", "Goes now",
                "Reminder: your group meeting is on " + LondonTimes.day(startsAt));
        assertThat(table).doesNotContain("@example.org");

        clickButton("bulk-continue");
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('bulk-dialog').open")));
        assertThat(find("#bulk-dialog-heading").getText()).isEqualTo("Send this message to 3 people now?");
        assertThat(pushScriptLoaded()).as("no push connection on the pages before the progress page").isFalse();
        clickButton("bulk-confirm");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("staff/messages/bulk/"));
        waitForVaadin();

        // No click or reload from here on: only server push can bring "Done".
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "Done".equals(textOf("campaign-status")));
        assertThat(js("return document.getElementById('campaign-bar').value")).isEqualTo(3L);
        assertThat(js("return document.getElementById('campaign-bar').max")).isEqualTo(3L);
        assertThat(textOf("campaign-bar-text")).isEqualTo("3 of 3 done (100%)");
        assertThat(textOf("campaign-count-sent")).isEqualTo("3");
        assertThat(find("#campaign-announce").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(textOf("campaign-announce")).startsWith("Finished: 3 of 3 done");
        assertThat(driver.getTitle()).startsWith("Bulk send: Done");
        assertThat(pushScriptLoaded()).as("the progress page switched push on").isTrue();
        assertThat(driver.findElements(By.cssSelector("vaadin-button#campaign-cancel")).stream()
                .noneMatch(b -> b.isDisplayed())).as("nothing left to stop").isTrue();

        open("staff/dev-outbox");
        var sent = find("main").getText();
        assertThat(sent.split("Reminder: your group meeting is on " + LondonTimes.day(startsAt), -1))
                .as("three reminders in the dev outbox").hasSizeGreaterThanOrEqualTo(4);
    }

    /**
     * Quiet hours (20:00–08:00 London) would hold the reminders until morning: outside the day,
     * move the portal's clock on to 10:00 the next morning. The clock only moves forward.
     */
    private void daytimeInLondon() {
        var now = ZonedDateTime.ofInstant(clock.instant(), LondonTimes.LONDON);
        var time = now.toLocalTime();
        if (time.isBefore(LocalTime.of(8, 30)) || time.isAfter(LocalTime.of(19, 0))) {
            var morning = (time.isBefore(LocalTime.of(8, 30)) ? now : now.plusDays(1)).with(LocalTime.of(10, 0));
            clock.advance(Duration.between(now, morning));
        }
    }

    private boolean pushScriptLoaded() {
        return Boolean.TRUE.equals(js("return performance.getEntriesByType('resource')"
                + ".some(r => r.name.includes('vaadinPush')) || !!window.vaadinPush"));
    }

    private String textOf(String id) {
        return String.valueOf(js("const e = document.getElementById(arguments[0]); return e ? e.innerText : ''", id));
    }
}
