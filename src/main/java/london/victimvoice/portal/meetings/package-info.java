/**
 * Forum meetings: series every few weeks at a local London time, single meetings moved or
 * cancelled, where they are, and who is coming.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.meetings;
