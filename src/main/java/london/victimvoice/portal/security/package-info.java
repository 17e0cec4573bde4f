/**
 * Who may do what: staff sign-in, participants' one-time sign-in codes, roles, the route access rules
 * and dev-only demo accounts.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.security;
