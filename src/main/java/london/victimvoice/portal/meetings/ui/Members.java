package london.victimvoice.portal.meetings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;

import london.victimvoice.portal.meetings.MemberMeeting;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * Guards members' meeting pages as the participants' own pages are guarded: open routes, and
 * anyone who is not a signed-in participant goes to the participant sign-in before anything is
 * read. Also words a meeting's time and place the same way on every page.
 */
final class Members {

    static final String SIGN_IN = "sign-in";

    private Members() {
    }

    static Optional<UUID> orSignIn(BeforeEnterEvent event, ParticipantSessions sessions) {
        var id = sessions.current();
        if (id.isEmpty()) {
            event.forwardTo(SIGN_IN);
        }
        return id;
    }

    static String place(Component view, MemberMeeting meeting) {
        if (!meeting.inPerson()) {
            return view.getTranslation("meetings.place.online");
        }
        return meeting.nearestStation() == null ? view.getTranslation("meetings.place.inPerson")
                : view.getTranslation("meetings.place.inPersonNear", meeting.nearestStation());
    }

    static List<String> access(Component view, MemberMeeting meeting) {
        var lines = new ArrayList<String>();
        if (meeting.stepFree()) {
            lines.add(view.getTranslation("meetings.access.stepFree"));
        }
        if (meeting.hearingLoop()) {
            lines.add(view.getTranslation("meetings.access.hearingLoop"));
        }
        if (meeting.nearestStation() != null) {
            lines.add(view.getTranslation("meetings.access.station", meeting.nearestStation()));
        }
        return lines;
    }
}
