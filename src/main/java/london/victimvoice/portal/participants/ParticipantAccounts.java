package london.victimvoice.portal.participants;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;

/**
 * A signed-in participant's own page: their forums and where each stands, their contact-safety
 * choices (which they can change), and leaving a forum. Every method takes the id of the
 * participant who is signed in; views get it from the session, never from the address bar.
 */
@Service
public class ParticipantAccounts {

    private final Participants participants;
    private final ParticipantContacts contacts;
    private final ForumRequests forumRequests;
    private final StoredRegistrations stored;
    private final DataCipher cipher;
    private final ApplicationEventPublisher events;

    ParticipantAccounts(Participants participants, ParticipantContacts contacts, ForumRequests forumRequests,
            StoredRegistrations stored, DataCipher cipher, ApplicationEventPublisher events) {
        this.participants = participants;
        this.contacts = contacts;
        this.forumRequests = forumRequests;
        this.stored = stored;
        this.cipher = cipher;
        this.events = events;
    }

    /** Empty when there is no such participant (any more). */
    @Transactional(readOnly = true)
    public Optional<ParticipantAccount> find(UUID participantId) {
        return stored.find(participantId).map(r -> {
            var forums = new LinkedHashMap<String, ForumRequestStatus>();
            r.forums().forEach((code, status) -> {
                if (status != ForumRequestStatus.WITHDRAWN) {
                    forums.put(code, status);
                }
            });
            return new ParticipantAccount(participantId, r.chosenName(), r.mobile(), r.email(), r.safety(), forums);
        });
    }

    /**
     * Replaces how and when it is safe to contact them, checked as at sign-up.
     *
     * @throws SignUpRefused when a choice is missing or too long; nothing changes then
     */
    @Transactional
    public ContactSafety changeSafety(UUID participantId, ContactSafety wanted) {
        var participant = participants.findById(participantId)
                .orElseThrow(() -> new IllegalArgumentException("No such participant"));
        // Only channels they gave a contact for can be safe; the contacts need not be opened to know.
        var given = EnumSet.noneOf(ChannelType.class);
        contacts.findByParticipantId(participantId).forEach(c -> given.add(c.channel()));
        var checked = SignUpChecks.safety(wanted, given);
        participant.changeSafety(Choices.join(checked.safeChannels()), Choices.join(checked.safeDays()),
                Choices.join(checked.safeTimes()), checked.discreetMessages(),
                cipher.sealOrNull(checked.safeNote(), Participant.SAFE_NOTE, participantId),
                cipher.sealOrNull(checked.preferredLanguage(), Participant.PREFERRED_LANGUAGE, participantId),
                Choices.join(checked.accessNeeds()),
                cipher.sealOrNull(checked.accessNeedsOther(), Participant.ACCESS_NEEDS_OTHER, participantId));
        return checked;
    }

    /**
     * Leaves a forum: a place, a waiting-list place or a request still waiting for approval.
     *
     * @return false when they were not in that forum (already left, or never asked); nothing changes then
     */
    @Transactional
    public boolean leave(UUID participantId, String forumCode) {
        var request = forumRequests.findByParticipantIdOrderByForumCode(participantId).stream()
                .filter(r -> r.forumCode().equals(forumCode) && r.status() != ForumRequestStatus.WITHDRAWN)
                .findFirst();
        if (request.isEmpty()) {
            return false;
        }
        var previous = request.get().status();
        request.get().withdraw();
        events.publishEvent(new LeftForum(participantId, forumCode, previous));
        return true;
    }
}
