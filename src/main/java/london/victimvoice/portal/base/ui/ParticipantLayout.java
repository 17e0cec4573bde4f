package london.victimvoice.portal.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.base.SafetyProperties;

/**
 * The layout of every participant page: "Exit this page" sticky at the top, a plain header,
 * one main landmark and a footer that explains how to stay safe online.
 * Open to everyone: each view sets its own access.
 */
@AnonymousAllowed
public class ParticipantLayout extends PageShell {

    /** The participant role's name; base cannot see the security module's constants. */
    static final String PARTICIPANT_ROLE = "PARTICIPANT";
    static final String SIGN_IN_PATH = "sign-in";
    static final String ACCOUNT_PATH = "account";

    ParticipantLayout(SafetyProperties safety, SessionTimeouts timeouts, AuthenticationContext authentication) {
        addClassName("participant-layout");
        var header = new Header();
        header.addClassName("page-header");
        var home = new Anchor("", getTranslation("shell.participant.serviceName"));
        home.addClassName("service-name");
        header.add(home);
        // Signed-in participants get a way back to their page; anyone not signed in, a way to sign in.
        if (authentication.hasRole(PARTICIPANT_ROLE)) {
            header.add(account(ACCOUNT_PATH, "shell.participant.account"));
        } else if (!authentication.isAuthenticated()) {
            header.add(account(SIGN_IN_PATH, "shell.participant.signIn"));
        }

        var footer = new Footer();
        footer.addClassName("page-footer");
        var links = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("staying-safe.link"), StayingSafeView.class)),
                new ListItem(footerLink("staff", getTranslation("shell.staffSignIn"))));
        footer.add(links);

        add(new ExitThisPage(safety.exitUrl().toString()), header, main(), footer, timeouts.warning("/"));
    }

    private Anchor account(String href, String key) {
        var link = new Anchor(href, getTranslation(key));
        link.addClassName("header-account-link");
        link.setId("header-account-link");
        return link;
    }
}
