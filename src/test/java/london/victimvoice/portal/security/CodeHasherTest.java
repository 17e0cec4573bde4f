package london.victimvoice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.security.SecurityProperties.OneTimeCodeSettings;

class CodeHasherTest {

    private static final OneTimeCodeSettings DEFAULTS = new OneTimeCodeSettings(Duration.ofSeconds(30), 30);

    @Test
    void a_key_shorter_than_32_bytes_is_refused_at_start() {
        var shortKey = Base64.getEncoder().encodeToString(new byte[31]);

        assertThatThrownBy(() -> new CodeHasher(new SecurityProperties(shortKey, DEFAULTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void a_key_that_is_not_base64_is_refused_at_start_without_repeating_it() {
        assertThatThrownBy(() -> new CodeHasher(new SecurityProperties("not*base64*at*all!", DEFAULTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not base64")
                .hasMessageNotContaining("not*base64");
    }

    @Test
    void without_a_key_outside_prod_each_start_makes_its_own() {
        var one = new CodeHasher(new SecurityProperties(null, DEFAULTS));
        var two = new CodeHasher(new SecurityProperties(" ", DEFAULTS));

        assertThat(one.ip("192.0.2.1")).isNotEqualTo(two.ip("192.0.2.1"));
    }

    @Test
    void hashes_depend_on_the_key_and_on_what_kind_of_value_is_hashed() {
        var key = new byte[32];
        var hasher = new CodeHasher(key);
        var otherKey = new byte[32];
        otherKey[0] = 1;

        assertThat(hasher.ip("192.0.2.1")).matches("[0-9a-f]{64}")
                .isEqualTo(new CodeHasher(key.clone()).ip("192.0.2.1"))
                .isNotEqualTo(new CodeHasher(otherKey).ip("192.0.2.1"));
        assertThat(hasher.contact("SMS", "+447700900123")).isNotEqualTo(hasher.contact("EMAIL", "+447700900123"));
        assertThat(hasher.code("a", "123456")).isNotEqualTo(hasher.code("b", "123456"));
    }

    @Test
    void the_key_never_shows_in_the_settings_text() {
        var key = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(new SecurityProperties(key, DEFAULTS).toString()).doesNotContain(key).contains("(set)");
    }
}
