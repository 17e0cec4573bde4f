/** The staff pages for bulk sends: choose, preview, confirm, then a live progress page. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.campaigns.ui;
