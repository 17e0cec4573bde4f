package london.victimvoice.portal.forums;

/**
 * One thing wrong with the reminder settings a coordinator typed.
 *
 * @param field      which box: 0, 1, 2 for the days before (in the order typed), {@link #TIME} for the time
 * @param messageKey says what is wrong; its arguments are the limits in {@link ReminderSettings}
 */
public record ReminderProblem(int field, String messageKey) {

    public static final int TIME = -1;

    public static final String DAYS = "forums.reminders.error.days";
    public static final String DUPLICATE = "forums.reminders.error.duplicate";
    public static final String TOO_MANY = "forums.reminders.error.tooMany";
    public static final String TIME_FORMAT = "forums.reminders.error.time";
    public static final String TIME_RANGE = "forums.reminders.error.timeRange";
}
