package london.victimvoice.portal.vouchers;

/** Loading codes and issuing vouchers on the embedded H2 database (MariaDB mode). */
class VoucherIssueH2Test extends VoucherIssueContract {
}
