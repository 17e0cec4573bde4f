package london.victimvoice.portal.vouchers;

/**
 * Vouchers counted by how far they got; a withdrawn voucher counts nowhere. Each count includes
 * the later stages: an issued voucher was approved, a confirmed one was issued.
 *
 * @param requested   every voucher not withdrawn
 * @param approved    signed off (issued and confirmed ones included)
 * @param issued      sent as a code or handed over (confirmed ones included)
 * @param confirmed   the person said they received it
 * @param outstanding issued but not yet confirmed
 * @param valuePence  what the signed-off vouchers are worth
 */
public record ReconciliationCounts(int requested, int approved, int issued, int confirmed, int outstanding,
        long valuePence) {

    public static final ReconciliationCounts NONE = new ReconciliationCounts(0, 0, 0, 0, 0, 0);

    public ReconciliationCounts plus(ReconciliationCounts other) {
        return new ReconciliationCounts(requested + other.requested, approved + other.approved,
                issued + other.issued, confirmed + other.confirmed, outstanding + other.outstanding,
                valuePence + other.valuePence);
    }
}
