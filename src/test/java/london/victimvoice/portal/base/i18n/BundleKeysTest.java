package london.victimvoice.portal.base.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key named in the code exists in the bundle. */
class BundleKeysTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|PageTitles\\.of\\(this,\\s*|@Menu\\(title\\s*=\\s*)\"([a-zA-Z0-9.\\-]+)\"");

    @Test
    void every_key_used_in_the_code_is_in_messages_properties() throws IOException {
        var bundle = bundle();
        var missing = new TreeSet<String>();
        var used = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    var key = matcher.group(1);
                    used.add(key);
                    // "day." + day.name(): a prefix for keys made at run time; some key must start with it.
                    var known = key.endsWith(".")
                            ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : bundle.containsKey(key);
                    if (!known) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(used).as("keys found in code").isNotEmpty();
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void keys_made_at_run_time_exist_for_every_value() throws IOException {
        var bundle = bundle();
        var missing = new TreeSet<String>();
        for (var day : java.time.DayOfWeek.values()) {
            missing.add("day." + day.name());
        }
        for (var channel : london.victimvoice.portal.messaging.ChannelType.values()) {
            missing.add("join.safety.channel." + channel.name());
        }
        for (var forum : List.of("open", "black-communities", "women-and-girls", "disabilities", "lgbtq",
                "parents-guardians")) {
            missing.add("forum." + forum + ".name");
            missing.add("forum." + forum + ".description");
        }
        missing.removeAll(bundle.stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    @Test
    void texts_with_placeholders_escape_apostrophes_so_they_are_not_swallowed() throws IOException {
        var bundle = bundle();
        var broken = bundle.stringPropertyNames().stream()
                .filter(k -> bundle.getProperty(k).contains("{0}") && bundle.getProperty(k).matches(".*[^']'[^'].*"))
                .toList();
        assertThat(broken).as("use ’ or '' in texts with {0}").isEmpty();
    }

    static Properties bundle() throws IOException {
        var properties = new Properties();
        try (var in = BundleKeysTest.class.getResourceAsStream("/messages.properties")) {
            assertThat(in).as("messages.properties on the classpath").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
