package london.victimvoice.portal.vouchers;

/** Reconciliation on the embedded H2 database (MariaDB mode). */
class VoucherReconciliationH2Test extends VoucherReconciliationContract {
}
