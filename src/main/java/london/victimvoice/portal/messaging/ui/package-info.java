/** Coordinators' pages for messages: templates with their versions, and the message log. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.ui;
