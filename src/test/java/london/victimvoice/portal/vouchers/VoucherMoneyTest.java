package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Money as people type and read it. */
class VoucherMoneyTest {

    @Test
    void pounds_typed_in_the_usual_ways_become_pence() {
        assertThat(VoucherMoney.parse("25")).hasValue(2_500);
        assertThat(VoucherMoney.parse("25.5")).hasValue(2_550);
        assertThat(VoucherMoney.parse(" £2,500.00 ")).hasValue(250_000);
        assertThat(VoucherMoney.parse("0")).hasValue(0);
        assertThat(VoucherMoney.parse("-5")).as("for the service to refuse in its words").hasValue(-500);
    }

    @Test
    void anything_else_is_not_money() {
        for (var typed : new String[] {"", " ", "ten", "25.005", "1e5", "£", "25p", "9999999999999", "<script>"}) {
            assertThat(VoucherMoney.parse(typed)).as(typed).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void pence_read_as_uk_money() {
        assertThat(VoucherMoney.format(2_500)).isEqualTo("£25.00");
        assertThat(VoucherMoney.format(2_500_000)).isEqualTo("£25,000.00");
        assertThat(VoucherMoney.format(-40_000)).isEqualTo("-£400.00");
    }
}
