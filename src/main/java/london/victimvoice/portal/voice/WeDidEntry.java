package london.victimvoice.portal.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A "you said, we did" entry as members, receipt holders, partners and staff read it. */
public record WeDidEntry(UUID id, String said, String willDo, ActionOwner owner, ActionStatus status,
        @Nullable String statusReason, @Nullable LocalDate dueOn, List<String> forumCodes, List<UUID> insightIds,
        Instant updatedAt) {
}
