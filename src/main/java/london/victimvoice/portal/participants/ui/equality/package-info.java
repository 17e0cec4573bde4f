/**
 * The optional equality questions of the sign-up: an explainer, then one question per page.
 * The answers stay in their own session draft, apart from the name and contact details.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.participants.ui.equality;
