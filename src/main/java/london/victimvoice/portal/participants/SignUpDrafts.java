package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.CollisionRetry;
import london.victimvoice.portal.messaging.ChannelType;

/**
 * Keeps a half-finished sign-up for someone who has proved their phone or email, so a closed tab,
 * a flat battery or a timed-out session loses nothing: they sign in with a code and carry on. A
 * draft lives {@value #KEPT_FOR_DAYS} days after its last change, then it is deleted.
 *
 * <p>The answers are opaque text to this service (the sign-up screens decide their shape) and
 * are stored sealed. Equality answers must never be put in a draft: a draft is found by contact.
 */
@Service
public class SignUpDrafts {

    public static final int KEPT_FOR_DAYS = 7;
    static final Duration KEPT_FOR = Duration.ofDays(KEPT_FOR_DAYS);

    private static final Logger log = LoggerFactory.getLogger(SignUpDrafts.class);

    private final StoredDrafts drafts;
    private final DraftStore store;
    private final DataCipher cipher;
    private final Clock clock;

    SignUpDrafts(StoredDrafts drafts, DraftStore store, DataCipher cipher, Clock clock) {
        this.drafts = drafts;
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Saves (or replaces) the draft for a proved contact.
     *
     * @return false when the answers are too large to keep (only possible with text far beyond
     *         what the sign-up accepts); the session still has them
     */
    public boolean keep(ChannelType channel, String recipient, String answers) {
        var hash = cipher.contactHash(channel, recipient);
        // The first save for a contact is an insert; two tabs at once collide on the unique hash.
        return CollisionRetry.run("sign-up draft", () -> store.store(hash, answers));
    }

    /** The answers kept for this contact, unless there are none or they are older than 7 days. */
    @Transactional(readOnly = true)
    public Optional<String> find(ChannelType channel, String recipient) {
        var oldest = clock.instant().minus(KEPT_FOR);
        return drafts.findByContactHash(cipher.contactHash(channel, recipient))
                .filter(d -> !d.updatedAt().isBefore(oldest))
                .map(d -> cipher.open(d.answers(), StoredDraft.ANSWERS, d.getId()));
    }

    /** Whether {@link #find} would hand out a draft, without opening it. */
    @Transactional(readOnly = true)
    public boolean exists(ChannelType channel, String recipient) {
        return drafts.existsByContactHashAndUpdatedAtGreaterThanEqual(cipher.contactHash(channel, recipient),
                clock.instant().minus(KEPT_FOR));
    }

    /** Once the sign-up is sent, or the person starts again. */
    @Transactional
    public void forget(ChannelType channel, String recipient) {
        drafts.deleteByContactHashIn(List.of(cipher.contactHash(channel, recipient)));
    }

    /** Deletes drafts untouched for 7 days. Runs every hour on every node; deleting twice is harmless. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @Transactional
    public int purgeExpired() {
        var deleted = drafts.deleteUpdatedBefore(clock.instant().minus(KEPT_FOR));
        if (deleted > 0) {
            log.info("Deleted {} sign-up drafts untouched for {} days", deleted, KEPT_FOR_DAYS);
        }
        return deleted;
    }
}
