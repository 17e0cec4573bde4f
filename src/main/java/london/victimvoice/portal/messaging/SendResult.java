package london.victimvoice.portal.messaging;

/**
 * A message a channel accepted.
 *
 * @param providerReference the provider's id for it (Twilio message SID, SMTP Message-ID, dev outbox id),
 *                          for matching later delivery reports
 */
public record SendResult(ChannelType channel, String providerReference) {
}
