package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredDrafts extends JpaRepository<StoredDraft, UUID> {

    Optional<StoredDraft> findByContactHash(String contactHash);

    boolean existsByContactHashAndUpdatedAtGreaterThanEqual(String contactHash, Instant oldest);

    @Modifying
    @Query("delete from StoredDraft d where d.contactHash in :hashes")
    int deleteByContactHashIn(Collection<String> hashes);

    @Modifying
    @Query("delete from StoredDraft d where d.updatedAt < :before")
    int deleteUpdatedBefore(Instant before);
}
