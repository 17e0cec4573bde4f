package london.victimvoice.portal.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IssuedCodes extends JpaRepository<IssuedCode, Long> {

    Optional<IssuedCode> findByContactHash(String contactHash);

    /** Holds the contact's row until commit, so two sends for one contact take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from IssuedCode c where c.contactHash = :contactHash")
    Optional<IssuedCode> lockByContactHash(String contactHash);

    /**
     * Takes one try, atomically: two verifies at once each get their own try, never the same one.
     * Returns 0 when there is no live code with tries left.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update IssuedCode c set c.tries = c.tries + 1
            where c.contactHash = :contactHash and c.usedAt is null and c.expiresAt > :now and c.tries < :maxTries""")
    int takeTry(String contactHash, Instant now, int maxTries);

    /** Marks the code used unless someone else already did: 1 for exactly one caller. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update IssuedCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int markUsed(Long id, Instant now);

    @Modifying
    @Query("delete from IssuedCode c where c.issuedAt < :before")
    int deleteIssuedBefore(Instant before);
}
