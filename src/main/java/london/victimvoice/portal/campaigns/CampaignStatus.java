package london.victimvoice.portal.campaigns;

/** Where a bulk send stands. It moves forward only: scheduled, queueing, sending, then done or cancelled. */
public enum CampaignStatus {
    /** Saved with its audience; waits for its time. A send now is scheduled for the moment it was confirmed. */
    SCHEDULED,
    /** Its recipients are being put into the outbox, slice by slice. */
    QUEUEING,
    /** Everyone is in the outbox; messages are going (some may be held for a safe time). */
    SENDING,
    /** Every message has a final status. */
    DONE,
    /** Stopped by a coordinator: what had not gone was cancelled. */
    CANCELLED;

    public boolean running() {
        return this == SCHEDULED || this == QUEUEING || this == SENDING;
    }

    public String labelKey() {
        return "bulk.campaignStatus." + name();
    }
}
