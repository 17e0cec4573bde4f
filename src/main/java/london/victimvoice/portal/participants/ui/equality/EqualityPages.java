package london.victimvoice.portal.participants.ui.equality;

/** Where the equality questions sit in the sign-up: after contact safety, before consent. */
final class EqualityPages {

    /** The explainer, where the person chooses to answer or to skip. */
    static final String START = "join/equality";
    static final String BACK = "join/heard-from";
    static final String NEXT = "join/privacy";

    private EqualityPages() {
    }
}
