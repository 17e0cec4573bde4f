package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The ledger is only ever added to. No file of the application (Java, SQL, anything among its
 * resources) holds a statement that updates, deletes, replaces, truncates or merges
 * {@code voucher_ledger}, and the store the application reaches it through can only add and read.
 */
class LedgerAppendOnlyTest {

    /**
     * A changing statement with {@code voucher_ledger} as its target within the same statement
     * (no semicolon between, across string concatenations and lines). "ON DUPLICATE KEY UPDATE"
     * after an insert into it counts too. Comments saying rows are never updated do not match:
     * "updates" and "deletes" are other words; nor does a Java call such as {@code jdbc.update(...)}.
     */
    static final Pattern CHANGE = Pattern.compile(
            "(?<![.\\w])(UPDATE|DELETE|REPLACE|TRUNCATE|MERGE|ALTER|DROP)\\b(?!\\s*\\()[^;]{0,120}?\\bvoucher_ledger\\b"
                    + "|\\bINSERT\\b[^;]{0,40}?\\bvoucher_ledger\\b[^;]{0,400}?\\bON\\s+DUPLICATE\\s+KEY\\s+UPDATE\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * V21 makes the table; making it is not changing a row. V24 widens one column for longer staff
     * usernames, which changes no value ({@link #the_v24_file_only_widens_who_recorded_an_entry}).
     */
    static final Set<String> ALLOWED_FILES = Set.of("V21__vouchers_vouchers.sql",
            "V24__vouchers_staff_name_length.sql");

    /** What a store that only adds and reads may call its methods. */
    static final List<String> ALLOWED_PREFIXES = List.of("insert", "find", "totals", "entries", "lock", "ensure",
            "open", "charges", "reversed", "key", "entry", "lambda$");

    @Test
    void no_file_of_the_application_changes_or_removes_a_ledger_row() throws IOException {
        var scanned = new ArrayList<Path>();
        var offences = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var name = file.getFileName().toString();
                if (!(name.endsWith(".java") || name.endsWith(".sql") || name.endsWith(".properties")
                        || name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".xml")
                        || name.endsWith(".txt") || name.endsWith(".json"))) {
                    continue;
                }
                scanned.add(file);
                if (ALLOWED_FILES.contains(name)) {
                    continue;
                }
                var text = Files.readString(file, StandardCharsets.UTF_8);
                var matcher = CHANGE.matcher(text);
                while (matcher.find()) {
                    offences.add(file + ": " + matcher.group().replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(scanned).as("the scan saw the ledger's own files")
                .anyMatch(p -> p.endsWith("LedgerStore.java"))
                .anyMatch(p -> p.endsWith("V21__vouchers_vouchers.sql"))
                .anyMatch(p -> p.getFileName().toString().equals("messages.properties"));
        assertThat(offences).as("statements that change voucher_ledger").isEmpty();
    }

    @Test
    void the_v24_file_only_widens_who_recorded_an_entry() throws IOException {
        var text = Files.readString(Path.of("src/main/resources/db/migration/V24__vouchers_staff_name_length.sql"),
                StandardCharsets.UTF_8);
        var matcher = CHANGE.matcher(text);
        var statements = new ArrayList<String>();
        while (matcher.find()) {
            statements.add(matcher.group().replaceAll("\\s+", " "));
        }
        assertThat(statements).containsExactly("ALTER TABLE voucher_ledger");
        assertThat(text).contains("ALTER TABLE voucher_ledger MODIFY COLUMN recorded_by VARCHAR(80) NOT NULL;");
    }

    @Test
    void the_v21_file_only_creates_the_ledger() throws IOException {
        var v21 = Files.readString(Path.of("src/main/resources/db/migration/V21__vouchers_vouchers.sql"));
        var matcher = CHANGE.matcher(v21.replaceAll("--[^\n]*", ""));
        var found = new ArrayList<String>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        assertThat(found).isEmpty();
        assertThat(v21).containsIgnoringCase("CREATE TABLE voucher_ledger");
    }

    @Test
    void the_pattern_catches_every_way_of_changing_the_ledger_and_not_other_tables() {
        for (var bad : List.of("UPDATE voucher_ledger SET amount_pence = 0",
                "jdbc.update(\"update \" +\n \"voucher_ledger set reason = :r\")",
                "DELETE FROM voucher_ledger WHERE id = ?", "delete l from voucher_ledger l",
                "REPLACE INTO voucher_ledger (id) VALUES (?)", "TRUNCATE TABLE voucher_ledger",
                "MERGE INTO voucher_ledger KEY (id) VALUES (?)", "UPDATE `voucher_ledger` SET x = 1",
                "UPDATE portal.voucher_ledger SET x = 1", "DROP TABLE voucher_ledger",
                "INSERT INTO voucher_ledger (id) VALUES (?) ON DUPLICATE KEY UPDATE amount_pence = 0")) {
            assertThat(CHANGE.matcher(bad).find()).as(bad).isTrue();
        }
        for (var fine : List.of("INSERT INTO voucher_ledger (id) VALUES (?)", "SELECT * FROM voucher_ledger",
                "UPDATE voucher SET status = 'APPROVED'; SELECT SUM(amount_pence) FROM voucher_ledger",
                "UPDATE voucher_ledger_archive SET x = 1", "no statement that updates or deletes voucher_ledger rows",
                "UPDATE voucher_budget SET x = 1", "jdbc.update(\"INSERT INTO voucher_ledger (id) VALUES (?)\")")) {
            assertThat(CHANGE.matcher(fine).find()).as(fine).isFalse();
        }
    }

    @Test
    void the_ledger_store_can_only_add_and_read() {
        var methods = Arrays.stream(LedgerStore.class.getDeclaredMethods()).filter(m -> !m.isSynthetic()).toList();
        assertThat(methods).isNotEmpty();
        for (var method : methods) {
            assertThat(ALLOWED_PREFIXES).as("LedgerStore.%s", method.getName())
                    .anyMatch(prefix -> method.getName().startsWith(prefix));
            assertThat(method.getName().toLowerCase()).as("LedgerStore.%s", method.getName())
                    .doesNotContain("update", "delete", "remove", "replace", "truncate", "merge", "change", "set",
                            "save", "edit", "clear", "purge", "upsert", "correct", "amend");
        }
        assertThat(Arrays.stream(LedgerStore.class.getDeclaredMethods()).filter(m -> !m.isSynthetic())
                .filter(m -> !Modifier.isPrivate(m.getModifiers())).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .map(java.lang.reflect.Method::getName))
                .as("what the rest of the module may call").containsExactlyInAnyOrder("ensureBudgetRow", "lockYear",
                        "insert", "totals", "lockedTotals", "find", "openCharge", "charges", "reversed", "entries");
        assertThat(Modifier.isPublic(LedgerStore.class.getModifiers())).as("no other module reaches it").isFalse();
    }

    @Test
    void nothing_public_in_the_module_hands_out_the_ledger_store_or_a_jdbc_template() {
        for (var type : List.of(VoucherBudgets.class, BudgetOverview.class, LedgerEntry.class)) {
            for (var method : type.getMethods()) {
                assertThat(method.getReturnType().getName()).as("%s.%s", type.getSimpleName(), method.getName())
                        .doesNotContain("LedgerStore", "Ledger$", "JdbcTemplate", "DataSource");
            }
        }
    }
}
