package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.security.CodeCheckResult;
import london.victimvoice.portal.security.CodeSendResult;
import london.victimvoice.portal.security.OneTimeCodes;

/**
 * Returning participants, and people part-way through signing up, sign in with a one-time code
 * sent to their phone or email: there are no participant passwords.
 *
 * <p>Whether a contact is registered is never revealed: an unknown one gets the same answer and
 * limits as a known one, but nothing is sent, and any code typed for it is simply not right.
 */
@Service
public class ParticipantSignIn {

    private final OneTimeCodes codes;
    private final ParticipantContacts contacts;
    private final SignUpDrafts drafts;
    private final DataCipher cipher;
    private final Clock clock;

    ParticipantSignIn(OneTimeCodes codes, ParticipantContacts contacts, SignUpDrafts drafts, DataCipher cipher,
            Clock clock) {
        this.codes = codes;
        this.contacts = contacts;
        this.drafts = drafts;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * @param recipient normalised (E.164 or a checked email address)
     * @throws IllegalArgumentException         if the channel cannot reach that recipient
     * @throws london.victimvoice.portal.messaging.MessageSendException if the channel failed to take the message
     */
    public CodeSendResult sendCode(ChannelType channel, String recipient, String requesterIp) {
        var known = registered(channel, recipient).isPresent() || drafts.exists(channel, recipient);
        return codes.sendForSignIn(channel, recipient, requesterIp, known);
    }

    /** Checks the code; when it is right, says whose contact it is. A first proof of a contact is recorded. */
    public SignInResult verify(ChannelType channel, String recipient, String code) {
        var check = codes.verify(channel, recipient, code);
        if (!check.verified()) {
            return SignInResult.refused(check);
        }
        var hash = cipher.contactHash(channel, recipient);
        contacts.markVerified(hash, clock.instant().truncatedTo(ChronoUnit.MICROS));
        var participant = registered(channel, recipient);
        if (participant.isPresent()) {
            return new SignInResult(check, participant.get(), null);
        }
        var draft = drafts.find(channel, recipient);
        if (draft.isPresent()) {
            return new SignInResult(check, null, draft.get());
        }
        // Only a lucky guess at a code nobody was sent can get here; it is answered as a wrong code.
        return SignInResult.refused(new CodeCheckResult(CodeCheckResult.Outcome.NO_CODE, 0));
    }

    /** The participant this contact belongs to, if any. For someone who proves a contact while signing up again. */
    @Transactional(readOnly = true)
    public Optional<UUID> registered(ChannelType channel, String recipient) {
        return contacts.findByContactHash(cipher.contactHash(channel, recipient)).map(ParticipantContact::participantId);
    }
}
