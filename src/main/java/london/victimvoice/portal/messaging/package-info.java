/**
 * Outgoing SMS and email through channels: Twilio, SMTP, or the dev outbox when no provider is configured.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging;
