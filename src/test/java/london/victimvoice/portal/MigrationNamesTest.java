package london.victimvoice.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Migrations are named {@code V<n>__<module>_<what>.sql} and numbered 1, 2, 3... with no gaps or
 * repeats, so two branches that both add "the next" migration collide here, not in production.
 */
class MigrationNamesTest {

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([a-z]+)_([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

    @Test
    void every_migration_is_named_for_its_module_and_numbered_without_gaps() throws Exception {
        var files = migrationFiles();

        assertThat(files).as("migrations on the classpath").isNotEmpty();
        assertThat(problems(files, modules())).isEmpty();
    }

    @Test
    void a_name_without_a_module_or_with_an_unknown_module_is_refused() {
        var modules = Set.of("security", "forums");

        assertThat(problems(List.of("V1__security_staff.sql", "V2__forum.sql", "V3__billing_invoices.sql",
                "V4__forums_Forum.sql", "V5_1__forums_more.sql", "R__forums_view.sql"), modules))
                .hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("V2__forum.sql"))
                .anySatisfy(p -> assertThat(p).contains("V3__billing_invoices.sql").contains("billing"))
                .anySatisfy(p -> assertThat(p).contains("V4__forums_Forum.sql"))
                .anySatisfy(p -> assertThat(p).contains("V5_1__forums_more.sql"))
                .anySatisfy(p -> assertThat(p).contains("R__forums_view.sql"));
    }

    @Test
    void a_gap_or_a_repeated_version_is_refused() {
        var modules = Set.of("security", "forums");

        assertThat(problems(List.of("V1__security_a.sql", "V3__forums_b.sql"), modules))
                .containsExactly("version 2 is missing (versions must run 1, 2, 3... without gaps)");
        assertThat(problems(List.of("V1__security_a.sql", "V2__forums_b.sql", "V2__forums_c.sql"), modules))
                .containsExactly("version 2 is used by more than one migration: V2__forums_b.sql, V2__forums_c.sql");
    }

    static List<String> problems(List<String> files, Set<String> modules) {
        var problems = new ArrayList<String>();
        var byVersion = new TreeMap<Integer, List<String>>();
        for (var file : files) {
            var name = NAME.matcher(file);
            if (!name.matches()) {
                problems.add(file + " is not named V<n>__<module>_<what>.sql (lower case, words joined by _)");
            } else if (!modules.contains(name.group(2))) {
                problems.add(file + " names module '" + name.group(2) + "', which is not one of " + modules);
            } else {
                byVersion.computeIfAbsent(Integer.parseInt(name.group(1)), v -> new ArrayList<>()).add(file);
            }
        }
        var last = byVersion.isEmpty() ? 0 : byVersion.lastKey();
        for (var version = 1; version <= last; version++) {
            var named = byVersion.get(version);
            if (named == null) {
                problems.add("version " + version + " is missing (versions must run 1, 2, 3... without gaps)");
            } else if (named.size() > 1) {
                Collections.sort(named);
                problems.add("version " + version + " is used by more than one migration: " + String.join(", ", named));
            }
        }
        return problems;
    }

    /** Every file in any db/migration folder on the classpath, main and test alike. */
    private static List<String> migrationFiles() throws IOException, URISyntaxException {
        var names = new ArrayList<String>();
        for (var folder : Collections.list(MigrationNamesTest.class.getClassLoader().getResources("db/migration"))) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.map(f -> f.getFileName().toString()).forEach(names::add);
            }
        }
        return names;
    }

    /** The application's modules are the packages directly under the main package (main code only). */
    private static Set<String> modules() throws IOException, URISyntaxException {
        var mainClasses = Path.of(PortalApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var root = mainClasses.resolve(PortalApplication.class.getPackageName().replace('.', '/'));
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
