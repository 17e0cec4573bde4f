/**
 * The participant journey: the landing page and partner referral codes now; sign-up, verification and preferences next.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.participants;
