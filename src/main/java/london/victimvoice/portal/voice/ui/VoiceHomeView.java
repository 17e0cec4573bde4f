package london.victimvoice.portal.voice.ui;

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

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.voice.OpenQuestion;
import london.victimvoice.portal.voice.Questions;

/**
 * "Questions for you": the questions a participant may answer now, when each closes and which
 * they have answered, with the ways to check an answer, see what changed and choose what they
 * hear about.
 */
@Route(value = Voices.HOME, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see Voices.
@AnonymousAllowed
class VoiceHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Questions questions;
    private final ParticipantSessions sessions;
    private final Clock clock;
    private final Div list = new Div();

    VoiceHomeView(Questions questions, ParticipantSessions sessions, Clock clock) {
        this.questions = questions;
        this.sessions = sessions;
        this.clock = clock;
        addClassName("voice-page");
        var back = new Anchor("account", getTranslation("voice.participant.home.back"));
        back.addClassName("back-link");
        list.setId("voice-questions");
        var more = new UnorderedList(
                new ListItem(Voices.link(this, Voices.RECEIPT, "voice.participant.home.receiptLink", "voice-receipt-link")),
                new ListItem(Voices.link(this, Voices.WE_DID, "voice.participant.home.weDidLink", "voice-we-did-link")),
                new ListItem(Voices.link(this, Voices.SETTINGS, "voice.participant.home.settingsLink",
                        "voice-settings-link")));
        more.addClassName("link-list");
        add(back, new H1(getTranslation("voice.participant.home.heading")),
                new Paragraph(getTranslation("voice.participant.home.intro")), list,
                new H2(getTranslation("voice.participant.home.more")), more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Voices.orSignIn(event, sessions).ifPresent(participantId -> {
            list.removeAll();
            var open = questions.openFor(participantId);
            if (open.isEmpty()) {
                var none = new Paragraph(getTranslation("voice.participant.home.none"));
                none.setId("voice-questions-none");
                list.add(none);
                return;
            }
            open.forEach(this::show);
        });
    }

    private void show(OpenQuestion question) {
        var card = new Div();
        card.addClassName("voice-question-card");
        card.setId("voice-question-" + question.id());
        var link = new Anchor(Voices.QUESTION + "/" + question.id(), Voices.typed(this, question.title()));
        card.add(new H2(link));
        if (question.answered()) {
            var tag = new Span(getTranslation("voice.participant.home.answered"));
            tag.addClassName("tag");
            tag.setId("voice-answered-" + question.id());
            card.add(new Paragraph(tag));
        }
        card.add(new Paragraph(getTranslation("voice.participant.home.closes",
                Voices.lastDay(question.closesAt(), clock.instant()))));
        list.add(card);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.participant.home.title");
    }
}
