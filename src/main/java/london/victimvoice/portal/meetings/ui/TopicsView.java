package london.victimvoice.portal.meetings.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.meetings.AgendaRefused;
import london.victimvoice.portal.meetings.MeetingTopics;
import london.victimvoice.portal.meetings.MemberTopic;
import london.victimvoice.portal.meetings.TopicsForMember;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * A member suggests topics for a meeting's agenda and votes for others', and sees the agenda once
 * it is published. Only members of the meeting's forum see the page: for anyone else, or a made-up
 * address, it is "Page not found". Suggestions never show who made them.
 */
@Route(value = TopicsView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one (as the account page).
@AnonymousAllowed
class TopicsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "meetings/:meetingId/topics";
    private static final String SIGN_IN_PATH = "sign-in";

    private final MeetingTopics topics;
    private final ParticipantSessions sessions;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph caption = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div agenda = new Div();
    private final Div list = new Div();
    private final Div form = new Div();
    private final Paragraph closed = new Paragraph();
    private final TextArea text = new TextArea();
    private @Nullable UUID participantId;
    private @Nullable UUID meetingId;

    TopicsView(MeetingTopics topics, ParticipantSessions sessions) {
        this.topics = topics;
        this.sessions = sessions;
        addClassName("agenda-topics");
        caption.addClassName("caption");
        status.setId("topic-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        text.setId("topic-text");
        text.setLabel(getTranslation("agenda.topics.suggest.label"));
        text.setHelperText(getTranslation("agenda.topics.suggest.hint", MeetingTopics.TOPIC_MAX_LENGTH));
        text.setWidthFull();
        var suggest = new Button(getTranslation("agenda.topics.suggest.button"), e -> suggest());
        suggest.setId("topic-suggest");
        suggest.addClassName("button-primary");
        var actions = new Div(suggest);
        actions.addClassName("form-actions");
        form.add(new H2(getTranslation("agenda.topics.suggest.heading")), text, actions);
        closed.setId("topics-closed");
        closed.setText(getTranslation("agenda.topics.closed"));
        add(errors, caption, new H1(getTranslation("agenda.topics.heading")), status,
                new Paragraph(getTranslation("agenda.topics.intro")), agenda,
                new H2(getTranslation("agenda.topics.list.heading")), list, closed, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participantId = sessions.current().orElse(null);
        if (participantId == null) {
            event.forwardTo(SIGN_IN_PATH);
            return;
        }
        meetingId = MeetingIds.from(event).orElse(null);
        if (meetingId == null || !show()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows the page as it is now; false when this member may not see the meeting. */
    private boolean show() {
        var page = participantId == null || meetingId == null ? null
                : topics.forMember(participantId, meetingId).orElse(null);
        if (page == null) {
            return false;
        }
        caption.setText(getTranslation("agenda.topics.caption", LondonTimes.dayWithYearAndTime(page.meeting().startsAt())));
        showAgenda(page);
        showTopics(page);
        form.setVisible(page.open());
        closed.setVisible(!page.open());
        return true;
    }

    private void showAgenda(TopicsForMember page) {
        agenda.removeAll();
        agenda.add(new H2(getTranslation("agenda.topics.published.heading")));
        if (!page.agendaPublished()) {
            var notYet = new Paragraph(getTranslation("agenda.topics.notPublished"));
            notYet.setId("agenda-not-published");
            agenda.add(notYet);
            return;
        }
        var items = new OrderedList();
        items.setId("agenda-published");
        page.agenda().forEach(item -> items.add(new ListItem(getTranslation("agenda.build.item.text", item.text()))));
        agenda.add(items);
    }

    private void showTopics(TopicsForMember page) {
        list.removeAll();
        if (page.topics().isEmpty()) {
            list.add(new Paragraph(getTranslation("agenda.topics.list.empty")));
            return;
        }
        var items = new UnorderedList();
        items.setId("topics");
        items.addClassName("topic-list");
        page.topics().forEach(topic -> items.add(item(topic, page.open())));
        list.add(items);
    }

    private ListItem item(MemberTopic topic, boolean open) {
        var words = new Paragraph(getTranslation("agenda.build.item.text", topic.text()));
        words.setId("topic-words-" + topic.id());
        words.addClassName("topic-text");
        var about = new Paragraph(getTranslation("agenda.topics.fromMember") + " · "
                + getTranslation("agenda.topics.votes", topic.votes())
                + (topic.myVote() ? " · " + getTranslation("agenda.topics.yourVote") : ""));
        about.addClassName("hint");
        var item = new ListItem(words, about);
        if (open) {
            var button = topic.myVote()
                    ? new Button(getTranslation("agenda.topics.unvote"), e -> unvote(topic.id()))
                    : new Button(getTranslation("agenda.topics.vote"), e -> vote(topic.id()));
            button.setId((topic.myVote() ? "topic-unvote-" : "topic-vote-") + topic.id());
            // The button's name stays short; its description says which topic it is for.
            button.getElement().setAttribute("aria-describedby", words.getId().orElseThrow());
            item.add(button);
        }
        return item;
    }

    private void suggest() {
        clearErrors();
        try {
            topics.suggest(participant(), meeting(), text.getValue());
            text.clear();
            say("agenda.topics.suggested");
        } catch (AgendaRefused refused) {
            refuse(refused, refused.messageKey().startsWith("agenda.error.topic") ? text : null);
        }
        show();
    }

    private void vote(UUID topicId) {
        clearErrors();
        try {
            topics.vote(participant(), topicId);
            say("agenda.topics.voted");
        } catch (AgendaRefused refused) {
            refuse(refused, null);
        }
        show();
    }

    private void unvote(UUID topicId) {
        clearErrors();
        try {
            topics.takeBackVote(participant(), topicId);
            say("agenda.topics.unvoted");
        } catch (AgendaRefused refused) {
            refuse(refused, null);
        }
        show();
    }

    private void refuse(AgendaRefused refused, @Nullable TextArea field) {
        status.setVisible(false);
        var message = getTranslation(refused.messageKey(), refused.arguments());
        if (field != null) {
            errors.add(field, message);
        } else {
            errors.add(message);
        }
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private void say(String key) {
        status.setText(getTranslation(key));
        status.setVisible(true);
    }

    private UUID participant() {
        if (participantId == null) {
            throw new IllegalStateException("Not signed in");
        }
        return participantId;
    }

    private UUID meeting() {
        if (meetingId == null) {
            throw new IllegalStateException("No meeting");
        }
        return meetingId;
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "agenda.topics.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
