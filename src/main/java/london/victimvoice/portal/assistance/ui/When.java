package london.victimvoice.portal.assistance.ui;

import java.time.Instant;

import com.vaadin.flow.component.Component;

import london.victimvoice.portal.base.LondonTimes;

/** Meeting times in plain words, in London time: "Tuesday 3 March 2026, 6pm to 8pm". */
final class When {

    private When() {
    }

    static String meeting(Component view, Instant startsAt, Instant endsAt) {
        return view.getTranslation("assistance.meetingTime", LondonTimes.dayWithYear(startsAt),
                LondonTimes.time(startsAt), LondonTimes.time(endsAt));
    }

    static String day(Component view, Instant at) {
        return view.getTranslation("assistance.day", LondonTimes.dayWithYear(at));
    }

    static String dayAndTime(Component view, Instant at) {
        return view.getTranslation("assistance.dayAndTime", LondonTimes.dayWithYear(at), LondonTimes.time(at));
    }
}
