package london.victimvoice.portal.vouchers;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the append-only ledger: who, when, why, and how much (negative when it reverses). */
public record LedgerEntry(UUID id, FinancialYear year, Sponsor sponsor, LedgerAccount account, long amountPence,
        @Nullable UUID voucherId, @Nullable UUID reversesId, String reason, String recordedBy, Instant recordedAt) {
}
