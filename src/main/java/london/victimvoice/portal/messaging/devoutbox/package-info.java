/** The dev outbox: messages kept in a table instead of sent, for trying the portal without providers. Never in prod. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.devoutbox;
