package london.victimvoice.portal.participants;

import java.time.LocalTime;

import london.victimvoice.portal.messaging.ContactWindow.DailyWindow;

/** Parts of the day when contact is safe, in London time. */
public enum TimeOfDay {
    /** 8am to midday. */
    MORNING(LocalTime.of(8, 0), LocalTime.NOON),
    /** Midday to 5pm. */
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    /** 5pm to 8pm. */
    EVENING(LocalTime.of(17, 0), LocalTime.of(20, 0));

    private final LocalTime from;
    private final LocalTime until;

    TimeOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    /** The same hours as the messages' own window type, for sending only when contact is safe. */
    DailyWindow window() {
        return new DailyWindow(from, until);
    }

    public String labelKey() {
        return "signUp.timeOfDay." + name();
    }
}
