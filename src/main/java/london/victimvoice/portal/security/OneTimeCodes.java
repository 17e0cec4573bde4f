package london.victimvoice.portal.security;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import london.victimvoice.portal.base.CollisionRetry;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.Messenger;
import london.victimvoice.portal.messaging.OutgoingMessage;

/**
 * Participants prove they own a phone or an email address with a 6-digit code, both when they
 * sign up and each time they sign in; they never have a password.
 *
 * <p>The rules: a code lives 10 minutes, allows 5 tries and works once; a new send replaces the
 * last code; "send again" waits a cooldown (default 30 s); at most 3 sends an hour go to one
 * contact and, by default, 30 an hour from one IP address. Codes, contacts and IP addresses are
 * stored only as keyed hashes.
 *
 * <p>Deliberately not transactional: the code is saved and committed before the message goes to
 * a provider, so a slow provider never holds a database transaction open.
 */
@Service
public class OneTimeCodes {


    private final CodeLedger ledger;
    private final CodeHasher hasher;
    private final Messenger messenger;
    private final MessageSource texts;

    OneTimeCodes(CodeLedger ledger, CodeHasher hasher, Messenger messenger, MessageSource texts) {
        this.ledger = ledger;
        this.hasher = hasher;
        this.messenger = messenger;
        this.texts = texts;
    }

    /**
     * Sends a new code unless a limit says no. A send that went to the provider counts towards
     * the limits even if the provider then fails.
     *
     * @param recipient   already normalised: an E.164 number for SMS, an email address for email
     * @param requesterIp the address the request came from, for the per-IP limit
     * @throws IllegalArgumentException if the recipient cannot receive on that channel (nothing is stored)
     * @throws MessageSendException     if the channel could not hand the message over
     */
    public CodeSendResult send(ChannelType channel, String recipient, String requesterIp) {
        return send(channel, recipient, requesterIp, true);
    }

    /**
     * For signing in: a contact nobody registered is treated exactly like a registered one (the
     * same limits, cooldown and answer) but no message goes out. So the sign-in page never tells
     * anyone, such as someone who controls a victim's phone, whether that person has signed up.
     *
     * @param registered whether the contact belongs to a participant or a sign-up in progress
     */
    public CodeSendResult sendForSignIn(ChannelType channel, String recipient, String requesterIp, boolean registered) {
        return send(channel, recipient, requesterIp, registered);
    }

    private CodeSendResult send(ChannelType channel, String recipient, String requesterIp, boolean deliver) {
        // A recipient the channel would refuse is refused before a send is counted or a code stored.
        message(channel, recipient, "0".repeat(CodeLedger.CODE_DIGITS));
        var contact = hasher.contact(channel.name(), recipient);
        var issue = issue(contact, hasher.ip(requesterIp));
        if (issue.code() != null && deliver) {
            messenger.send(message(channel, recipient, issue.code()));
        }
        return issue.result();
    }

    /**
     * A first code for a contact is an insert, and two at once collide on the unique contact hash
     * (or, on MariaDB, deadlock on the index gap that both locked). Once the other has committed,
     * a new attempt sees its send and the usual rules answer (typically: cooldown).
     */
    private CodeLedger.Issue issue(String contactHash, String ipHash) {
        return CollisionRetry.run("code send", () -> ledger.issue(contactHash, ipHash));
    }

    /**
     * Checks a typed or pasted code. Spaces anywhere are ignored ("123 456"). Anything that is
     * not then 6 digits is {@code WRONG} and uses a try like a wrong code: otherwise the tries
     * would not bound what an attacker can send, and a person who mistypes loses nothing they
     * would not lose with a wrong digit.
     */
    public CodeCheckResult verify(ChannelType channel, String recipient, String code) {
        return ledger.check(hasher.contact(channel.name(), recipient), code);
    }

    /** Deletes send records and codes older than a day; returns rows deleted. Hourly on every node: harmless twice. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public int purgeOlderThanADay() {
        return ledger.purge();
    }

    /** Discreet on purpose: a shared phone may show it on the lock screen. */
    private OutgoingMessage message(ChannelType channel, String recipient, String code) {
        var body = texts.getMessage("oneTimeCode.message", new Object[] {code, CodeLedger.LIFETIME.toMinutes()},
                Locale.UK);
        return switch (channel) {
            case SMS -> OutgoingMessage.sms(recipient, body);
            case EMAIL -> OutgoingMessage.email(recipient,
                    texts.getMessage("oneTimeCode.email.subject", null, Locale.UK), body);
        };
    }
}
