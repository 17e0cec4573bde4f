package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One draft save in one short transaction, apart from {@link SignUpDrafts} so a collision can be retried whole. */
@Component
class DraftStore {

    private static final Logger log = LoggerFactory.getLogger(DraftStore.class);

    private final StoredDrafts drafts;
    private final DataCipher cipher;
    private final Clock clock;

    DraftStore(StoredDrafts drafts, DataCipher cipher, Clock clock) {
        this.drafts = drafts;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    boolean store(String contactHash, String answers) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var existing = drafts.findByContactHash(contactHash);
        // Sealed under the row's id, so the id is chosen before sealing.
        var id = existing.map(StoredDraft::getId).orElseGet(UUID::randomUUID);
        var sealed = cipher.seal(answers, StoredDraft.ANSWERS, id);
        if (sealed.length > StoredDraft.MAX_SEALED_BYTES) {
            log.info("A sign-up draft was too large to keep ({} bytes sealed)", sealed.length);
            return false;
        }
        existing.ifPresentOrElse(d -> d.replace(sealed, now),
                () -> drafts.save(new StoredDraft(id, contactHash, sealed, now)));
        return true;
    }
}
