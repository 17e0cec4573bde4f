package london.victimvoice.portal.meetings.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.meetings.CalendarFile;
import london.victimvoice.portal.meetings.CalendarFiles;
import london.victimvoice.portal.meetings.MeetingRefused;
import london.victimvoice.portal.meetings.MemberMeeting;
import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * One meeting for a member: when and where, their answer (changeable until it starts), the
 * address and link once they may see them, a calendar file, and links to ask for adjustments or
 * support and to suggest a topic. Another forum's meeting is "not found".
 */
@Route(value = MyMeetingsView.PATH + "/:" + MeetingIds.PARAMETER, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see Members.
@AnonymousAllowed
class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Rsvps rsvps;
    private final CalendarFiles calendars;
    private final ParticipantSessions sessions;
    private final Clock clock;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private final H1 heading = new H1(getTranslation("meetings.meeting.heading"));
    private final Div body = new Div();
    private final RadioButtonGroup<RsvpAnswer> answer = new RadioButtonGroup<>();
    private @Nullable UUID participantId;

    MeetingView(Rsvps rsvps, CalendarFiles calendars, ParticipantSessions sessions, Clock clock) {
        this.rsvps = rsvps;
        this.calendars = calendars;
        this.sessions = sessions;
        this.clock = clock;
        status.setId("rsvp-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        answer.setId("rsvp-answer");
        answer.setLabel(getTranslation("meetings.meeting.answer"));
        answer.setItems(Arrays.asList(RsvpAnswer.values()));
        answer.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        var back = new Anchor(MyMeetingsView.PATH, getTranslation("meetings.meeting.back"));
        back.addClassName("back-link");
        add(back, errors, status, heading, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participantId = Members.orSignIn(event, sessions).orElse(null);
        if (participantId == null) {
            return;
        }
        var meeting = MeetingIds.from(event).flatMap(id -> rsvps.meetingFor(participantId, id));
        if (meeting.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(meeting.get());
    }

    private void show(MemberMeeting meeting) {
        body.removeAll();
        var now = clock.instant();
        var when = new Paragraph(getTranslation("meetings.when", LondonTimes.day(meeting.startsAt(), now),
                LondonTimes.time(meeting.startsAt()), LondonTimes.time(meeting.endsAt())));
        when.setId("meeting-when");
        var place = new Paragraph(Members.place(this, meeting));
        place.setId("meeting-place");
        body.add(new Paragraph(getTranslation("forum." + meeting.forumCode() + ".name")), when, place);
        var access = Members.access(this, meeting);
        if (!access.isEmpty()) {
            var items = new UnorderedList();
            items.setId("meeting-access");
            access.forEach(line -> items.add(new ListItem(line)));
            body.add(items);
        }
        if (meeting.notes() != null) {
            var notes = new Paragraph(meeting.notes());
            notes.setId("meeting-notes");
            body.add(new H2(getTranslation("meetings.meeting.notes")), notes);
        }
        if (meeting.cancelled()) {
            var cancelled = new Paragraph(getTranslation("meetings.meeting.cancelled"));
            cancelled.setId("meeting-cancelled");
            body.add(cancelled);
        } else if (meeting.started()) {
            var started = new Paragraph(getTranslation("meetings.meeting.started"));
            started.setId("meeting-started");
            body.add(started);
        } else {
            body.add(details(meeting));
        }
        if (meeting.answerable()) {
            answer.setValue(meeting.answer());
            var save = new Button(getTranslation("meetings.meeting.save"), e -> save(meeting.id()));
            save.setId("rsvp-save");
            save.addClassName("button-primary");
            var actions = new Div(save);
            actions.addClassName("form-actions");
            body.add(answer, actions);
        }
        body.add(links(meeting));
    }

    private Div details(MemberMeeting meeting) {
        var details = new Div();
        details.setId("meeting-details");
        if (meeting.venueAddress() != null) {
            var address = new Paragraph(getTranslation("meetings.meeting.address", meeting.venueAddress()));
            address.setId("meeting-address");
            details.add(address);
        }
        if (meeting.onlineLink() != null) {
            var link = new Anchor(meeting.onlineLink(), getTranslation("meetings.meeting.link"), AnchorTarget.BLANK);
            link.setId("meeting-link");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("router-ignore", true);
            details.add(new Paragraph(link));
        }
        if (!meeting.detailsShown()) {
            var from = LondonTimes.day(meeting.detailsFrom(), clock.instant());
            var key = meeting.answer() == RsvpAnswer.COMING ? "meetings.meeting.detailsSoon"
                    : clock.instant().isBefore(meeting.detailsFrom()) ? "meetings.meeting.detailsLater"
                            : "meetings.meeting.detailsComing";
            var later = new Paragraph(getTranslation(key, from));
            later.setId("meeting-details-later");
            details.add(later);
        }
        return details;
    }

    private Div links(MemberMeeting meeting) {
        var id = meeting.id();
        var viewer = participantId;
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = viewer == null ? null : calendars.forMember(viewer, id).orElse(null);
            return file == null ? DownloadResponse.error(404) : response(file);
        }), AttachmentType.DOWNLOAD, getTranslation("meetings.meeting.calendar"));
        download.setId("add-to-calendar");
        var list = new UnorderedList(
                new ListItem(download),
                new ListItem(link(MyMeetingsView.PATH + "/" + id + "/adjustments", "meetings.meeting.adjustments",
                        "ask-adjustments")),
                new ListItem(link(MyMeetingsView.PATH + "/" + id + "/support", "meetings.meeting.support",
                        "ask-support")),
                new ListItem(link(MyMeetingsView.PATH + "/" + id + "/topics", "meetings.meeting.topics",
                        "suggest-topic")));
        list.addClassName("link-list");
        return new Div(new H2(getTranslation("meetings.meeting.more")), list);
    }

    private static DownloadResponse response(CalendarFile file) {
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                CalendarFile.CONTENT_TYPE, file.content().length);
    }

    private Anchor link(String href, String textKey, String id) {
        var link = new Anchor(href, getTranslation(textKey));
        link.setId(id);
        return link;
    }

    private void save(UUID meetingId) {
        var viewer = participantId;
        errors.clear();
        status.setVisible(false);
        if (viewer == null) {
            return;
        }
        if (answer.getValue() == null) {
            errors.add(answer, getTranslation("meetings.error.noAnswer"));
            showErrors();
            return;
        }
        try {
            var saved = rsvps.answer(viewer, meetingId, answer.getValue());
            show(saved);
            status.setText(getTranslation("meetings.meeting.saved"));
            status.setVisible(true);
        } catch (MeetingRefused refused) {
            errors.add(answer, getTranslation(refused.messageKey()));
            showErrors();
        }
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "meetings.meeting.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
