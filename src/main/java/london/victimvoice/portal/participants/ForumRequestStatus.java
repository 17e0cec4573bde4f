package london.victimvoice.portal.participants;

/** Where a participant's request to join one forum stands. Every request starts pending approval. */
public enum ForumRequestStatus {
    PENDING_APPROVAL,
    APPROVED,
    DECLINED,
    WAITING_LIST;

    public String labelKey() {
        return "signUp.forumStatus." + name();
    }
}
