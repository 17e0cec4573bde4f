package london.victimvoice.portal.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Implement this on a Spring test to run it against real MariaDB instead of H2. Every Spring
 * context built for such a test gets its own fresh database on the JVM's one server
 * ({@link TestMariaDb}), and Flyway migrates it as in production.
 *
 * <p>An interface rather than a base class, so a repository test can extend the shared contract
 * it runs on both databases and still say where it runs.
 */
public interface MariaDbTestSupport {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        var database = TestMariaDb.newDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
    }
}
