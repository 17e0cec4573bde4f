package london.victimvoice.portal.participants;

/** Where a participant's request to join one forum stands. Every request starts pending approval. */
public enum ForumRequestStatus {
    PENDING_APPROVAL,
    APPROVED,
    DECLINED,
    WAITING_LIST,
    /** The participant left this forum (or its waiting list) themselves. */
    WITHDRAWN;

    public String labelKey() {
        return "signUp.forumStatus." + name();
    }
}
