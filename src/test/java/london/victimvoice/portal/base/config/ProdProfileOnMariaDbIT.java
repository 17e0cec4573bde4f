package london.victimvoice.portal.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.support.MariaDbTestSupport;

/**
 * The application as it runs in production (prod profile, every setting present, MariaDB):
 * nothing meant for laptops exists in it, such as demo staff accounts with known usernames.
 */
@SpringBootTest(properties = {
        // The start-up check reads these; the datasource itself comes from MariaDbTestSupport.
        "PORTAL_DB_URL=jdbc:mariadb://set-by-test/portal", "PORTAL_DB_USER=set-by-test",
        "PORTAL_DB_PASSWORD=set-by-test",
        "TWILIO_ACCOUNT_SID=ACtest", "TWILIO_AUTH_TOKEN=test-token", "TWILIO_FROM=+447700900000",
        "SPRING_MAIL_HOST=127.0.0.1", "SPRING_MAIL_PORT=2525", "SPRING_MAIL_USERNAME=portal@example.org",
        "SPRING_MAIL_PASSWORD=test-password", "PORTAL_CODE_KEY=" + ProdProfileOnMariaDbIT.CODE_KEY,
        "PORTAL_DATA_KEY=" + ProdProfileOnMariaDbIT.DATA_KEY, "PORTAL_PUBLIC_URL=https://portal.example",
        "PORTAL_LINK_KEY=" + ProdProfileOnMariaDbIT.LINK_KEY,
        "PORTAL_RECEIPT_KEY=cmVjZWlwdHJlY2VpcHRyZWNlaXB0cmVjZWlwdHJlY2U="})
@ActiveProfiles("prod")
class ProdProfileOnMariaDbIT implements MariaDbTestSupport {

    /** 32 bytes, base64: the shortest key the prod profile accepts. */
    static final String CODE_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    /** 32 bytes, base64, and not the code key: each key has one use. */
    static final String DATA_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    /** 32 bytes, base64, for the stop links in messages. */
    static final String LINK_KEY = "bGlua2xpbmtsaW5rbGlua2xpbmtsaW5rbGlua2xpbms=";

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void prod_runs_with_only_the_prod_profile() {
        assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("prod");
        assertThat(context.getEnvironment().getProperty("portal.messaging.delivery")).isEqualTo("providers");
    }

    @Test
    void no_dev_only_bean_exists_in_prod() {
        var devBeans = Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getBeanFactory().getType(name))
                .filter(type -> type != null && isDevOnly(type.getPackageName()))
                .map(Class::getName)
                .toList();

        assertThat(devBeans).as("beans from dev-only packages").isEmpty();
    }

    @Test
    void the_demo_staff_accounts_runner_is_not_a_bean_in_prod() throws ClassNotFoundException {
        var demoAccounts = Class.forName("london.victimvoice.portal.security.dev.DemoStaffAccounts");

        assertThat(context.getBeanNamesForType(demoAccounts)).isEmpty();
    }

    @Test
    void no_demo_staff_account_is_created_in_prod() {
        var demoAccounts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM staff_account WHERE username LIKE 'demo-%'", Integer.class);

        assertThat(demoAccounts).isZero();
    }

    /** Dev conveniences live in packages named dev or dev-something (security.dev, messaging.devoutbox). */
    private static boolean isDevOnly(String packageName) {
        return packageName.startsWith("london.victimvoice.portal")
                && Arrays.stream(packageName.split("\\.")).anyMatch(segment -> segment.startsWith("dev"));
    }
}
