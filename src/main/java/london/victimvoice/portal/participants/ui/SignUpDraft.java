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
import london.victimvoice.portal.participants.TimeOfDay;
import org.springframework.stereotype.Component;

/**
 * What someone has typed so far in the sign-up, exactly as typed, so going back never loses it
 * (WCAG 3.3.7). It lives only in this browser session: "Exit this page" ends the session and with
 * it the draft. It is saved to the database only once the person has proved their contact.
 */
@Component
@VaadinSessionScope
class SignUpDraft implements Serializable {

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
    boolean agreedToPrivacyNotice;
    boolean agreedToContact;
    /**
     * After sending: the chosen forums that had no place free, for the confirmation page. Forum
     * codes only; kept until the session ends or a new sign-up is sent.
     */
    Set<String> waitingListWhenSent = new LinkedHashSet<>();

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
        agreedToPrivacyNotice = fresh.agreedToPrivacyNotice;
        agreedToContact = fresh.agreedToContact;
        waitingListWhenSent = fresh.waitingListWhenSent;
    }
}
