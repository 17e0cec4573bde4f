/**
 * The participant journey: the public landing page now; sign-up, verification and preferences next.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.participants;
