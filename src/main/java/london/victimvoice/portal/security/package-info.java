/**
 * Who may do what: staff sign-in, roles, the route access rules and dev-only demo accounts.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.security;
