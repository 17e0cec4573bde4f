package london.victimvoice.portal.voice.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.voice.WeDidDetails;
import london.victimvoice.portal.voice.WeDidRefused;

/**
 * One entry: staff who may change it get the form, filled in, with a note for the history when
 * the status changes; everyone else (partners, coordinators of other forums) reads it. The
 * version opened travels with the change, so if someone else saved first this person is told and
 * keeps what they typed. Below, the entry's history.
 */
@Route(value = "staff/we-did/:" + WeDidEntryView.PARAMETER, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN, Roles.PARTNER})
class WeDidEntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "actionId";
    static final String PATH_PREFIX = "staff/we-did/";
    /** Query flag: the entry was just made. */
    static final String CREATED = "created";

    private final WeDid weDid;
    private final ForumManager manager;
    private final boolean writes;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private final Div body = new Div();
    private @Nullable WeDidForm form;
    private @Nullable WeDidDetails shown;

    WeDidEntryView(WeDid weDid, AuthenticationContext authentication) {
        this.weDid = weDid;
        this.manager = WeDidStaff.of(authentication);
        this.writes = WeDidStaff.writes(authentication);
        status.setId("we-did-saved");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        var back = new Anchor(WeDidListView.PATH, getTranslation("voice.weDid.back"));
        back.addClassName("back-link");
        add(back, errors, status, new H1(getTranslation("voice.weDid.entry.heading")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(PARAMETER).flatMap(Voices::uuid);
        var found = id.flatMap(weDid::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey(CREATED)) {
            say(getTranslation("voice.weDid.entry.created"));
        }
        show(found.get());
    }


    private void show(WeDidDetails details) {
        shown = details;
        body.removeAll();
        var made = new Paragraph(getTranslation("voice.weDid.entry.madeBy", details.createdBy(),
                LondonTimes.dayWithYear(details.createdAt())));
        made.setId("we-did-made");
        made.addClassName("hint");
        body.add(made);
        if (writes && weDid.mayEdit(manager, details.entry().id())) {
            var editing = new WeDidForm(weDid.forumsFor(manager), weDid.linkableInsights(), true);
            editing.fill(details);
            form = editing;
            var save = new Button(getTranslation("voice.weDid.entry.save"), e -> save());
            save.setId("we-did-save");
            save.addClassName("button-primary");
            var actions = new Div(save);
            actions.addClassName("form-actions");
            body.add(editing, actions);
        } else {
            form = null;
            if (writes) {
                var readOnly = new Paragraph(getTranslation("voice.weDid.entry.readOnly"));
                readOnly.setId("we-did-read-only");
                body.add(readOnly);
            }
            body.add(summary(details));
        }
        body.add(new H2(getTranslation("voice.weDid.history.heading")), WeDidTexts.history(this, details.history()));
    }

    private Div summary(WeDidDetails details) {
        var entry = details.entry();
        var rows = WeDidTexts.summary("we-did-summary");
        WeDidTexts.row(rows, "we-did-said", getTranslation("voice.weDid.entry.said"), WeDidTexts.value(this, entry.said()));
        WeDidTexts.row(rows, "we-did-will-do", getTranslation("voice.weDid.entry.willDo"),
                WeDidTexts.value(this, entry.willDo()));
        WeDidTexts.row(rows, "we-did-owner", getTranslation("voice.weDid.entry.owner"), WeDidTexts.owner(this, entry.owner()));
        WeDidTexts.row(rows, "we-did-status", getTranslation("voice.weDid.entry.status"),
                WeDidTexts.status(this, entry.status()));
        if (entry.status() == ActionStatus.NOT_POSSIBLE && entry.statusReason() != null) {
            WeDidTexts.row(rows, "we-did-reason", getTranslation("voice.weDid.entry.reason"),
                    WeDidTexts.value(this, entry.statusReason()));
        }
        WeDidTexts.row(rows, "we-did-due", getTranslation("voice.weDid.entry.due"), WeDidTexts.due(this, entry.dueOn()));
        WeDidTexts.row(rows, "we-did-forums", getTranslation("voice.weDid.entry.forums"),
                WeDidTexts.forums(this, entry.forumCodes()));
        var linked = weDid.linkableInsights().stream().filter(i -> entry.insightIds().contains(i.id()))
                .map(i -> getTranslation("voice.weDid.form.insight", i.title(), i.questionTitle()))
                .collect(Collectors.joining("\n"));
        WeDidTexts.row(rows, "we-did-insights", getTranslation("voice.weDid.entry.insights"),
                linked.isEmpty() ? getTranslation("voice.weDid.entry.noInsights") : linked);
        WeDidTexts.row(rows, "we-did-changed", getTranslation("voice.weDid.entry.changed"),
                WeDidTexts.value(this, LondonTimes.dayWithYearAndTime(entry.updatedAt())));
        return new Div(rows);
    }

    void save() {
        var editing = form;
        var current = shown;
        if (editing == null || current == null) {
            return;
        }
        errors.clear();
        status.setVisible(false);
        var entry = editing.read(errors);
        if (entry == null) {
            showErrors();
            return;
        }
        try {
            var statusChanged = entry.status() != current.entry().status();
            var saved = weDid.change(manager, current.entry().id(), current.version(), entry, editing.note.getValue());
            show(saved);
            say(getTranslation(statusChanged ? "voice.weDid.entry.savedAndTold" : "voice.weDid.entry.saved"));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        } catch (WeDidRefused refused) {
            // What was typed stays in the fields, including when someone else saved first.
            editing.show(refused, errors);
            showErrors();
        }
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, form == null ? "voice.weDid.entry.title" : "voice.weDid.entry.editTitle");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
