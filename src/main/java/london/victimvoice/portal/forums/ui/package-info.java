/**
 * Coordinators' screens for the forums they look after.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.forums.ui;
