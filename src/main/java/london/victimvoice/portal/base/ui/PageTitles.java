package london.victimvoice.portal.base.ui;

import com.vaadin.flow.component.Component;

/** "Page – Victim Voice Forums", the GOV.UK title pattern, so each page title is unique. */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(Component view, String titleKey) {
        return view.getTranslation("shell.title", view.getTranslation(titleKey));
    }
}
