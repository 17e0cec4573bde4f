package london.victimvoice.portal.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal the contact types can give has a text a person can read. */
class ContactErrorKeysTest {

    private static final List<Class<?>> TYPES = List.of(PhoneNumber.class, EmailAddress.class, ChosenName.class,
            FullName.class, NameText.class);

    @Test
    void every_error_key_the_contact_types_declare_is_in_messages_properties() throws Exception {
        var keys = declaredErrorKeys();

        assertThat(keys).hasSizeGreaterThanOrEqualTo(13);
        assertThat(bundle().stringPropertyNames()).containsAll(keys);
    }

    @Test
    void refusals_that_carry_a_limit_show_it_in_the_text() throws IOException {
        var bundle = bundle();
        var refusals = Stream.of(ChosenName.parse("a".repeat(2000)), FullName.parseOptional("a".repeat(2000)),
                        EmailAddress.parse("a".repeat(65) + "@example.org"), EmailAddress.parse("a".repeat(300)))
                .map(parsed -> (Parsed.Refused<?>) parsed)
                .toList();

        for (var refusal : refusals) {
            var text = new MessageFormat(bundle.getProperty(refusal.errorKey()), Locale.UK)
                    .format(refusal.errorArguments().toArray());
            assertThat(text).as(refusal.errorKey()).contains(String.valueOf(refusal.errorArguments().getFirst()))
                    .doesNotContain("{");
        }
    }

    private static List<String> declaredErrorKeys() throws IllegalAccessException {
        var keys = new ArrayList<String>();
        for (var type : TYPES) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    var value = (String) field.get(null);
                    if (value.startsWith("contact.") && value.contains(".error.")) {
                        keys.add(value);
                    }
                }
            }
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        var properties = new Properties();
        try (var in = ContactErrorKeysTest.class.getResourceAsStream("/messages.properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
