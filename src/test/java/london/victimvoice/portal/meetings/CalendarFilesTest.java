package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    /** Tuesday 3 November 2026, 6pm in London: after the clocks went back on 25 October. */
    private static final Instant AFTER_OCTOBER = Instant.parse("2026-11-03T18:00:00Z");
    /** Tuesday 14 April 2026, 6pm in London (BST): after the clocks went forward on 29 March. */
    private static final Instant AFTER_MARCH = Instant.parse("2026-04-14T17:00:00Z");

    @Test
    void the_file_parses_with_london_local_times_and_its_own_timezone() {
        var text = CalendarFiles.ics(UUID.randomUUID(), "Group meeting", AFTER_OCTOBER,
                AFTER_OCTOBER.plusSeconds(7200), null, false, NOW);

        assertThat(text).contains("DTSTART;TZID=Europe/London:20261103T180000")
                .contains("DTEND;TZID=Europe/London:20261103T200000");
        var calendar = Biweekly.parse(text).first();
        var event = calendar.getEvents().getFirst();
        var start = event.getDateStart().getValue().getRawComponents();
        assertThat(start.getHour()).isEqualTo(18);
        assertThat(start.getMinute()).isZero();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(AFTER_OCTOBER);
        assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
                .getValue()).isEqualTo("Europe/London");
        var zone = calendar.getTimezoneInfo().getComponents().iterator().next();
        assertThat(zone.getDaylightSavingsTime()).singleElement().satisfies((DaylightSavingsTime summer) -> {
            assertThat(summer.getRecurrenceRule().getValue().getByMonth()).containsExactly(3);
            assertThat(summer.getTimezoneOffsetTo().getValue().getMillis()).isEqualTo(3_600_000L);
        });
        assertThat(zone.getStandardTimes()).singleElement().satisfies((StandardTime winter) -> {
            assertThat(winter.getRecurrenceRule().getValue().getByMonth()).containsExactly(10);
            assertThat(winter.getTimezoneOffsetTo().getValue().getMillis()).isZero();
        });
        assertThat(text).contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10").contains("TZNAME:GMT")
                .contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3").contains("TZNAME:BST");
        assertThat(event.getSummary().getValue()).isEqualTo("Group meeting");
        assertThat(event.getLocation()).isNull();
    }

    @Test
    void a_summer_meeting_is_at_six_pm_local_too() {
        var text = CalendarFiles.ics(UUID.randomUUID(), "Victim Voice Forum: Open forum", AFTER_MARCH,
                AFTER_MARCH.plusSeconds(7200), "1 High Street", false, NOW);

        var event = Biweekly.parse(text).first().getEvents().getFirst();
        assertThat(event.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(18);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(AFTER_MARCH);
        assertThat(event.getSummary().getValue()).isEqualTo("Victim Voice Forum: Open forum");
        assertThat(event.getLocation().getValue()).isEqualTo("1 High Street");
    }
}
