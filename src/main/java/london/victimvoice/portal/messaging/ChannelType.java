package london.victimvoice.portal.messaging;

/** How a message reaches a person. */
public enum ChannelType {
    SMS,
    EMAIL
}
