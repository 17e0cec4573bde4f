package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.messaging.ChannelType;

class DataCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final DataCipher cipher = new DataCipher(KEY);
    private final UUID row = UUID.randomUUID();

    @Test
    void a_sealed_value_opens_to_what_was_sealed() {
        var sealed = cipher.seal("👩🏽‍🦱 مريم <script>", "participant.chosen_name", row);

        assertThat(cipher.open(sealed, "participant.chosen_name", row)).isEqualTo("👩🏽‍🦱 مريم <script>");
    }

    @Test
    void sealing_the_same_value_twice_gives_different_bytes() {
        assertThat(cipher.seal("Sam", "c", row)).isNotEqualTo(cipher.seal("Sam", "c", row));
    }

    @Test
    void a_value_moved_to_another_column_or_row_does_not_open() {
        var sealed = cipher.seal("Sam", "participant.chosen_name", row);

        assertThatThrownBy(() -> cipher.open(sealed, "participant.full_name", row))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "participant.chosen_name", UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_value_sealed_under_another_key_does_not_open() {
        var other = new DataCipher("another key of at least 32 bytes!".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> cipher.open(other.seal("Sam", "c", row), "c", row))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another key");
    }

    @Test
    void sealing_adds_a_fixed_overhead_so_columns_can_be_sized() {
        assertThat(cipher.seal("x".repeat(100), "c", row)).hasSize(100 + DataCipher.OVERHEAD_BYTES);
    }

    @Test
    void a_key_shorter_than_32_bytes_is_refused() {
        assertThatThrownBy(() -> new DataCipher(new byte[31])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void an_email_address_hashes_the_same_whatever_its_case_and_a_phone_differs_from_an_email() {
        assertThat(cipher.contactHash(ChannelType.EMAIL, "Sam@Example.org"))
                .isEqualTo(cipher.contactHash(ChannelType.EMAIL, "sam@example.org"))
                .matches("[0-9a-f]{64}");
        assertThat(cipher.contactHash(ChannelType.SMS, "+447700900123"))
                .isNotEqualTo(cipher.contactHash(ChannelType.EMAIL, "+447700900123"));
    }

    @Test
    void the_equality_reference_differs_from_the_id_and_needs_the_key() {
        var id = UUID.randomUUID();
        var other = new DataCipher("another key of at least 32 bytes!".getBytes(StandardCharsets.US_ASCII));

        assertThat(cipher.equalityRef(id)).doesNotContain(id.toString()).isNotEqualTo(other.equalityRef(id));
    }
}
