package london.victimvoice.portal.participants;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the members of each forum are: the participants whose request to join it was approved (not
 * those waiting, declined or gone). Meetings, agendas and support requests ask here.
 */
@Service
public class ForumMembers {

    private final ForumRequests requests;
    private final Participants participants;
    private final DataCipher cipher;

    ForumMembers(ForumRequests requests, Participants participants, DataCipher cipher) {
        this.requests = requests;
        this.participants = participants;
        this.cipher = cipher;
    }

    /** The members of a forum with the names they chose, in alphabetical order of name. */
    @Transactional(readOnly = true)
    public List<ForumMember> of(String forumCode) {
        var ids = requests.findByForumCodeAndStatus(forumCode, ForumRequestStatus.APPROVED).stream()
                .map(ForumRequest::participantId).toList();
        return participants.findAllById(ids).stream()
                .map(p -> new ForumMember(p.getId(), cipher.open(p.chosenName(), Participant.CHOSEN_NAME, p.getId())))
                .sorted(Comparator.comparing(ForumMember::chosenName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ForumMember::participantId))
                .toList();
    }

    /** The codes of the forums this participant is a member of, in code order. */
    @Transactional(readOnly = true)
    public Set<String> forumsOf(UUID participantId) {
        return requests.findByParticipantIdAndStatus(participantId, ForumRequestStatus.APPROVED).stream()
                .map(ForumRequest::forumCode).collect(Collectors.toCollection(TreeSet::new));
    }

    @Transactional(readOnly = true)
    public boolean isMember(UUID participantId, String forumCode) {
        return forumsOf(participantId).contains(forumCode);
    }

    @Transactional(readOnly = true)
    public long count(String forumCode) {
        return requests.countByForumCodeAndStatus(forumCode, ForumRequestStatus.APPROVED);
    }
}
