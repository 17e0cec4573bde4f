package london.victimvoice.portal.voice;

/** What a participant asked to hear about beyond their own forums' questions. */
public enum SubscriptionKind {
    /** Join the wider pool that consultations go to. */
    CONSULTATIONS,
    /** Be told when a "we did" entry for one of their forums changes status. */
    WE_DID_UPDATES
}
