package london.victimvoice.portal.participants.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;

/**
 * The GOV.UK confirmation page: it’s done, what happens next, when, and where to get help. A forum
 * that had no place free when the sign-up was sent is named, with its waiting list.
 */
@Route(value = ConfirmationView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class ConfirmationView extends Div implements HasDynamicTitle {

    static final String PATH = "join/done";

    ConfirmationView(SignUpDraft draft) {
        var panel = new Div(new H1(getTranslation("join.done.heading")));
        panel.addClassName("confirmation-panel");
        add(panel,
                new H2(getTranslation("join.done.next.heading")),
                new Paragraph(getTranslation("join.done.next.body")));
        if (!draft.waitingListWhenSent.isEmpty()) {
            var waitingList = new Div();
            waitingList.setId("waiting-list");
            draft.waitingListWhenSent.forEach(code -> waitingList.add(new Paragraph(
                    getTranslation("join.done.waitingList", getTranslation("forum." + code + ".name")))));
            waitingList.add(new Paragraph(getTranslation("join.done.waitingList.tell")));
            add(waitingList);
        }
        add(new Paragraph(getTranslation("join.done.when")),
                new Paragraph(new Anchor(SignInView.PATH, getTranslation("join.done.signIn"))),
                new H2(getTranslation("join.done.help.heading")),
                new Paragraph(getTranslation("join.done.help.body")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "join.done.title");
    }
}
