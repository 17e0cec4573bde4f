package london.victimvoice.portal.voice;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

/** What the two answer tables may hold, and a reader of their columns through JDBC metadata. */
final class VoiceSchema {

    /** Every column {@code voice_answer} may have. A new one must be argued for here first. */
    static final Set<String> ANSWER_COLUMNS = Set.of("id", "question_id", "answered_on", "answer_text",
            "redacted_text", "choice", "scale_value", "receipt_hash", "left_out", "insight_id", "mix");
    /** Every column {@code voice_answered} may have: who answered which question, and the mix. */
    static final Set<String> ANSWERED_COLUMNS = Set.of("question_id", "participant_id", "mix");
    /** Type names that hold a moment finer than a day. */
    static final Set<String> TIME_TYPES = Set.of("DATETIME", "TIMESTAMP", "TIME", "TIMESTAMP WITH TIME ZONE",
            "TIME WITH TIME ZONE", "YEAR");

    private VoiceSchema() {
    }

    /** Column name (lower case) to type name (upper case), in the table's order. */
    static Map<String, String> columns(DataSource dataSource, String table) throws SQLException {
        var columns = new LinkedHashMap<String, String>();
        try (var connection = dataSource.getConnection()) {
            var catalog = connection.getCatalog();
            try (var rs = connection.getMetaData().getColumns(catalog, null, table, null)) {
                while (rs.next()) {
                    if (Objects.equals(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), table)) {
                        columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
