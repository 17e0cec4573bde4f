package london.victimvoice.portal.participants.ui;

import java.io.Serializable;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
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
}
