package london.victimvoice.portal.base.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs before any bean is made: the prod profile with a setting missing, or the dev profile
 * switched on beside prod, stops the start-up with one line saying what to fix.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        if (environment.matchesProfiles("dev")) {
            throw new MissingProductionSettingException(
                    "The dev profile must not run together with prod.",
                    "Remove 'dev' from the active profiles (SPRING_PROFILES_ACTIVE or --spring.profiles.active).");
        }
        var missing = ProductionSettings.missing(environment::getProperty);
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingException("Missing environment variable"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing),
                    "Set every variable listed under 'Running in production' (docs/RUNNING.md) and start again.");
        }
    }
}
