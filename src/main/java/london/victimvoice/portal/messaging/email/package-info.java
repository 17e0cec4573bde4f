/** Plain-text email over SMTP. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.email;
