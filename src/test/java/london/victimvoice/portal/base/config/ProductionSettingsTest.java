package london.victimvoice.portal.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    @Test
    void with_nothing_set_every_setting_is_missing_in_declared_order() {
        assertThat(ProductionSettings.missing(Map.of())).containsExactlyElementsOf(ProductionSettings.REQUIRED);
    }

    @Test
    void with_everything_set_nothing_is_missing() {
        assertThat(ProductionSettings.missing(allSet())).isEmpty();
    }

    @Test
    void a_blank_value_counts_as_missing() {
        var environment = allSet();
        environment.put("TWILIO_FROM", "  ");
        environment.put("PORTAL_DB_PASSWORD", "");

        assertThat(ProductionSettings.missing(environment)).containsExactly("PORTAL_DB_PASSWORD", "TWILIO_FROM");
    }

    @Test
    void the_lookup_is_asked_for_each_name_and_nothing_else_counts() {
        var environment = allSet();
        environment.remove("SPRING_MAIL_PORT");
        environment.put("spring.mail.port", "587");

        assertThat(ProductionSettings.missing(environment::get)).containsExactly("SPRING_MAIL_PORT");
    }

    @Test
    void database_twilio_and_mail_settings_are_all_required() {
        assertThat(ProductionSettings.REQUIRED).contains("PORTAL_DB_URL", "PORTAL_DB_USER", "PORTAL_DB_PASSWORD",
                "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM",
                "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD");
    }

    @Test
    void the_sign_in_code_key_is_required() {
        assertThat(ProductionSettings.REQUIRED).contains("PORTAL_CODE_KEY");
    }

    @Test
    void the_personal_data_key_is_required() {
        assertThat(ProductionSettings.REQUIRED).contains("PORTAL_DATA_KEY");
    }

    @Test
    void the_receipt_code_key_is_required() {
        assertThat(ProductionSettings.REQUIRED).contains("PORTAL_RECEIPT_KEY");
    }

    static Map<String, String> allSet() {
        var environment = new HashMap<String, String>();
        ProductionSettings.REQUIRED.forEach(name -> environment.put(name, "value-of-" + name));
        return environment;
    }
}
