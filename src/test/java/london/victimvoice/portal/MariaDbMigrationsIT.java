package london.victimvoice.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.support.MariaDbTestSupport;

/**
 * The whole application starts on a fresh real MariaDB: every migration runs, and Hibernate's
 * {@code validate} (which would stop the context) agrees with the schema the migrations made.
 */
@SpringBootTest
@ActiveProfiles("test")
class MariaDbMigrationsIT implements MariaDbTestSupport {

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.\\d+-MariaDB.*");

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void every_migration_has_run_on_mariadb() {
        var info = flyway.info();

        assertThat(info.pending()).as("pending migrations").isEmpty();
        assertThat(info.applied()).as("applied migrations").isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState()).as(m.getScript()).isEqualTo(MigrationState.SUCCESS));
        assertThat(Arrays.stream(info.applied()).map(MigrationInfo::getScript))
                .containsExactlyElementsOf(Arrays.stream(info.all()).map(MigrationInfo::getScript).toList());
    }

    @Test
    void hibernate_only_validates_the_schema_the_migrations_made() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM forum", Integer.class)).isEqualTo(6);
    }

    @Test
    void the_server_is_mariadb_10_6_or_newer() {
        // 10.6 brings SKIP LOCKED, which job queues on this database rely on.
        var version = jdbc.queryForObject("SELECT VERSION()", String.class);

        var parts = VERSION.matcher(version);
        assertThat(parts.matches()).as("a MariaDB version string: %s", version).isTrue();
        var major = Integer.parseInt(parts.group(1));
        var minor = Integer.parseInt(parts.group(2));
        assertThat(major * 1000 + minor).as("MariaDB %s is at least 10.6", version).isGreaterThanOrEqualTo(10_006);
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:mariadb:");
    }
}
