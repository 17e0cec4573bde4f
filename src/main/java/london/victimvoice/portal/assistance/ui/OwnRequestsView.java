package london.victimvoice.portal.assistance.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.assistance.AssistanceKind;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.OwnRequest;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;

/** The participant's own adjustment and support requests, newest first, with where each stands. Never staff notes. */
@Route(value = OwnRequestsView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one; the page guards itself.
@AnonymousAllowed
class OwnRequestsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "account/requests";
    /** Query flag: a request was just sent. */
    static final String SENT = "sent";

    private final AssistanceRequests requests;
    private final ParticipantSessions sessions;
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    OwnRequestsView(AssistanceRequests requests, ParticipantSessions sessions) {
        this.requests = requests;
        this.sessions = sessions;
        var back = new Anchor("account", getTranslation("form.back"));
        back.addClassName("back-link");
        status.setId("requests-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        list.setId("own-requests");
        add(back, status, new H1(getTranslation("assistance.own.heading")),
                new Paragraph(getTranslation("assistance.own.intro")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var participantId = sessions.current();
        if (participantId.isEmpty()) {
            event.forwardTo("sign-in");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SENT)) {
            status.setText(getTranslation("assistance.own.sent"));
            status.setVisible(true);
        }
        list.removeAll();
        var own = requests.ownRequests(participantId.get());
        if (own.isEmpty()) {
            list.add(new Paragraph(getTranslation("assistance.own.none")));
            return;
        }
        own.forEach(this::show);
    }

    private void show(OwnRequest request) {
        var heading = new H2(getTranslation("assistance.own.requestHeading", getTranslation(request.kind().labelKey()),
                When.meeting(this, request.meetingStartsAt(), request.meetingEndsAt())));
        var rows = new DescriptionList();
        rows.addClassName("summary-list");
        rows.setId("request-" + request.id());
        row(rows, "assistance.own.asked", request.kind() == AssistanceKind.ADJUSTMENTS ? needs(request)
                : getTranslation(request.timing() == null ? "assistance.none" : request.timing().labelKey()));
        row(rows, "assistance.own.askedOn", When.day(this, request.askedAt()));
        row(rows, "assistance.own.status", getTranslation(request.status().participantLabelKey()));
        list.add(heading, rows);
    }

    private String needs(OwnRequest request) {
        return request.accessNeeds().isEmpty() ? getTranslation("assistance.own.ownWords")
                : request.accessNeeds().stream().sorted().map(n -> getTranslation(n.labelKey()))
                        .collect(Collectors.joining(", "));
    }

    private void row(DescriptionList rows, String key, String value) {
        var term = new DescriptionList.Term(getTranslation(key));
        term.addClassName("summary-list__key");
        var description = new DescriptionList.Description(value);
        description.addClassName("summary-list__value");
        var row = new Div(term, description);
        row.addClassName("summary-list__row");
        rows.add(row);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "assistance.own.title");
    }
}
