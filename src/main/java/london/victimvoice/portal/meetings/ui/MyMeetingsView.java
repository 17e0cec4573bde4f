package london.victimvoice.portal.meetings.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.meetings.MemberMeeting;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.security.ParticipantSessions;

/** A member's upcoming meetings: when, where, access, cancelled ones marked, and their answer. */
@Route(value = MyMeetingsView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see Members.
@AnonymousAllowed
class MyMeetingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "meetings";

    private final Rsvps rsvps;
    private final ParticipantSessions sessions;
    private final Clock clock;
    private final Div list = new Div();

    MyMeetingsView(Rsvps rsvps, ParticipantSessions sessions, Clock clock) {
        this.rsvps = rsvps;
        this.sessions = sessions;
        this.clock = clock;
        list.setId("meetings-list");
        add(new H1(getTranslation("meetings.list.heading")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Members.orSignIn(event, sessions).ifPresent(participantId -> {
            list.removeAll();
            var meetings = rsvps.upcomingFor(participantId);
            if (meetings.isEmpty()) {
                var none = new Paragraph(getTranslation("meetings.list.none"));
                none.setId("meetings-none");
                list.add(none);
            }
            meetings.forEach(this::show);
        });
    }

    private void show(MemberMeeting meeting) {
        var card = new Div();
        card.addClassName("meeting-card");
        card.setId("meeting-" + meeting.id());
        var when = getTranslation("meetings.when", LondonTimes.day(meeting.startsAt(), clock.instant()),
                LondonTimes.time(meeting.startsAt()), LondonTimes.time(meeting.endsAt()));
        var heading = new H2(new Anchor(PATH + "/" + meeting.id(), when));
        card.add(heading);
        if (meeting.cancelled()) {
            var cancelled = new Paragraph(new Span(getTranslation("meetings.list.cancelled")));
            cancelled.addClassName("meeting-cancelled");
            card.add(cancelled);
        }
        card.add(new Paragraph(getTranslation("forum." + meeting.forumCode() + ".name")));
        card.add(new Paragraph(Members.place(this, meeting)));
        var access = Members.access(this, meeting);
        if (!access.isEmpty()) {
            var items = new UnorderedList();
            access.forEach(line -> items.add(new ListItem(line)));
            card.add(items);
        }
        card.add(new Paragraph(getTranslation("meetings.list.yourAnswer", getTranslation(
                meeting.answer() == null ? "meetings.rsvp.none" : meeting.answer().labelKey()))));
        list.add(card);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "meetings.list.title");
    }
}
