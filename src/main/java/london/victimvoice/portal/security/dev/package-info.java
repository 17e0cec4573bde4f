/** Dev-profile conveniences that must never exist in production. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.security.dev;
