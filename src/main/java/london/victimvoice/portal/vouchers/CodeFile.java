package london.victimvoice.portal.vouchers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a supplier's file of codes one byte at a time, straight from the stream it is given, and
 * stops as soon as it has seen one row more than allowed: a file of 100,000 rows is refused after
 * reading a little more than the limit, and is never held in memory. Nothing is read ahead, so
 * what the caller's stream gave up is exactly what was looked at.
 */
final class CodeFile {

    static final String HEADER = "code,value,expires";
    static final int MIN_CODE = 6;
    static final int MAX_CODE = 64;
    static final int MAX_PENCE = 50_000;
    /** Longer lines cannot be a code, a value and a date; they are not kept. */
    static final int MAX_LINE_BYTES = 400;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern POUNDS = Pattern.compile("\\d{1,6}(\\.\\d{2})?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One good row. */
    record Row(int line, String code, int valuePence, @Nullable LocalDate expiresOn) {
    }

    /** What was read: the good rows, or the problems (then nothing may be stored). */
    record Reading(List<Row> rows, List<CodeFileProblem> problems) {
    }

    /** The whole file is refused for one reason before its rows are looked at. */
    static final class Unreadable extends Exception {
        private final String messageKey;
        private final Object[] arguments;

        Unreadable(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    private final InputStream in;
    private final int maxRows;
    private final LocalDate today;
    private int lineNumber;
    private boolean ended;
    private boolean lastTooLong;

    private CodeFile(InputStream in, int maxRows, LocalDate today) {
        this.in = in;
        this.maxRows = maxRows;
        this.today = today;
    }

    /**
     * @param maxRows rows of codes allowed (the header not counted)
     * @param today   London's today: a code that expired before it is refused
     * @throws Unreadable an empty file, not UTF-8 text, a wrong first line, too many rows
     */
    static Reading read(InputStream in, int maxRows, LocalDate today) throws Unreadable {
        return new CodeFile(in, maxRows, today).read();
    }

    private Reading read() throws Unreadable {
        var header = nextLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || header.isBlank() && ended) {
            throw new Unreadable("vouchers.issue.csv.empty");
        }
        var columns = split(header).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!columns.equals(List.of("code", "value", "expires"))) {
            throw new Unreadable("vouchers.issue.csv.header", HEADER);
        }
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<CodeFileProblem>();
        var seen = new HashMap<String, Integer>();
        var count = 0;
        String line;
        while ((line = nextLine()) != null) {
            count++;
            if (count > maxRows) {
                throw new Unreadable("vouchers.issue.csv.tooMany", maxRows);
            }
            row(lineNumber, line, seen, rows, problems);
        }
        if (count == 0) {
            throw new Unreadable("vouchers.issue.csv.noRows", HEADER);
        }
        return new Reading(rows, problems);
    }

    private void row(int line, String text, Map<String, Integer> seen, List<Row> rows,
            List<CodeFileProblem> problems) {
        if (text.isBlank()) {
            problems.add(new CodeFileProblem(line, "vouchers.issue.csv.blank"));
            return;
        }
        if (lastTooLong) {
            problems.add(new CodeFileProblem(line, "vouchers.issue.csv.tooLong"));
            return;
        }
        var fields = split(text);
        if (fields.size() < 2 || fields.size() > 3) {
            problems.add(new CodeFileProblem(line, "vouchers.issue.csv.columns", fields.size(), HEADER));
            return;
        }
        var code = fields.get(0).strip();
        var before = problems.size();
        if (code.isEmpty()) {
            problems.add(new CodeFileProblem(line, "vouchers.issue.csv.noCode"));
        } else if (code.length() < MIN_CODE || code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problems.add(new CodeFileProblem(line, "vouchers.issue.csv.badCode", MIN_CODE, MAX_CODE));
        } else {
            var first = seen.putIfAbsent(code, line);
            if (first != null) {
                problems.add(new CodeFileProblem(line, "vouchers.issue.csv.duplicate", first));
            }
        }
        var pence = pence(fields.get(1).strip());
        if (pence == null) {
            problems.add(new CodeFileProblem(line, "vouchers.issue.csv.badValue", fields.get(1).strip()));
        }
        LocalDate expires = null;
        var day = fields.size() == 3 ? fields.get(2).strip() : "";
        if (!day.isEmpty()) {
            expires = day(day);
            if (expires == null) {
                problems.add(new CodeFileProblem(line, "vouchers.issue.csv.badDate", day));
            } else if (expires.isBefore(today)) {
                problems.add(new CodeFileProblem(line, "vouchers.issue.csv.expired", day));
            }
        }
        if (problems.size() == before && pence != null) {
            rows.add(new Row(line, code, pence, expires));
        }
    }

    /** Whole pounds or pounds and pence, more than nothing and at most £500; null when not. */
    static @Nullable Integer pence(String pounds) {
        var text = pounds.startsWith("£") ? pounds.substring(1) : pounds;
        if (!POUNDS.matcher(text).matches()) {
            return null;
        }
        var pence = new BigDecimal(text).movePointRight(2);
        if (pence.signum() <= 0 || pence.compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0) {
            return null;
        }
        return pence.intValueExact();
    }

    private static @Nullable LocalDate day(String text) {
        if (!DAY.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Commas split fields; a field in double quotes loses them ({@code ""} inside is one quote). */
    static List<String> split(String line) {
        var fields = new ArrayList<String>();
        for (var field : line.split(",", -1)) {
            var f = field.strip();
            if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
                f = f.substring(1, f.length() - 1).replace("\"\"", "\"");
            }
            fields.add(f);
        }
        return fields;
    }

    /**
     * The next line without its end ({@code \n} or {@code \r\n}); null at the end of the file. A
     * file ending in one line break has no empty last line.
     */
    private @Nullable String nextLine() throws Unreadable {
        if (ended) {
            return null;
        }
        var bytes = new ByteArrayOutputStream(64);
        var kept = 0;
        var any = false;
        try {
            int b;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    lineNumber++;
                    return decode(bytes, kept);
                }
                if (b == 0) {
                    throw new Unreadable("vouchers.issue.csv.notText");
                }
                if (kept <= MAX_LINE_BYTES) {
                    bytes.write(b);
                    kept++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ended = true;
        if (!any) {
            return null;
        }
        lineNumber++;
        return decode(bytes, kept);
    }

    private String decode(ByteArrayOutputStream bytes, int kept) throws Unreadable {
        lastTooLong = kept > MAX_LINE_BYTES;
        if (lastTooLong) {
            // Cut short, perhaps inside a character: only its being too long matters.
            return "?";
        }
        var raw = bytes.toByteArray();
        var length = raw.length;
        if (length > 0 && raw[length - 1] == '\r') {
            length--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("vouchers.issue.csv.notText");
        }
    }
}
