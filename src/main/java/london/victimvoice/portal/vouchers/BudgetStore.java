package london.victimvoice.portal.vouchers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Forum rules and sponsors' caps through plain SQL: rows changed only over the version they were
 * read at. The ledger itself is {@link LedgerStore}'s, and nothing here touches it.
 */
@Repository
class BudgetStore {

    private final NamedParameterJdbcTemplate jdbc;

    BudgetStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ForumRule> rules() {
        return jdbc.query("SELECT forum_code, value_pence, sponsor, version FROM voucher_forum_rule ORDER BY forum_code",
                (rs, n) -> new ForumRule(rs.getString("forum_code"), rs.getInt("value_pence"),
                        Sponsor.valueOf(rs.getString("sponsor")), rs.getInt("version")));
    }

    Optional<ForumRule> rule(String forumCode) {
        return jdbc.query("SELECT forum_code, value_pence, sponsor, version FROM voucher_forum_rule"
                + " WHERE forum_code = :forum", new MapSqlParameterSource("forum", forumCode),
                (rs, n) -> new ForumRule(rs.getString("forum_code"), rs.getInt("value_pence"),
                        Sponsor.valueOf(rs.getString("sponsor")), rs.getInt("version"))).stream().findFirst();
    }

    /** @return false when another rule for the forum was saved meanwhile */
    boolean insertRule(String forumCode, int valuePence, Sponsor sponsor, String by, Instant at) {
        try {
            jdbc.update("INSERT INTO voucher_forum_rule (forum_code, value_pence, sponsor, updated_by, updated_at, version)"
                    + " VALUES (:forum, :value, :sponsor, :by, :at, 0)", ruleParams(forumCode, valuePence, sponsor, by, at));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException savedMeanwhile) {
            return false;
        }
    }

    /** @return false when the rule is no longer at {@code version} */
    boolean updateRule(String forumCode, int valuePence, Sponsor sponsor, String by, Instant at, int version) {
        return jdbc.update("UPDATE voucher_forum_rule SET value_pence = :value, sponsor = :sponsor, updated_by = :by,"
                + " updated_at = :at, version = version + 1 WHERE forum_code = :forum AND version = :version",
                ruleParams(forumCode, valuePence, sponsor, by, at).addValue("version", version)) == 1;
    }

    List<SponsorCap> caps() {
        return jdbc.query("SELECT code, annual_cap_pence, version FROM voucher_sponsor ORDER BY sort_order",
                (rs, n) -> {
                    var sponsor = Sponsor.valueOf(rs.getString("code"));
                    var version = rs.getInt("version");
                    long cap = rs.getLong("annual_cap_pence");
                    return new SponsorCap(sponsor, rs.wasNull() ? null : cap, version);
                });
    }

    /** @return false when the sponsor is no longer at {@code version} */
    boolean updateCap(Sponsor sponsor, @Nullable Long capPence, String by, Instant at, int version) {
        return jdbc.update("UPDATE voucher_sponsor SET annual_cap_pence = :cap, updated_by = :by, updated_at = :at,"
                + " version = version + 1 WHERE code = :sponsor AND version = :version", new MapSqlParameterSource()
                .addValue("cap", capPence).addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("sponsor", sponsor.name()).addValue("version", version)) == 1;
    }

    /** Years with a budget row, newest first. */
    List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT financial_year FROM voucher_budget ORDER BY financial_year DESC",
                new MapSqlParameterSource(), Integer.class);
    }

    private static MapSqlParameterSource ruleParams(String forumCode, int valuePence, Sponsor sponsor, String by,
            Instant at) {
        return new MapSqlParameterSource("forum", forumCode).addValue("value", valuePence)
                .addValue("sponsor", sponsor.name()).addValue("by", by).addValue("at", Timestamp.from(at));
    }
}
