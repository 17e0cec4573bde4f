package london.victimvoice.portal.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.PortalApplication;

/**
 * Starts the real application in its own JVM, as an operator would, with a controlled
 * environment: a prod start with a setting missing must stop at once with one clear message and
 * no stack trace, so the fix is obvious from a container log.
 */
class ProdProfileStartupIT {

    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(.*\\)$");

    @Test
    void prod_without_any_settings_refuses_to_start_and_names_the_database_url() throws Exception {
        var run = start(Map.of(), "--spring.profiles.active=prod");

        assertRefusedCleanly(run);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).contains("Missing environment variable")
                .contains("PORTAL_DB_URL"));
    }

    @Test
    void prod_with_every_setting_but_one_names_that_one() throws Exception {
        var environment = ProductionSettingsTest.allSet();
        environment.remove("TWILIO_FROM");

        var run = start(environment, "--spring.profiles.active=prod");

        assertRefusedCleanly(run);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).contains("Missing environment variable TWILIO_FROM"));
        assertThat(run.output()).doesNotContain("PORTAL_DB_URL");
    }

    @Test
    void dev_and_prod_together_are_refused_even_with_every_setting() throws Exception {
        var run = start(ProductionSettingsTest.allSet(), "--spring.profiles.active=dev,prod");

        assertRefusedCleanly(run);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).contains("dev profile must not run together with prod"));
    }

    @Test
    void the_profile_from_the_environment_is_checked_too() throws Exception {
        var run = start(Map.of("SPRING_PROFILES_ACTIVE", "prod"));

        assertRefusedCleanly(run);
        assertThat(run.output()).contains("PORTAL_DB_URL");
    }

    private static void assertRefusedCleanly(Run run) {
        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isNotZero();
        assertThat(run.output()).as("the failure report").contains("APPLICATION FAILED TO START");
        assertThat(STACK_FRAME.matcher(run.output()).find()).as("a stack trace in:%n%s", run.output()).isFalse();
        assertThat(run.output()).doesNotContain("Exception in thread").doesNotContain("Caused by:");
        System.out.printf("prod start refused in %d ms%n", run.took().toMillis());
    }

    /** Runs the application on this test's own classpath with only the given environment. */
    private static Run start(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PortalApplication.class.getName());
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        var started = System.nanoTime();
        var process = builder.start();
        // Read while it runs so a full pipe can never stall it.
        var output = new StringBuilder();
        var reader = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append("(could not read output: ").append(e.getMessage()).append(')');
            }
        });
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(Duration.ofSeconds(5));
            throw new AssertionError("still running after " + LIMIT + " instead of refusing:\n" + output);
        }
        reader.join(Duration.ofSeconds(5));
        return new Run(process.exitValue(), output.toString(), Duration.ofNanos(System.nanoTime() - started));
    }

    private record Run(int exitCode, String output, Duration took) {

        List<String> lines() {
            return output.lines().toList();
        }
    }
}
