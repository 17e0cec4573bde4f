package london.victimvoice.portal.participants.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.forums.ForumDirectory;

/** The front door: what the forums are, who they are for and what taking part involves. */
@Route(value = "", layout = ParticipantLayout.class)
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle {

    LandingView(ForumDirectory forums) {
        var forumList = new UnorderedList();
        for (var forum : forums.all()) {
            var name = new Span(getTranslation(forum.nameKey()));
            name.addClassName("forum-name");
            forumList.add(new ListItem(name, new Span(" – " + (forum.description() != null ? forum.description() : getTranslation(forum.descriptionKey())))));
        }
        var register = new Anchor("join", getTranslation("landing.register"));
        register.addClassName("button-primary");
        register.getElement().setAttribute("role", "button");

        add(new H1(getTranslation("landing.heading")),
                new Paragraph(getTranslation("landing.intro")),
                new H2(getTranslation("landing.forums.heading")),
                forumList,
                new H2(getTranslation("landing.involves.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("landing.involves.meetings")),
                        new ListItem(getTranslation("landing.involves.vouchers")),
                        new ListItem(getTranslation("landing.involves.support")),
                        new ListItem(getTranslation("landing.involves.between"))),
                new H2(getTranslation("landing.data.heading")),
                new Paragraph(getTranslation("landing.data.body")),
                new Paragraph(register));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "landing.title");
    }
}
