package london.victimvoice.portal.meetings;

/** Where one reminder of one meeting stands. */
enum ReminderStatus {
    /** Waiting for its moment; the sweep queues it then. */
    PLANNED,
    /** Its messages are in the outbox, which sends, holds or cancels each one. */
    QUEUED,
    /** Its moment had passed when the meeting was made or moved; planned again if a move makes it future. */
    SKIPPED,
    /** The meeting was cancelled, or the forum no longer reminds so many days before. */
    CANCELLED
}
