/** The participant's request pages and the SUPPORT queue. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.assistance.ui;
