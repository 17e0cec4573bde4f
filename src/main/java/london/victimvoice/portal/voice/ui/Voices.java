package london.victimvoice.portal.voice.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * What the participants' voice pages share: the guard that sends anyone who is not a signed-in
 * participant to the participant sign-in (the routes are open so that nobody lands on the staff
 * sign-in), reading a question id from the address, and the last day a question is open.
 */
final class Voices {

    static final String HOME = "voice";
    static final String QUESTION = "voice/questions";
    static final String RECEIPT = "voice/receipt";
    static final String WE_DID = "voice/we-did";
    static final String SETTINGS = "voice/settings";
    static final String QUESTION_PARAMETER = "questionId";
    private static final String SIGN_IN = "sign-in";

    private Voices() {
    }

    static Optional<UUID> orSignIn(BeforeEnterEvent event, ParticipantSessions sessions) {
        var id = sessions.current();
        if (id.isEmpty()) {
            event.forwardTo(SIGN_IN);
        }
        return id;
    }

    /** The question id in the address; anything that is not an id is simply not found. */
    static Optional<UUID> questionId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(QUESTION_PARAMETER).flatMap(Voices::uuid);
    }

    /** An id from an address or query; anything that is not one is simply not found. */
    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * "Tuesday 3 March": the last day answers are taken. A question closes at the end of its last
     * day, so the moment it closes may be midnight after it; a millisecond earlier is that day.
     */
    static String lastDay(Instant closesAt, Instant now) {
        return LondonTimes.day(closesAt.minus(Duration.ofMillis(1)), now);
    }

    /** "Tuesday 3 March": the first day answers are taken. */
    static String firstDay(Instant opensAt, Instant now) {
        return LondonTimes.day(opensAt, now);
    }

    static Anchor link(Component view, String href, String textKey, String id) {
        var link = new Anchor(href, view.getTranslation(textKey));
        link.setId(id);
        return link;
    }

    /** GOV.UK warning text: "!" for the eye, "Warning" for screen readers, then the words. */
    static Div warning(Component view, String id, String words) {
        var icon = new Span(view.getTranslation("voice.participant.warningIcon"));
        icon.addClassName("warning-text__icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var hidden = new Span(view.getTranslation("voice.participant.warningHidden"));
        hidden.addClassName("visually-hidden");
        var warning = new Div(icon, hidden, new Span(words));
        warning.setId(id);
        warning.addClassName("warning-text");
        return warning;
    }

    /** Text someone typed or a coordinator wrote, always as text: the bundle's "{0}" keeps pages free of typed-in words. */
    static String typed(Component view, String text) {
        return view.getTranslation("voice.participant.typed", text);
    }
}
