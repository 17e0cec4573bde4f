package london.victimvoice.portal.base.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The settings the prod profile cannot run without. They come only from the environment, so a
 * missing one must stop the start-up at once rather than fall back to a dev default.
 */
public final class ProductionSettings {

    public static final List<String> REQUIRED = List.of(
            "PORTAL_DB_URL", "PORTAL_DB_USER", "PORTAL_DB_PASSWORD",
            "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM",
            "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD",
            "PORTAL_CODE_KEY", "PORTAL_DATA_KEY", "PORTAL_PUBLIC_URL", "PORTAL_LINK_KEY", "PORTAL_RECEIPT_KEY");

    private ProductionSettings() {
    }

    /** The required names that {@code lookup} has no non-blank value for, in declared order. */
    public static List<String> missing(Function<String, String> lookup) {
        return REQUIRED.stream().filter(name -> {
            var value = lookup.apply(name);
            return value == null || value.isBlank();
        }).toList();
    }

    static List<String> missing(Map<String, String> environment) {
        return missing(environment::get);
    }
}
