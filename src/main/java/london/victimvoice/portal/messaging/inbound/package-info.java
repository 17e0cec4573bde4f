/**
 * Replies that participants send by SMS: what they mean (RSVP, opt-out, help), decided without
 * Spring so the rules can be tested and fuzzed on their own.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.inbound;
