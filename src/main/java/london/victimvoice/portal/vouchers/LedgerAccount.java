package london.victimvoice.portal.vouchers;

/** Which total a ledger entry counts towards. */
public enum LedgerAccount {
    /** Money an admin allotted to a sponsor's year. */
    BUDGET,
    /** An admin's recorded permission, with a reason, to sign off beyond the budget. */
    OVERRIDE,
    /** A voucher signed off. Withdrawing it adds the reversing entry. */
    SPENT
}
