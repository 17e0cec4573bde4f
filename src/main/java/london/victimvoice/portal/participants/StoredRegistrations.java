package london.victimvoice.portal.participants;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;

/** Reads a stored sign-up back and opens its sealed values. For the approvals work that comes next. */
@Component
class StoredRegistrations {

    private final Participants participants;
    private final ParticipantContacts contacts;
    private final ForumRequests forumRequests;
    private final DataCipher cipher;

    StoredRegistrations(Participants participants, ParticipantContacts contacts, ForumRequests forumRequests,
            DataCipher cipher) {
        this.participants = participants;
        this.contacts = contacts;
        this.forumRequests = forumRequests;
        this.cipher = cipher;
    }

    @Transactional(readOnly = true)
    Optional<StoredRegistration> find(UUID participantId) {
        return participants.findById(participantId).map(this::open);
    }

    private StoredRegistration open(Participant p) {
        var id = p.getId();
        String mobile = null;
        String email = null;
        var verified = ChannelType.SMS;
        for (var contact : contacts.findByParticipantId(id)) {
            var recipient = cipher.open(contact.recipient(), ParticipantContact.RECIPIENT, contact.getId());
            if (contact.channel() == ChannelType.SMS) {
                mobile = recipient;
            } else {
                email = recipient;
            }
            if (contact.verifiedAt() != null) {
                verified = contact.channel();
            }
        }
        var forums = new LinkedHashMap<String, ForumRequestStatus>();
        forumRequests.findByParticipantIdOrderByForumCode(id).forEach(r -> forums.put(r.forumCode(), r.status()));
        var safety = new ContactSafety(Choices.parse(ChannelType.class, p.safeChannels()),
                Choices.parse(DayOfWeek.class, p.safeDays()), Choices.parse(TimeOfDay.class, p.safeTimes()),
                p.discreetMessages(), orEmpty(cipher.openOrNull(p.safeNote(), Participant.SAFE_NOTE, id)),
                orEmpty(cipher.openOrNull(p.preferredLanguage(), Participant.PREFERRED_LANGUAGE, id)),
                Choices.parse(AccessNeed.class, p.accessNeeds()),
                orEmpty(cipher.openOrNull(p.accessNeedsOther(), Participant.ACCESS_NEEDS_OTHER, id)));
        return new StoredRegistration(id, cipher.open(p.chosenName(), Participant.CHOSEN_NAME, id),
                cipher.openOrNull(p.fullName(), Participant.FULL_NAME, id), mobile, email, verified,
                p.referralCode(), p.heardFrom(), safety, forums, p.submittedAt());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
