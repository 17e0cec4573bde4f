package london.victimvoice.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeReporter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files in {@code accessibility-reports/}: one JSON per audited page or error state and
 * width, and {@code SUMMARY.md} with a table of routes and a table of error states.
 *
 * <p>Each JSON is axe-core's own result with a {@code "portal"} block added in front, which
 * names the summary table and row it belongs to. The summary is rebuilt from every JSON in the
 * folder whenever an audit class finishes, so it never depends on which audit classes ran:
 * running {@link ErrorStatesAuditIT} alone refreshes the error-state rows and keeps the route
 * rows of the last route audit (each row shows the date of its own run), and neither class
 * needs to know the other. A page or state that is no longer audited keeps its JSON, and so
 * its row, until someone deletes the file.
 */
final class AuditReports {

    static final Path DIRECTORY = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolve("accessibility-reports");
    private static final String SUMMARY = "SUMMARY.md";
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Table {
        ROUTES, ERROR_STATES
    }

    /**
     * What the summary shows beside axe-core's counts.
     *
     * @param order place in its table (ties sort by width)
     * @param name  the route, or the error state in words
     * @param page  the page the error state is on; the route itself for a route
     * @param who   "anonymous" or the staff role signed in
     */
    record Row(Table table, int order, String name, String page, int width, String who, String bestPractice) {
    }

    private record Line(Row row, int violations, int passes, int incomplete, String axe, String date) {
    }

    private AuditReports() {
    }

    /** Writes {@code <stem>-<width>.json}. */
    static void write(String stem, Results results, Row row) {
        try {
            Files.createDirectories(DIRECTORY);
            var report = JSON.createObjectNode();
            report.set("portal", JSON.valueToTree(row));
            report.setAll((ObjectNode) JSON.readTree(AxeReporter.serialize(results)));
            Files.writeString(DIRECTORY.resolve(stem + "-" + row.width() + ".json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds {@code SUMMARY.md} from every report in the folder. */
    static void writeSummary() {
        var lines = readAll();
        if (lines.isEmpty()) {
            return;
        }
        var md = new StringBuilder("""
                # Accessibility audit

                Written by the browser audits in `./mvnw verify`, each page in headless Chromium at
                320 and 1280 CSS px and checked by axe-core:

                - `AccessibilityAuditIT` opens every route in Vaadin's route registry, plus the "not
                  found" page.
                - `ErrorStatesAuditIT` brings about every error message of the sign-up, the
                  participant's own pages and the staff pages, and audits the page with the errors on it.

                Rules:

                - WCAG tags: `%s`. The build fails on any violation, whatever its impact.
                  Violations, passes and incomplete count axe rules; the full results per page and
                  width are in the JSON files beside this one.
                - Best practice: `%s`. Only Vaadin's own connection indicator may trip `region`.

                Each row has the date its audit last ran; the summary is rebuilt from the JSON files
                whenever either audit finishes.

                ## Routes

                | Route | Width | Signed in as | Violations | Passes | Incomplete | axe | Date | Best practice |
                |---|---|---|---|---|---|---|---|---|
                """.formatted(String.join(" ", PageAudit.WCAG_TAGS), String.join(" ", PageAudit.STRUCTURE_RULES)));
        lines.stream().filter(l -> l.row().table() == Table.ROUTES).forEach(l -> md.append(
                "| %s | %d | %s | %d | %d | %d | %s | %s | %s |%n".formatted(l.row().name(), l.row().width(),
                        l.row().who(), l.violations(), l.passes(), l.incomplete(), l.axe(), l.date(),
                        l.row().bestPractice())));
        md.append("""

                ## Error states

                | Error state | Page | Width | Signed in as | Violations | Passes | Incomplete | axe | Date | Best practice |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        lines.stream().filter(l -> l.row().table() == Table.ERROR_STATES).forEach(l -> md.append(
                "| %s | %s | %d | %s | %d | %d | %d | %s | %s | %s |%n".formatted(l.row().name(), l.row().page(),
                        l.row().width(), l.row().who(), l.violations(), l.passes(), l.incomplete(), l.axe(),
                        l.date(), l.row().bestPractice())));
        try {
            Files.writeString(DIRECTORY.resolve(SUMMARY), md.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> readAll() {
        if (!Files.isDirectory(DIRECTORY)) {
            return List.of();
        }
        var lines = new ArrayList<Line>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                var report = JSON.readTree(file.toFile());
                if (report.hasNonNull("portal")) {
                    lines.add(line(report));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.sort(Comparator.comparing((Line l) -> l.row().table()).thenComparingInt(l -> l.row().order())
                .thenComparing(l -> l.row().name()).thenComparingInt(l -> l.row().width()));
        return lines;
    }

    private static Line line(JsonNode report) throws IOException {
        var row = JSON.treeToValue(report.get("portal"), Row.class);
        var date = Instant.parse(report.path("timestamp").asText()).atZone(ZoneOffset.UTC).toLocalDate().toString();
        return new Line(row, report.path("violations").size(), report.path("passes").size(),
                report.path("incomplete").size(), report.path("testEngine").path("version").asText(), date);
    }
}
