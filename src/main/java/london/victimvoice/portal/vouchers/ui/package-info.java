/** The staff and participant pages for thank-you vouchers. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.vouchers.ui;
