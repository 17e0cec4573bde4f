package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every refusal and every option the sign-up offers has a text a person can read. */
class SignUpTextsTest {

    @Test
    void every_refusal_key_is_in_messages_properties() throws Exception {
        var keys = new ArrayList<String>();
        for (var field : SignUpRefused.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }

        assertThat(keys).hasSizeGreaterThanOrEqualTo(15);
        assertThat(bundle().stringPropertyNames()).containsAll(keys);
    }

    @Test
    void every_time_of_day_access_need_and_forum_status_has_a_label() throws Exception {
        List<String> keys = Stream.of(
                        Arrays.stream(TimeOfDay.values()).map(TimeOfDay::labelKey),
                        Arrays.stream(AccessNeed.values()).map(AccessNeed::labelKey),
                        Arrays.stream(ForumRequestStatus.values()).map(ForumRequestStatus::labelKey))
                .flatMap(s -> s).toList();

        assertThat(bundle().stringPropertyNames()).containsAll(keys);
    }

    private static Properties bundle() throws Exception {
        var properties = new Properties();
        try (var in = SignUpTextsTest.class.getResourceAsStream("/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
