package london.victimvoice.portal.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alex@example.org|alex@example.org",
            "'  alex@example.org  '|alex@example.org",
            "Alex.Smith@Example.ORG|Alex.Smith@example.org",
            "alex+forums@mail.example.co.uk|alex+forums@mail.example.co.uk",
            "o'brien@example.org|o'brien@example.org",
            "alex@exämple.de|alex@xn--exmple-cua.de"})
    void an_address_is_trimmed_and_its_domain_lower_cased_but_the_name_part_keeps_its_case(String typed,
            String stored) {
        assertThat(EmailAddress.parse(typed).orElseThrow().value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex", "alex@", "@example.org", "alex@example", "alex@@example.org", "alex@sam@example.org",
            "alex example@example.org", "alex@exam ple.org", "Alex <alex@example.org>",
            "alex@example.org, sam@example.org", "alex@example.org\r\nBcc: sam@example.org", "alex@-example.org",
            "alex@example-.org", "alex@example..org", "alex@example.org.", ".alex@example.org", "alex.@example.org",
            "al..ex@example.org", "alex@127.0.0.1", "josé@example.org", "\"alex\"@example.org",
            "alex@example.org<script>", "'; DROP TABLE participant; --@example.org"})
    void a_malformed_address_is_refused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEqualTo(Parsed.refused(EmailAddress.FORMAT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  \t "})
    void an_empty_address_is_refused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEqualTo(Parsed.refused(EmailAddress.EMPTY));
    }

    @Test
    void an_address_longer_than_mail_can_carry_is_refused_with_the_limit() {
        var typed = "alex@" + "a".repeat(61) + "." + "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(61)
                + ".org";

        assertThat(typed).hasSizeGreaterThan(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.parse(typed)).isEqualTo(Parsed.refused(EmailAddress.TOO_LONG, EmailAddress.MAX_LENGTH));
    }

    @Test
    void the_longest_address_mail_can_carry_is_accepted() {
        var typed = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";

        assertThat(typed).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.parse(typed).isValid()).isTrue();
    }

    @Test
    void a_name_part_longer_than_64_characters_is_refused_with_the_limit() {
        assertThat(EmailAddress.parse("a".repeat(65) + "@example.org"))
                .isEqualTo(Parsed.refused(EmailAddress.BEFORE_AT_TOO_LONG, EmailAddress.LOCAL_PART_MAX_LENGTH));
    }

    @Test
    void the_address_stays_out_of_logs() {
        assertThat(EmailAddress.parse("alex@example.org").orElseThrow().toString()).doesNotContain("alex");
    }
}
