package london.victimvoice.portal.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.MeetingRefused;
import london.victimvoice.portal.meetings.SeriesPlan;
import london.victimvoice.portal.security.Roles;

/** A coordinator schedules a run of meetings for one of their forums. */
@Route(value = NewSeriesView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class NewSeriesView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/meetings/new";

    private final MeetingPlanner planner;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<ForumSummary> forum = new RadioButtonGroup<>();
    private final MeetingFields fields = new MeetingFields("series", "meetings.form.firstDate");
    private final TextField interval = new TextField();
    private final TextField count = new TextField();

    NewSeriesView(MeetingPlanner planner, AuthenticationContext authentication) {
        this.planner = planner;
        this.manager = Managers.of(authentication);
        var back = new Anchor(StaffMeetingsView.PATH, getTranslation("meetings.edit.back"));
        back.addClassName("back-link");
        add(back, errors, new H1(getTranslation("meetings.new.heading")));
        var mine = planner.forumsManagedBy(manager);
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("meetings.staff.none"));
            none.setId("meetings-none");
            add(none);
            return;
        }
        forum.setLabel(getTranslation("meetings.form.forum"));
        forum.setId("series-forum");
        forum.setItems(mine);
        forum.setItemLabelGenerator(f -> getTranslation(f.nameKey()));
        forum.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var capacity = Math.min(e.getValue().capacity(), SeriesPlan.MAX_CAPACITY);
                fields.capacity.setValue(Integer.toString(capacity));
            }
        });
        if (mine.size() == 1) {
            forum.setValue(mine.getFirst());
        }
        interval.setId("series-interval");
        interval.setLabel(getTranslation("meetings.form.interval"));
        interval.setValue(Integer.toString(SeriesPlan.DEFAULT_INTERVAL_WEEKS));
        interval.setMaxLength(3);
        interval.getElement().setAttribute("inputmode", "numeric");
        count.setId("series-count");
        count.setLabel(getTranslation("meetings.form.count"));
        count.setHelperText(getTranslation("meetings.form.countHint"));
        count.setValue(Integer.toString(SeriesPlan.DEFAULT_COUNT));
        count.setMaxLength(3);
        count.getElement().setAttribute("inputmode", "numeric");
        fields.start.setValue("18:00");
        fields.end.setValue("20:00");
        var create = new Button(getTranslation("meetings.new.create"), e -> create());
        create.setId("series-create");
        create.addClassName("button-primary");
        var actions = new Div(create);
        actions.addClassName("form-actions");
        add(new Paragraph(getTranslation("meetings.new.intro")), forum, fields, interval, count, actions);
    }

    private void create() {
        errors.clear();
        if (forum.getValue() == null) {
            errors.add(forum, getTranslation("meetings.error.forum"));
        }
        var date = fields.date(errors);
        var start = fields.startTime(errors);
        var end = fields.endTime(errors);
        var weeks = fields.number(interval, errors);
        var how = fields.number(count, errors);
        var capacity = fields.number(fields.capacity, errors);
        if (errors.hasErrors() || date == null || start == null || end == null || weeks == null || how == null
                || capacity == null) {
            showErrors();
            return;
        }
        try {
            var ids = planner.createSeries(manager, new SeriesPlan(forum.getValue().code(), date, start, end, weeks,
                    how, fields.place(), capacity, fields.notes.getValue()));
            getUI().ifPresent(ui -> ui.navigate(StaffMeetingsView.PATH,
                    QueryParameters.of(StaffMeetingsView.CREATED, Integer.toString(ids.size()))));
        } catch (MeetingRefused refused) {
            var message = getTranslation(refused.messageKey());
            switch (refused.field()) {
                case INTERVAL -> errors.add(interval, message);
                case COUNT -> errors.add(count, message);
                default -> fields.fieldFor(refused.field()).ifPresentOrElse(
                        f -> MeetingFields.addError(errors, f, message), () -> errors.add(message));
            }
            showErrors();
        } catch (ForumAccessRefused refused) {
            errors.add(forum, getTranslation(ForumAccessRefused.MESSAGE_KEY));
            showErrors();
        }
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "meetings.new.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
