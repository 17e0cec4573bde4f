package london.victimvoice.portal.participants;

/**
 * A referral code as admins list it: the code, and how many sign-ups came through it.
 *
 * @param signUps finished sign-ups stored with this code, whether or not they are approved yet
 */
public record ReferralWithSignUps(ReferralSummary referral, long signUps) {
}
