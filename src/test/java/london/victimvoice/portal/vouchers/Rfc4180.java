package london.victimvoice.portal.vouchers;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF, a quoted field may hold commas, CR,
 * LF and doubled quotes, and anything else (a bare quote, a lone LF between records) fails.
 */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unclosed quote");
                    }
                    var c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    var c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("a quote or line feed in an unquoted field at " + (i - 1));
                    }
                    field.append(c);
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            if (text.charAt(i) == ',') {
                i++;
                continue;
            }
            if (!text.startsWith("\r\n", i)) {
                throw new IllegalArgumentException("a record not ended by CRLF at " + i);
            }
            i += 2;
            records.add(List.copyOf(record));
            record.clear();
        }
        return records;
    }
}
