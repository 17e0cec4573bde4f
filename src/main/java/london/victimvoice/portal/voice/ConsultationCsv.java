package london.victimvoice.portal.voice;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * A consultation's redacted, signed-off words as CSV: the question, the themes and the text, one
 * line per answer. No id, no date, nothing that could lead back to a person; any cell a spreadsheet
 * would run as a formula is made plain text.
 */
final class ConsultationCsv {

    static final String[] HEADER = {"question", "themes", "text"};

    private ConsultationCsv() {
    }

    static String of(List<ConsultationResults.QuestionResults> questions) {
        var out = new StringWriter();
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (var question : questions) {
                for (var text : question.texts()) {
                    printer.printRecord(safe(question.title()), safe(String.join("; ", text.themes())),
                            safe(text.text()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A cell starting =, +, - or @ (or a tab or carriage return before one) would run as a formula in
     * a spreadsheet: a leading apostrophe makes it text.
     */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
