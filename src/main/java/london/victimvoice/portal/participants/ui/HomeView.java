package london.victimvoice.portal.participants.ui;

import java.util.Comparator;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.participants.ForumRequestStatus;
import london.victimvoice.portal.participants.OfferRefused;
import london.victimvoice.portal.participants.OpenOffer;
import london.victimvoice.portal.participants.ParticipantAccount;
import london.victimvoice.portal.participants.ParticipantAccounts;
import london.victimvoice.portal.participants.WaitingListOffers;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * A signed-in participant's own page: their forums and where each stands, leaving a forum (with
 * a confirmation step), how and when we may contact them, and signing out.
 */
@Route(value = HomeView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see SignedInParticipant.
@AnonymousAllowed
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "account";
    /** Query flags for the one-line message at the top after something happened elsewhere. */
    static final String ALREADY_REGISTERED = "already-registered";
    static final String SAFETY_SAVED = "saved";

    private final ParticipantAccounts accounts;
    private final ForumDirectory forums;
    private final ParticipantSessions sessions;
    private final WaitingListOffers offers;
    private final Div offerPanel = new Div();
    private final Paragraph status = new Paragraph();
    private final H1 heading = new H1();
    private final SummaryList forumList = new SummaryList();
    private final Paragraph noForums = new Paragraph();
    private final Div confirmLeave = new Div();
    private final SummaryList contactList = new SummaryList();
    private @Nullable UUID participantId;

    HomeView(ParticipantAccounts accounts, ForumDirectory forums, ParticipantSessions sessions,
            WaitingListOffers offers) {
        this.accounts = accounts;
        this.forums = forums;
        this.sessions = sessions;
        this.offers = offers;
        offerPanel.setId("place-offers");
        offerPanel.setVisible(false);
        status.setId("account-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        noForums.setText(getTranslation("account.forums.none"));
        confirmLeave.addClassName("confirm-panel");
        confirmLeave.setVisible(false);
        var signOut = new Button(getTranslation("shell.signOut"), e -> sessions.signOut());
        signOut.setId("sign-out");
        var signOutActions = new Div(signOut);
        signOutActions.addClassName("form-actions");
        add(status, heading, offerPanel,
                new H2(getTranslation("account.forums.heading")), forumList, noForums, confirmLeave, meetingsLink(), voiceLink(), vouchersLink(),
                new Paragraph(getTranslation("account.forums.statusHelp")),
                new H2(getTranslation("account.contact.heading")), contactList, contactHelp(),
                new H2(getTranslation("account.signOut.heading")),
                new Paragraph(getTranslation("account.signOut.body")), signOutActions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var flags = event.getLocation().getQueryParameters().getParameters();
        if (flags.containsKey(ALREADY_REGISTERED)) {
            say(getTranslation("account.alreadyRegistered"));
        } else if (flags.containsKey(SAFETY_SAVED)) {
            say(getTranslation("account.contact.saved"));
        }
        participantId = SignedInParticipant.orSignIn(event, sessions).orElse(null);
        if (participantId != null) {
            show();
        }
    }

    private void show() {
        var account = participantId == null ? null : accounts.find(participantId).orElse(null);
        if (account == null) {
            // Signed in, but the record has gone (erased on request): say so plainly.
            heading.setText(getTranslation("account.gone"));
            forumList.setVisible(false);
            contactList.setVisible(false);
            return;
        }
        heading.setText(getTranslation("account.heading", account.chosenName()));
        showOffers(account.id());
        showForums(account);
        showContact(account);
    }

    private void showForums(ParticipantAccount account) {
        forumList.removeAll();
        var order = forums.all().stream().map(ForumSummary::code).toList();
        account.forums().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .forEach(e -> {
                    var name = getTranslation("forum." + e.getKey() + ".name");
                    var leave = new Button(getTranslation("account.forums.leave"), click -> askToLeave(e.getKey(), name));
                    leave.setId("leave-" + e.getKey());
                    leave.setAriaLabel(getTranslation("account.forums.leaveNamed", name));
                    forumList.row(name, getTranslation(e.getValue().labelKey()),
                            e.getValue() == ForumRequestStatus.DECLINED ? null : leave);
                });
        noForums.setVisible(account.forums().isEmpty());
    }

    /** A place offered from a waiting list: accept it, or "no thanks" (they stay on the waiting list). */
    private void showOffers(UUID participant) {
        offerPanel.removeAll();
        var open = offers.openFor(participant);
        offerPanel.setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            return;
        }
        offerPanel.add(new H2(getTranslation("offers.account.heading")));
        for (var offer : open) {
            var name = getTranslation("forum." + offer.forumCode() + ".name");
            var accept = new Button(getTranslation("offers.account.accept"), e -> answer(offer, name, true));
            accept.setId("accept-offer-" + offer.forumCode());
            accept.addClassName("button-primary");
            accept.setAriaLabel(getTranslation("offers.account.acceptNamed", name));
            var decline = new Button(getTranslation("offers.account.decline"), e -> answer(offer, name, false));
            decline.setId("decline-offer-" + offer.forumCode());
            decline.setAriaLabel(getTranslation("offers.account.declineNamed", name));
            var buttons = new Div(accept, decline);
            buttons.addClassName("button-group");
            var text = new Paragraph(getTranslation("offers.account.offer", name, LondonTimes.dayAndTime(offer.acceptBy())));
            text.setId("offer-" + offer.forumCode());
            offerPanel.add(text, buttons);
        }
        var help = new Paragraph(getTranslation("offers.account.help"));
        help.addClassName("hint");
        offerPanel.add(help);
    }

    private void answer(OpenOffer offer, String name, boolean accept) {
        if (participantId == null) {
            return;
        }
        try {
            if (accept) {
                offers.accept(participantId, offer.forumCode());
                say(getTranslation("offers.account.accepted", name));
            } else {
                offers.decline(participantId, offer.forumCode());
                say(getTranslation("offers.account.declined", name));
            }
        } catch (OfferRefused refused) {
            say(getTranslation(refused.messageKey()));
        }
        show();
    }

    private void askToLeave(String forumCode, String name) {
        confirmLeave.removeAll();
        var question = new H2(getTranslation("account.leave.heading", name));
        question.setId("confirm-leave-heading");
        question.getElement().setAttribute("tabindex", "-1");
        var yes = new Button(getTranslation("account.leave.yes"), e -> leave(forumCode, name));
        yes.setId("confirm-leave");
        yes.addClassName("button-warning");
        var no = new Button(getTranslation("account.leave.no"), e -> confirmLeave.setVisible(false));
        no.setId("cancel-leave");
        var buttons = new Div(yes, no);
        buttons.addClassName("button-group");
        confirmLeave.add(question, new Paragraph(getTranslation("account.leave.body")), buttons);
        confirmLeave.setVisible(true);
        // Focus moves to the question, so a screen reader reads it out and Tab reaches the choice next.
        question.getElement().callJsFunction("focus");
    }

    private void leave(String forumCode, String name) {
        confirmLeave.setVisible(false);
        if (participantId != null && accounts.leave(participantId, forumCode)) {
            say(getTranslation("account.leave.done", name));
        }
        show();
    }

    private void showContact(ParticipantAccount account) {
        contactList.removeAll();
        var notGiven = getTranslation("join.check.notGiven");
        contactList.row(getTranslation("join.check.row.mobile"), account.mobile() == null ? notGiven
                : Contact.sms(account.mobile()).map(Contact::shown).orElse(account.mobile()), null);
        contactList.row(getTranslation("join.check.row.email"), account.email() == null ? notGiven : account.email(),
                null);
        SafetyRows.add(contactList, account.safety(), SafetyEditView.PATH);
    }

    /** A plain link: meetings depends on participants, so this module must not name its views. */
    private Paragraph meetingsLink() {
        var link = new Anchor("meetings", getTranslation("account.meetings.link"));
        link.setId("your-meetings");
        return new Paragraph(link);
    }

    /** A plain link: the voice module owns that page. */
    private Paragraph voiceLink() {
        var link = new Anchor("voice", getTranslation("voice.participant.accountLink"));
        link.setId("your-voice");
        return new Paragraph(link);
    }

    /** A plain link: the vouchers module owns that page. */
    private Paragraph vouchersLink() {
        var link = new Anchor("vouchers", getTranslation("vouchers.receipt.accountLink"));
        link.setId("your-vouchers");
        return new Paragraph(link);
    }

    private Div contactHelp() {
        var link = new Anchor(SafetyEditView.PATH, getTranslation("account.contact.change"));
        link.setId("change-contact-safety");
        var details = new Paragraph(getTranslation("account.contact.changeDetails"));
        details.addClassName("hint");
        // A plain address: the assistance module owns that page, and participants must not depend on it.
        var requests = new Anchor("account/requests", getTranslation("account.requests.link"));
        requests.setId("your-requests");
        return new Div(new Paragraph(link), details, new Paragraph(requests));
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.title");
    }
}
