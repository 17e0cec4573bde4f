package london.victimvoice.portal.security;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CodeSends extends JpaRepository<CodeSend, Long> {

    /** Send times for a contact since {@code since}, oldest first. */
    @Query("select s.sentAt from CodeSend s where s.contactHash = :contactHash and s.sentAt > :since order by s.sentAt")
    List<Instant> sentToContactSince(String contactHash, Instant since);

    /** Send times from an IP address since {@code since}, oldest first. */
    @Query("select s.sentAt from CodeSend s where s.ipHash = :ipHash and s.sentAt > :since order by s.sentAt")
    List<Instant> sentFromIpSince(String ipHash, Instant since);

    @Modifying
    @Query("delete from CodeSend s where s.sentAt < :before")
    int deleteSentBefore(Instant before);
}
