/**
 * Messaging's own pages: templates with their versions, the message log, and the page a reminder
 * email's stop link opens.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.ui;
