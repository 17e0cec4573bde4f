package london.victimvoice.portal.vouchers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a line to {@code voucher_access_audit} each time staff look at or export voucher data.
 * Joins the caller's transaction, so a look and its line stand or fall together. Lines are only
 * ever added.
 */
@Service
class VoucherAudit {

    /** What was done with the data. */
    enum Action {
        VIEWED_MEETING, VIEWED_CODES, VIEWED_BUDGETS, VIEWED_RECONCILIATION, EXPORTED_RECONCILIATION,
        VIEWED_FLAGGED
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    VoucherAudit(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param subject what was looked at, e.g. {@code meeting:<id>} (at most 120 characters) */
    @Transactional(propagation = Propagation.REQUIRED)
    void record(String staffUsername, Action action, String subject) {
        jdbc.update("INSERT INTO voucher_access_audit (id, staff_username, action, subject, accessed_at)"
                + " VALUES (:id, :by, :action, :subject, :at)", new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID().toString())
                .addValue("by", staffUsername)
                .addValue("action", action.name())
                .addValue("subject", subject.length() > 120 ? subject.substring(0, 120) : subject)
                .addValue("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }
}
