package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;

/** Stores a checked sign-up in one transaction: all of it, or (on any failure) none of it. */
@Component
class Enrolment {

    private final Participants participants;
    private final ParticipantContacts contacts;
    private final ConsentLedger consents;
    private final ForumRequests forumRequests;
    private final EqualityRecords equalityRecords;
    private final ReferralCodes referralCodes;
    private final StoredDrafts drafts;
    private final ForumPlaces places;
    private final DataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrolment(Participants participants, ParticipantContacts contacts, ConsentLedger consents,
            ForumRequests forumRequests, EqualityRecords equalityRecords, ReferralCodes referralCodes,
            StoredDrafts drafts, ForumPlaces places, DataCipher cipher, ApplicationEventPublisher events,
            Clock clock) {
        this.participants = participants;
        this.contacts = contacts;
        this.consents = consents;
        this.forumRequests = forumRequests;
        this.equalityRecords = equalityRecords;
        this.referralCodes = referralCodes;
        this.drafts = drafts;
        this.places = places;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    private record Contact(ChannelType channel, String recipient, String hash) {
    }

    /**
     * @throws SignUpRefused with {@link SignUpRefused#ALREADY_REGISTERED} when a contact already belongs to someone
     * @throws org.springframework.dao.DataIntegrityViolationException when another sign-up took a contact meanwhile
     */
    @Transactional
    RegistrationReceipt enrol(CheckedRegistration r) {
        var given = contactsOf(r);
        if (contacts.existsByContactHashIn(given.stream().map(Contact::hash).toList())) {
            throw new SignUpRefused(SignUpRefused.ALREADY_REGISTERED);
        }
        // DATETIME(6) keeps microseconds: the receipt shows what is stored.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var id = UUID.randomUUID();
        var safety = r.safety();
        // A code that has since been turned off still says where the person came from; an unknown one says nothing.
        var referral = r.referralCode() != null && referralCodes.existsById(r.referralCode()) ? r.referralCode() : null;
        participants.save(new Participant(id,
                cipher.seal(r.chosenName().value(), Participant.CHOSEN_NAME, id),
                r.fullName() == null ? null : cipher.seal(r.fullName().value(), Participant.FULL_NAME, id),
                referral, r.heardFrom(),
                Choices.join(safety.safeChannels()), Choices.join(safety.safeDays()), Choices.join(safety.safeTimes()),
                safety.discreetMessages(),
                cipher.sealOrNull(safety.safeNote(), Participant.SAFE_NOTE, id),
                cipher.sealOrNull(safety.preferredLanguage(), Participant.PREFERRED_LANGUAGE, id),
                Choices.join(safety.accessNeeds()),
                cipher.sealOrNull(safety.accessNeedsOther(), Participant.ACCESS_NEEDS_OTHER, id),
                now));
        for (var contact : given) {
            var contactId = UUID.randomUUID();
            contacts.save(new ParticipantContact(contactId, id, contact.channel(), contact.hash(),
                    cipher.seal(contact.recipient(), ParticipantContact.RECIPIENT, contactId),
                    contact.channel() == r.verifiedChannel() ? now : null));
        }
        consents.save(ConsentRecord.agreed(id, r.privacyNoticeVersion(), true, now));
        r.forumCodes().forEach(code -> forumRequests.save(new ForumRequest(id, code, now)));
        if (r.equality() != null) {
            var equalityId = UUID.randomUUID();
            equalityRecords.save(new EqualityRecord(equalityId, cipher.equalityRef(id),
                    cipher.seal(EqualityRecord.encode(r.equality()), EqualityRecord.ANSWERS, equalityId)));
        }
        // The sign-up is whole now; the half-finished copy kept for resuming must not outlive it.
        drafts.deleteByContactHashIn(given.stream().map(Contact::hash).toList());
        // A clash on a contact shows here, before the event is published.
        participants.flush();
        events.publishEvent(new RegistrationSubmitted(id, r.forumCodes()));
        return new RegistrationReceipt(id, now, places.withoutPlace(r.forumCodes()));
    }

    /** Ordered by hash, so two sign-ups sharing both contacts insert them in the same order and cannot deadlock. */
    private List<Contact> contactsOf(CheckedRegistration r) {
        var given = new ArrayList<Contact>();
        if (r.mobile() != null) {
            var e164 = r.mobile().e164();
            given.add(new Contact(ChannelType.SMS, e164, cipher.contactHash(ChannelType.SMS, e164)));
        }
        if (r.email() != null) {
            var address = r.email().value();
            given.add(new Contact(ChannelType.EMAIL, address, cipher.contactHash(ChannelType.EMAIL, address)));
        }
        given.sort(Comparator.comparing(Contact::hash));
        return given;
    }
}
