package london.victimvoice.portal.assistance.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

/** Meeting times in plain words, in London time: "Tuesday 3 March, 6pm to 8pm". */
final class When {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)
            .withZone(LONDON);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK).withZone(LONDON);

    private When() {
    }

    static String meeting(Component view, Instant startsAt, Instant endsAt) {
        return view.getTranslation("assistance.meetingTime", DAY.format(startsAt), time(startsAt), time(endsAt));
    }

    static String day(Component view, Instant at) {
        return view.getTranslation("assistance.day", DAY.format(at));
    }

    static String dayAndTime(Component view, Instant at) {
        return view.getTranslation("assistance.dayAndTime", DAY.format(at), time(at));
    }

    /** "6pm", "6:30pm". */
    private static String time(Instant at) {
        return TIME.format(at).toLowerCase(Locale.UK).replace(":00", "");
    }
}
