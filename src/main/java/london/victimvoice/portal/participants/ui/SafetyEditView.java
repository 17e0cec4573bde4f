package london.victimvoice.portal.participants.ui;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ParticipantAccounts;
import london.victimvoice.portal.participants.SignUpRefused;
import london.victimvoice.portal.security.ParticipantSessions;

/** A signed-in participant changes how and when it is safe to contact them: the sign-up's questions again. */
@Route(value = SafetyEditView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see SignedInParticipant.
@AnonymousAllowed
class SafetyEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "account/contact-safety";

    private final ParticipantAccounts accounts;
    private final ParticipantSessions sessions;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div form = new Div();
    private final Div actions = new Div();
    private @Nullable SafetyFields fields;
    private @Nullable UUID participantId;

    SafetyEditView(ParticipantAccounts accounts, ParticipantSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        addClassName("question-page");
        var back = new Anchor(HomeView.PATH, getTranslation("form.back"));
        back.addClassName("back-link");
        var save = new Button(getTranslation("account.contact.save"), e -> save());
        save.setId("save");
        save.addClassName("button-primary");
        actions.add(save);
        actions.addClassName("form-actions");
        add(back, errors, new H1(getTranslation("account.contact.editHeading")), form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participantId = SignedInParticipant.orSignIn(event, sessions).orElse(null);
        if (participantId == null) {
            return;
        }
        var account = accounts.find(participantId).orElse(null);
        form.removeAll();
        if (account == null) {
            // Signed in, but the record has gone (erased on request): say so plainly.
            form.add(new Paragraph(getTranslation("account.gone")));
            actions.setVisible(false);
            return;
        }
        var available = new ArrayList<ChannelType>();
        if (account.mobile() != null) {
            available.add(ChannelType.SMS);
        }
        if (account.email() != null) {
            available.add(ChannelType.EMAIL);
        }
        var safetyFields = new SafetyFields(available);
        safetyFields.setValue(account.safety());
        form.add(safetyFields);
        fields = safetyFields;
    }

    private void save() {
        if (fields == null || participantId == null) {
            return;
        }
        errors.clear();
        fields.check(errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changeSafety(participantId, fields.value());
                getUI().ifPresent(ui -> ui.navigate(HomeView.PATH,
                        QueryParameters.simple(Map.of(HomeView.SAFETY_SAVED, ""))));
                return;
            } catch (SignUpRefused refused) {
                errors.add(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            }
        }
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "account.contact.editTitle");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
