package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, UUID> {

    List<Meeting> findByForumCodeInAndEndsAtAfterOrderByStartsAt(Collection<String> forumCodes, Instant after);

    List<Meeting> findByForumCodeOrderByStartsAt(String forumCode);

    List<Meeting> findByForumCodeAndStatusAndStartsAtAfterOrderByStartsAt(String forumCode, MeetingStatus status,
            Instant after);
}
