package london.victimvoice.portal.participants.ui;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.SignUpDrafts;
import london.victimvoice.portal.participants.TimeOfDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What someone has typed so far in the sign-up, exactly as typed, so going back never loses it
 * (WCAG 3.3.7). It lives in this browser session: "Exit this page" ends the session and with it
 * this copy. Once the person has proved their contact, each answered step is also kept (sealed)
 * by {@link SignUpDrafts} for 7 days, so they can sign in and carry on. Equality answers and
 * the privacy agreement are never part of that copy.
 */
@Component
@VaadinSessionScope
class SignUpDraft implements Serializable {

    /** Not part of the answers; a session is never serialised with it. */
    private final transient @Nullable SignUpDrafts kept;

    @Nullable String referralCode;
    String chosenName = "";
    String fullName = "";
    @Nullable HeardFrom heardFrom;
    String mobile = "";
    String email = "";
    /** Set once a code proved the person owns this contact. */
    @Nullable ChannelType verifiedChannel;
    @Nullable String verifiedRecipient;
    Set<String> forumCodes = new LinkedHashSet<>();
    Set<ChannelType> safeChannels = new LinkedHashSet<>();
    Set<DayOfWeek> safeDays = EnumSet.allOf(DayOfWeek.class);
    Set<TimeOfDay> safeTimes = EnumSet.allOf(TimeOfDay.class);
    boolean discreetMessages = true;
    String safeNote = "";
    String preferredLanguage = "";
    Set<AccessNeed> accessNeeds = EnumSet.noneOf(AccessNeed.class);
    String accessNeedsOther = "";
    /** The privacy notice version agreed to; 0 until they agree. */
    int agreedNoticeVersion;
    boolean agreedToContact;
    /**
     * After sending: the chosen forums that had no place free, for the confirmation page. Forum
     * codes only; kept until the session ends or a new sign-up is sent.
     */
    Set<String> waitingListWhenSent = new LinkedHashSet<>();

    @Autowired
    SignUpDraft(SignUpDrafts kept) {
        this.kept = kept;
    }

    /** Fresh values only, for {@link #clear()} and tests. */
    SignUpDraft() {
        this.kept = null;
    }

    boolean verified() {
        return verifiedChannel != null && verifiedRecipient != null;
    }

    /** Keeps these answers for resuming, once the contact is proved. A failure to keep loses nothing here. */
    void keep() {
        if (kept != null && verifiedChannel != null && verifiedRecipient != null) {
            kept.keep(verifiedChannel, verifiedRecipient, DraftSnapshot.of(this));
        }
    }

    /** Replaces these answers with the kept ones of a proved contact, as a sign-in finds them. */
    void resume(ChannelType channel, String recipient, String snapshot) {
        clear();
        DraftSnapshot.restore(snapshot, this);
        verifiedChannel = channel;
        verifiedRecipient = recipient;
    }

    /** The contact-safety answers as given so far. */
    ContactSafety safety() {
        return new ContactSafety(new LinkedHashSet<>(safeChannels), safeDays, safeTimes, discreetMessages, safeNote,
                preferredLanguage, accessNeeds, accessNeedsOther);
    }

    /** Where someone resuming carries on: the first step they had not finished. */
    String resumeAt() {
        if (forumCodes.isEmpty()) {
            return VerifyView.NEXT;
        }
        if (safeChannels.isEmpty()) {
            return ForumsStepView.NEXT;
        }
        // Next comes "how you found us", then equality: those answers are not kept with a name,
        // so they are asked (or skipped) again.
        return SafetyStepView.NEXT;
    }

    /** Starting again with a new contact: the kept copy of the old one goes. */
    void forgetKept() {
        if (kept != null && verifiedChannel != null && verifiedRecipient != null) {
            kept.forget(verifiedChannel, verifiedRecipient);
        }
    }

    /** Forgets everything, once the sign-up is stored or abandoned. */
    void clear() {
        var fresh = new SignUpDraft();
        referralCode = fresh.referralCode;
        chosenName = fresh.chosenName;
        fullName = fresh.fullName;
        heardFrom = fresh.heardFrom;
        mobile = fresh.mobile;
        email = fresh.email;
        verifiedChannel = fresh.verifiedChannel;
        verifiedRecipient = fresh.verifiedRecipient;
        forumCodes = fresh.forumCodes;
        safeChannels = fresh.safeChannels;
        safeDays = fresh.safeDays;
        safeTimes = fresh.safeTimes;
        discreetMessages = fresh.discreetMessages;
        safeNote = fresh.safeNote;
        preferredLanguage = fresh.preferredLanguage;
        accessNeeds = fresh.accessNeeds;
        accessNeedsOther = fresh.accessNeedsOther;
        agreedNoticeVersion = fresh.agreedNoticeVersion;
        agreedToContact = fresh.agreedToContact;
        waitingListWhenSent = fresh.waitingListWhenSent;
    }
}
