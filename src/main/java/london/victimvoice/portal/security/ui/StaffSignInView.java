package london.victimvoice.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;

/** Staff sign in with a username and password; participants never see this page. */
@Route(value = StaffSignInView.PATH, layout = StaffLayout.class)
@AnonymousAllowed
public class StaffSignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "staff/sign-in";

    private final LoginForm form = new LoginForm();
    private final ErrorSummary errors = new ErrorSummary();

    StaffSignInView() {
        form.setId("sign-in-form");
        form.setAction(PATH);
        form.setForgotPasswordButtonVisible(false);
        // The form title sits under the page's own h1, and focus starts at the top of the page
        // (skip link first) rather than jumping past the heading into the username field.
        form.getElement().setProperty("headingLevel", 2);
        form.getElement().setProperty("noAutofocus", true);
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("signIn.formTitle"));
        i18n.getForm().setUsername(getTranslation("signIn.username"));
        i18n.getForm().setPassword(getTranslation("signIn.password"));
        i18n.getForm().setSubmit(getTranslation("signIn.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("signIn.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("signIn.error.message"));
        form.setI18n(i18n);
        add(errors, new H1(getTranslation("signIn.heading")), form);
    }

    /**
     * A refused sign-in comes back as {@code ?error}: the form shows why, and, as on every form
     * of the portal, the error summary above the heading takes focus and links to the form, and
     * the title starts with "Error:".
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(refused);
        errors.clear();
        if (refused) {
            errors.addAt(form, getTranslation("signIn.error.title"));
            errors.show();
        }
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "signIn.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
