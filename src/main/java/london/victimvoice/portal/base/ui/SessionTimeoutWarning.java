package london.victimvoice.portal.base.ui;

import java.time.Duration;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * A modal warning before an idle session closes, with a way to stay signed in. The timing runs
 * in {@code frontend/session-timeout.js}; staying signed in is any request to the server.
 */
@JsModule("./session-timeout.js")
class SessionTimeoutWarning extends Div {

    private final Duration timeout;
    private final Duration warningBefore;

    SessionTimeoutWarning(Duration timeout, Duration warningBefore, String expiredUrl) {
        this.timeout = timeout;
        this.warningBefore = warningBefore.compareTo(timeout) < 0 ? warningBefore : timeout.dividedBy(2);
        addClassName("session-timeout-host");
        getElement().setAttribute("data-expired-url", expiredUrl);

        var dialog = new Element("dialog");
        dialog.getClassList().add("session-timeout");
        dialog.setAttribute("aria-labelledby", "session-timeout-heading");
        dialog.setAttribute("aria-describedby", "session-timeout-body");
        var heading = new H2(getTranslation("session.warning.heading"));
        heading.setId("session-timeout-heading");
        var body = new Paragraph(getTranslation("session.warning.body", this.warningBefore.toMinutes()));
        body.setId("session-timeout-body");
        var stay = new Element("button");
        stay.setAttribute("type", "button");
        stay.getClassList().add("session-timeout__stay");
        stay.getClassList().add("button-primary");
        stay.setText(getTranslation("session.warning.stay"));
        dialog.appendChild(heading.getElement(), body.getElement(), stay);
        getElement().appendChild(dialog);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var warnAfter = timeout.minus(warningBefore).toSeconds();
        getElement().executeJs("window.portalSessionTimeout.start(this, $0, $1)", warnAfter, timeout.toSeconds());
    }

    /** Called by "Stay signed in": the request itself keeps the session alive. */
    @ClientCallable
    void stayActive() {
        // Nothing to do: reaching the server is what resets the idle timer.
    }
}
