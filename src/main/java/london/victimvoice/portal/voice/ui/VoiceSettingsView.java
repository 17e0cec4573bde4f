package london.victimvoice.portal.voice.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.voice.SubscriptionKind;
import london.victimvoice.portal.voice.VoiceSubscriptions;

/** What a participant hears about beyond their forums' questions: consultations, and "we did" changes. Off by default. */
@Route(value = Voices.SETTINGS, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see Voices.
@AnonymousAllowed
class VoiceSettingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final VoiceSubscriptions subscriptions;
    private final ParticipantSessions sessions;
    private final Paragraph status = new Paragraph();
    private final CheckboxGroup<SubscriptionKind> kinds = new CheckboxGroup<>();
    private @Nullable UUID participantId;

    VoiceSettingsView(VoiceSubscriptions subscriptions, ParticipantSessions sessions) {
        this.subscriptions = subscriptions;
        this.sessions = sessions;
        addClassName("voice-page");
        addClassName("question-page");
        var back = new Anchor(Voices.HOME, getTranslation("voice.participant.settings.back"));
        back.addClassName("back-link");
        status.setId("voice-settings-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        kinds.setId("voice-settings-kinds");
        kinds.setLabel(getTranslation("voice.participant.settings.label"));
        kinds.setHelperText(getTranslation("voice.participant.settings.hint"));
        kinds.setItems(List.of(SubscriptionKind.CONSULTATIONS, SubscriptionKind.WE_DID_UPDATES));
        kinds.setItemLabelGenerator(kind -> getTranslation("voice.participant.settings." + kind.name()));
        var save = new Button(getTranslation("voice.participant.settings.save"), e -> save());
        save.setId("voice-settings-save");
        save.addClassName("button-primary");
        var actions = new Div(save);
        actions.addClassName("form-actions");
        add(back, status, new H1(getTranslation("voice.participant.settings.heading")),
                new Paragraph(getTranslation("voice.participant.settings.intro")), kinds, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participantId = Voices.orSignIn(event, sessions).orElse(null);
        if (participantId != null) {
            kinds.setValue(subscriptions.of(participantId));
        }
    }

    private void save() {
        if (participantId == null) {
            return;
        }
        var chosen = kinds.getValue().isEmpty() ? EnumSet.noneOf(SubscriptionKind.class) : EnumSet.copyOf(kinds.getValue());
        subscriptions.choose(participantId, chosen);
        status.setText(getTranslation("voice.participant.settings.saved"));
        status.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.participant.settings.title");
    }
}
