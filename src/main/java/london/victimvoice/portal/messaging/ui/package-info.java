/**
 * Messaging's own pages.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.ui;
