/**
 * Thank-you vouchers. Recording attendance requests one voucher per attended meeting; an approver
 * who neither recorded the attendance nor raised the request signs it off against the budget of
 * the right financial year and sponsor (an append-only ledger); coordinators issue it as an
 * e-voucher code sent through the person's safe channel or as a card handed over in person; the
 * person confirms receipt in the portal or by texting RECEIVED; approvers and admins reconcile.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.vouchers;
