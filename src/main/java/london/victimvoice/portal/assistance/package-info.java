/**
 * Help around a meeting: participants ask for adjustments or for support, see where their
 * requests stand, and SUPPORT staff work through them with notes. Every look at a request is
 * audited.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.assistance;
