package london.victimvoice.portal.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import london.victimvoice.portal.base.SafetyProperties;

/**
 * The layout of every participant page: "Exit this page" sticky at the top, a plain header,
 * one main landmark and a footer that explains how to stay safe online.
 * Open to everyone: each view sets its own access.
 */
@AnonymousAllowed
public class ParticipantLayout extends PageShell {

    ParticipantLayout(SafetyProperties safety, SessionTimeouts timeouts) {
        addClassName("participant-layout");
        var header = new Header();
        header.addClassName("page-header");
        var home = new Anchor("", getTranslation("shell.participant.serviceName"));
        home.addClassName("service-name");
        header.add(home);

        var footer = new Footer();
        footer.addClassName("page-footer");
        var links = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("staying-safe.link"), StayingSafeView.class)),
                new ListItem(footerLink("staff", getTranslation("shell.staffSignIn"))));
        footer.add(links);

        add(new ExitThisPage(safety.exitUrl().toString()), header, main(), footer, timeouts.warning("/"));
    }
}
