package london.victimvoice.portal.base;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FullNameTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_full_name_may_be_left_out(String typed) {
        assertThat(FullName.parseOptional(typed)).isEqualTo(Parsed.valid(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amara Okafor-Williams", "فاطمة الزهراء", "<script>alert(1)</script>",
            "'; DROP TABLE participant; --"})
    void a_full_name_is_kept_as_typed(String typed) {
        assertThat(FullName.parseOptional(typed).orElseThrow()).map(FullName::value).contains(typed);
    }

    @Test
    void a_full_name_over_the_limit_is_refused_with_the_limit() {
        assertThat(FullName.parseOptional("a".repeat(FullName.MAX_LENGTH)).isValid()).isTrue();
        assertThat(FullName.parseOptional("a".repeat(2000)))
                .isEqualTo(Parsed.refused(FullName.TOO_LONG, FullName.MAX_LENGTH));
    }

    @Test
    void a_full_name_with_a_control_character_is_refused() {
        assertThat(FullName.parseOptional("Amara\u0000")).isEqualTo(Parsed.refused(NameText.HIDDEN_CHARACTER));
    }
}
