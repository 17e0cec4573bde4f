package london.victimvoice.portal.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * GOV.UK-style "Exit this page": a link that is also a button, plus the Shift-key shortcut and
 * its screen-reader announcements, handled in {@code frontend/exit-this-page.js}.
 *
 * <p>It is a real link to the neutral site, so it still works before any script has run.
 */
@Tag("div")
@JsModule("./exit-this-page.js")
public class ExitThisPage extends Div {

    /** Ends the participant's session on exit; permitted to everyone (see security config). */
    public static final String SESSION_END_PATH = "/session/exit";

    public ExitThisPage(String neutralSiteUrl) {
        addClassName("exit-this-page");
        getElement().setAttribute("data-module", "exit-this-page");
        getElement().setAttribute("data-session-end", SESSION_END_PATH);

        var hidden = new Span(getTranslation("exit.emergency"));
        hidden.addClassName("visually-hidden");
        var label = new Span(getTranslation("exit.button"));
        var button = new Anchor(neutralSiteUrl);
        // The space keeps the accessible name "Emergency Exit this page", not "EmergencyExit".
        button.add(hidden, new Text(" "), label);
        button.addClassName("exit-this-page__button");
        button.getElement().setAttribute("role", "button");
        button.getElement().setAttribute("rel", "nofollow noreferrer");
        button.getElement().setAttribute("router-ignore", true);

        var announcer = new Span();
        announcer.addClassNames("exit-this-page__indicator", "visually-hidden");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("data-pressed-once", getTranslation("exit.shift.twoMore"));
        announcer.getElement().setAttribute("data-pressed-twice", getTranslation("exit.shift.oneMore"));
        announcer.getElement().setAttribute("data-timed-out", getTranslation("exit.shift.timedOut"));
        announcer.getElement().setAttribute("data-exiting", getTranslation("exit.shift.exiting"));

        add(button, announcer);
    }
}
