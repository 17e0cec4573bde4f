package london.victimvoice.portal.forums;

/**
 * A forum's reminder settings changed. Published inside the changing transaction and heard there
 * (a plain listener), so the meetings' planned reminders move with the settings or not at all.
 */
public record ForumRemindersChanged(String forumCode, ReminderSettings settings) {
}
