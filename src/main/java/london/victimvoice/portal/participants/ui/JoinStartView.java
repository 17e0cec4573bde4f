package london.victimvoice.portal.participants.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.participants.ReferralSummary;
import london.victimvoice.portal.participants.Referrals;

/**
 * The start of "Register your interest". A partner's link ({@code /join?ref=CODE}) records who
 * referred the person; an unknown or turned-off code is quietly ignored.
 */
@Route(value = "join", layout = ParticipantLayout.class)
@AnonymousAllowed
class JoinStartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Referrals referrals;
    private final SignUpDraft draft;

    JoinStartView(Referrals referrals, SignUpDraft draft) {
        this.referrals = referrals;
        this.draft = draft;
        var start = new Anchor(AboutYouView.PATH, getTranslation("join.start.button"));
        start.addClassName("button-primary");
        start.getElement().setAttribute("role", "button");
        add(new H1(getTranslation("join.start.heading")),
                new Paragraph(getTranslation("join.start.intro")),
                new H2(getTranslation("join.start.need.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("join.start.need.contact")),
                        new ListItem(getTranslation("join.start.need.time"))),
                new Paragraph(getTranslation("join.start.safety")),
                new Paragraph(start));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ref")
                .flatMap(referrals::activeSource)
                .ifPresent(this::remember);
    }

    private void remember(ReferralSummary referral) {
        draft.referralCode = referral.code();
        if (draft.heardFrom == null) {
            draft.heardFrom = HeardFrom.of(referral.kind());
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "join.start.title");
    }
}
