package london.victimvoice.portal.base.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code messages.properties} through Spring's
 * MessageSource, so views and services share one bundle. A missing key shows as
 * {@code !key!} instead of failing the page; the bundle test catches it in the build.
 */
@Component
class Messages implements I18NProvider {

    static final Locale ENGLISH_UK = Locale.UK;

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH_UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return source.getMessage(key, params, locale);
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }
}
