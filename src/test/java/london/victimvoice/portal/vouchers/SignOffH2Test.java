package london.victimvoice.portal.vouchers;

/** Voucher requests and sign-off on H2, the dev and unit-test database. */
class SignOffH2Test extends SignOffContract {
}
