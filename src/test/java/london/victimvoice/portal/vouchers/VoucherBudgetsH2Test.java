package london.victimvoice.portal.vouchers;

/** Voucher budgets and the ledger on the embedded H2 database (MariaDB mode). */
class VoucherBudgetsH2Test extends VoucherBudgetsContract {
}
