package london.victimvoice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeLedgerTest {

    @Test
    void typed_codes_lose_their_spaces_and_anything_else_is_not_a_code() {
        assertThat(CodeLedger.digitsOf(" 012 345\n")).isEqualTo("012345");
        assertThat(CodeLedger.digitsOf("012\u00A0345")).isEqualTo("012345");
        assertThat(CodeLedger.digitsOf("012-345")).isNull();
        assertThat(CodeLedger.digitsOf("１２３４５６")).isNull();
        assertThat(CodeLedger.digitsOf("")).isNull();
    }
}
