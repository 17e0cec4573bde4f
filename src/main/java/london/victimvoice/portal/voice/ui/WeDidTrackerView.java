package london.victimvoice.portal.voice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.voice.WeDidDetails;

/**
 * "You said, we did" for a member: the entries of their forums, in plain words, each with what
 * was said, what will be done, by whom, where it stands (and why, when it is not possible), the
 * dates and what has happened so far. Never who on the staff made a change.
 */
@Route(value = WeDidTrackerView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one; the page guards itself.
@AnonymousAllowed
class WeDidTrackerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "voice/we-did";

    private final WeDid weDid;
    private final ParticipantSessions sessions;
    private final Div list = new Div();

    WeDidTrackerView(WeDid weDid, ParticipantSessions sessions) {
        this.weDid = weDid;
        this.sessions = sessions;
        var back = new Anchor("account", getTranslation("form.back"));
        back.addClassName("back-link");
        list.setId("we-did-tracker");
        add(back, new H1(getTranslation("voice.weDid.tracker.heading")),
                new Paragraph(getTranslation("voice.weDid.tracker.intro")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var participantId = sessions.current();
        if (participantId.isEmpty()) {
            event.forwardTo("sign-in");
            return;
        }
        list.removeAll();
        var entries = weDid.trackerFor(participantId.get());
        if (entries.isEmpty()) {
            var none = new Paragraph(getTranslation("voice.weDid.tracker.none"));
            none.setId("we-did-tracker-none");
            list.add(none);
            return;
        }
        entries.forEach(this::show);
    }

    private void show(WeDidDetails details) {
        var entry = details.entry();
        var section = new Section();
        section.setId("we-did-entry-" + entry.id());
        section.addClassName("we-did-entry");
        var heading = new H2(getTranslation("voice.weDid.tracker.entryHeading", entry.said()));
        heading.addClassName("we-did-said");
        var rows = WeDidTexts.summary("we-did-rows-" + entry.id());
        WeDidTexts.row(rows, "we-did-will-do-" + entry.id(), getTranslation("voice.weDid.tracker.willDo"),
                WeDidTexts.value(this, entry.willDo()));
        WeDidTexts.row(rows, "we-did-owner-" + entry.id(), getTranslation("voice.weDid.tracker.owner"),
                WeDidTexts.owner(this, entry.owner()));
        WeDidTexts.row(rows, "we-did-status-" + entry.id(), getTranslation("voice.weDid.tracker.status"),
                WeDidTexts.status(this, entry.status()));
        if (entry.status() == ActionStatus.NOT_POSSIBLE && entry.statusReason() != null) {
            WeDidTexts.row(rows, "we-did-reason-" + entry.id(), getTranslation("voice.weDid.tracker.reason"),
                    WeDidTexts.value(this, entry.statusReason()));
        }
        if (entry.dueOn() != null) {
            WeDidTexts.row(rows, "we-did-due-" + entry.id(), getTranslation("voice.weDid.tracker.due"),
                    WeDidTexts.due(this, entry.dueOn()));
        }
        WeDidTexts.row(rows, "we-did-changed-" + entry.id(), getTranslation("voice.weDid.tracker.changed"),
                WeDidTexts.value(this, LondonTimes.dayWithYear(entry.updatedAt())));
        var steps = new OrderedList();
        steps.setId("we-did-history-" + entry.id());
        for (var update : details.history()) {
            var when = LondonTimes.dayWithYear(update.recordedAt());
            var state = WeDidTexts.status(this, update.status());
            steps.add(new ListItem(update.note() == null ? getTranslation("voice.weDid.tracker.step", when, state)
                    : getTranslation("voice.weDid.tracker.stepWithNote", when, state, update.note())));
        }
        section.add(heading, rows, new H3(getTranslation("voice.weDid.tracker.history")), steps);
        list.add(section);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.weDid.tracker.title");
    }
}
