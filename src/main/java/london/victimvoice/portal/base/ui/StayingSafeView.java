package london.victimvoice.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Explains honestly what "Exit this page" does and does not do. */
@Route(value = "staying-safe-online", layout = ParticipantLayout.class)
@AnonymousAllowed
class StayingSafeView extends Div implements HasDynamicTitle {

    StayingSafeView() {
        add(new H1(getTranslation("staying-safe.heading")),
                new Paragraph(getTranslation("staying-safe.intro")),
                new H2(getTranslation("staying-safe.button.heading")),
                new Paragraph(getTranslation("staying-safe.button.what")),
                new Paragraph(getTranslation("staying-safe.button.shift")),
                new H2(getTranslation("staying-safe.notDone.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("staying-safe.notDone.history")),
                        new ListItem(getTranslation("staying-safe.notDone.messages")),
                        new ListItem(getTranslation("staying-safe.notDone.device"))),
                new H2(getTranslation("staying-safe.tips.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("staying-safe.tips.private")),
                        new ListItem(getTranslation("staying-safe.tips.shared")),
                        new ListItem(getTranslation("staying-safe.tips.clear")),
                        new ListItem(getTranslation("staying-safe.tips.help"))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "staying-safe.title");
    }
}
