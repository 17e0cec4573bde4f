package london.victimvoice.portal.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Wires the shell into every page: the document language from the request locale, and one
 * error handler for failures inside event listeners (navigation failures go to
 * {@link ProblemView}).
 */
@Component
class ShellSetup implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    ShellSetup(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", activeLocale(response.getVaadinRequest().getLocale()).toLanguageTag()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var reference = ErrorReference.log("a user action", error.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                var text = ui.getTranslation("error.action", reference);
                var note = Notification.show(text, 10_000, Notification.Position.TOP_CENTER);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                note.setAssertive(true);
            }
        }));
    }

    /** The request's locale when the portal has text in it, otherwise the first one it has. */
    private Locale activeLocale(Locale requested) {
        var provided = i18n.getProvidedLocales();
        return provided.stream().filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(provided.getFirst());
    }
}
