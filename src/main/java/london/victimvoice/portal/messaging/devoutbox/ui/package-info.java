/** The staff page listing the dev outbox; its route exists only where the dev outbox does. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.devoutbox.ui;
