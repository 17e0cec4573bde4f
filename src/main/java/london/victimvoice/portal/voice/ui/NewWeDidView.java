package london.victimvoice.portal.voice.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.voice.WeDidRefused;

/** A new "you said, we did" entry for the forums this person may write for; every problem is shown at its field. */
@Route(value = NewWeDidView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN})
class NewWeDidView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/we-did/new";

    private final WeDid weDid;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    final @Nullable WeDidForm form;

    NewWeDidView(WeDid weDid, AuthenticationContext authentication) {
        this.weDid = weDid;
        this.manager = WeDidStaff.of(authentication);
        var back = new Anchor(WeDidListView.PATH, getTranslation("voice.weDid.back"));
        back.addClassName("back-link");
        add(back, errors, new H1(getTranslation("voice.weDid.new.heading")));
        var forums = weDid.forumsFor(manager);
        if (forums.isEmpty()) {
            var none = new Paragraph(getTranslation("voice.weDid.new.noForums"));
            none.setId("we-did-no-forums");
            add(none);
            form = null;
            return;
        }
        add(new Paragraph(getTranslation("voice.weDid.new.intro")));
        form = new WeDidForm(forums, weDid.linkableInsights(), false);
        var save = new Button(getTranslation("voice.weDid.new.save"), e -> save());
        save.setId("we-did-save");
        save.addClassName("button-primary");
        var actions = new Div(save);
        actions.addClassName("form-actions");
        add(form, actions);
    }

    void save() {
        var shown = form;
        if (shown == null) {
            return;
        }
        errors.clear();
        var entry = shown.read(errors);
        if (entry == null) {
            showErrors();
            return;
        }
        try {
            var id = weDid.create(manager, entry);
            getUI().ifPresent(ui -> ui.navigate(WeDidEntryView.PATH_PREFIX + id,
                    QueryParameters.simple(Map.of(WeDidEntryView.CREATED, "yes"))));
        } catch (WeDidRefused refused) {
            shown.show(refused, errors);
            showErrors();
        }
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "voice.weDid.new.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
