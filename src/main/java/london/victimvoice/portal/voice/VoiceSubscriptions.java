package london.victimvoice.portal.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A participant's own choices: join the consultation pool, hear about "we did" changes. Off by default. */
@Service
public class VoiceSubscriptions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    VoiceSubscriptions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Set<SubscriptionKind> of(UUID participantId) {
        var kinds = EnumSet.noneOf(SubscriptionKind.class);
        jdbc.queryForList("SELECT kind FROM voice_subscription WHERE participant_id = ?", String.class,
                participantId.toString()).forEach(kind -> kinds.add(SubscriptionKind.valueOf(kind)));
        return kinds;
    }

    /** Replaces the person's choices with {@code kinds}; choosing the same again changes nothing. */
    @Transactional
    public void choose(UUID participantId, Set<SubscriptionKind> kinds) {
        var current = of(participantId);
        for (var kind : SubscriptionKind.values()) {
            if (kinds.contains(kind) && !current.contains(kind)) {
                jdbc.update("INSERT INTO voice_subscription (participant_id, kind, since) VALUES (?, ?, ?)",
                        participantId.toString(), kind.name(), Timestamp.from(clock.instant()));
            } else if (!kinds.contains(kind) && current.contains(kind)) {
                jdbc.update("DELETE FROM voice_subscription WHERE participant_id = ? AND kind = ?",
                        participantId.toString(), kind.name());
            }
        }
    }

    /** Everyone who chose {@code kind}. */
    @Transactional(readOnly = true)
    public List<UUID> subscribers(SubscriptionKind kind) {
        return jdbc.queryForList("SELECT participant_id FROM voice_subscription WHERE kind = ?", String.class,
                kind.name()).stream().map(UUID::fromString).toList();
    }
}
