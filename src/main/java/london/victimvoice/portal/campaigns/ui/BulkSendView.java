package london.victimvoice.portal.campaigns.ui;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ConfirmDialog;
import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.campaigns.Audience;
import london.victimvoice.portal.campaigns.BulkSendRefused;
import london.victimvoice.portal.campaigns.BulkSends;
import london.victimvoice.portal.campaigns.CampaignSummary;
import london.victimvoice.portal.campaigns.Preview;
import london.victimvoice.portal.campaigns.PreviewLine;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageTemplate;
import london.victimvoice.portal.security.Roles;

/**
 * A coordinator sends one template to many people: chooses who among the forums they look after,
 * previews the count and the first messages as each person will get them, then sends now,
 * schedules or dry-runs it after a confirmation that states the count. Below, the latest sends.
 */
@Route(value = BulkSendView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.bulk", order = 35)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class BulkSendView extends Div implements HasDynamicTitle {

    public static final String PATH = "staff/messages/bulk";
    static final int RECENT = 20;

    /** A meeting to send about, or none. */
    record MeetingChoice(@Nullable UUID id, String label) {
    }

    enum Mode {
        NOW, SCHEDULE, DRY_RUN
    }

    private final BulkSends bulkSends;
    private final Clock clock;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    final CheckboxGroup<ForumSummary> forums = new CheckboxGroup<>();
    final RadioButtonGroup<Audience.Membership> membership = new RadioButtonGroup<>();
    final RadioButtonGroup<MeetingChoice> meeting = new RadioButtonGroup<>();
    final RadioButtonGroup<Audience.Rsvp> rsvp = new RadioButtonGroup<>();
    final RadioButtonGroup<Audience.Channel> channel = new RadioButtonGroup<>();
    final RadioButtonGroup<MessageTemplate> template = new RadioButtonGroup<>();
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final TextField day = new TextField();
    final TextField month = new TextField();
    final TextField year = new TextField();
    final TextField hour = new TextField();
    final TextField minute = new TextField();
    private final Div previewArea = new Div();
    private final Div schedule = new Div();
    final ConfirmDialog dialog = new ConfirmDialog("bulk");
    private @Nullable Previewed previewed;

    /** What the shown preview was for: confirming sends exactly this. */
    private record Previewed(Audience audience, String templateId, int count) {
    }

    BulkSendView(BulkSends bulkSends, MeetingPlanner planner, AuthenticationContext authentication, Clock clock) {
        this.bulkSends = bulkSends;
        this.clock = clock;
        this.manager = Managers.of(authentication);
        add(errors, new H1(getTranslation("bulk.heading")));
        var mine = planner.forumsManagedBy(manager);
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("bulk.noForums"));
            none.setId("bulk-none");
            add(none);
        } else {
            add(new Paragraph(getTranslation("bulk.intro")));
            buildForm(mine, planner);
        }
        add(recent());
    }

    private void buildForm(List<ForumSummary> mine, MeetingPlanner planner) {
        forums.setId("bulk-forums");
        forums.setLabel(getTranslation("bulk.forums"));
        forums.setItems(mine);
        forums.setItemLabelGenerator(f -> getTranslation(f.nameKey()));
        if (mine.size() == 1) {
            forums.setValue(java.util.Set.of(mine.getFirst()));
        }
        membership.setId("bulk-membership");
        membership.setLabel(getTranslation("bulk.membership"));
        membership.setItems(Audience.Membership.values());
        membership.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        membership.setValue(Audience.Membership.MEMBERS);

        var choices = new ArrayList<MeetingChoice>();
        choices.add(new MeetingChoice(null, getTranslation("bulk.meeting.none")));
        planner.upcoming(manager).forEach(forum -> forum.meetings().stream().filter(m -> !m.cancelled())
                .forEach(m -> choices.add(new MeetingChoice(m.id(), getTranslation("bulk.meeting.option",
                        getTranslation("forum." + forum.forumCode() + ".name"), LondonTimes.dayAndTime(m.startsAt()))))));
        meeting.setId("bulk-meeting");
        meeting.setLabel(getTranslation("bulk.meeting"));
        meeting.setHelperText(getTranslation("bulk.meeting.hint"));
        meeting.setItems(choices);
        meeting.setItemLabelGenerator(MeetingChoice::label);
        meeting.setValue(choices.getFirst());

        rsvp.setId("bulk-rsvp");
        rsvp.setLabel(getTranslation("bulk.rsvp"));
        rsvp.setHelperText(getTranslation("bulk.rsvp.hint"));
        rsvp.setItems(Audience.Rsvp.values());
        rsvp.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        rsvp.setValue(Audience.Rsvp.ANY);

        channel.setId("bulk-channel");
        channel.setLabel(getTranslation("bulk.channel"));
        channel.setHelperText(getTranslation("bulk.channel.hint"));
        channel.setItems(Audience.Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.setValue(Audience.Channel.ANY);

        template.setId("bulk-template");
        template.setLabel(getTranslation("bulk.template"));
        template.setItems(bulkSends.templates());
        template.setItemLabelGenerator(t -> getTranslation("bulk.templateOption", t.id(),
                getTranslation("bulk.purpose." + t.purpose().name()), t.version()));

        var preview = new Button(getTranslation("bulk.preview"), e -> preview());
        preview.setId("bulk-preview");
        preview.addClassName("button-primary");
        var actions = new Div(preview);
        actions.addClassName("form-actions");
        previewArea.setId("bulk-preview-area");
        previewArea.setVisible(false);
        List<HasValue<?, ?>> inputs = List.of(forums, membership, meeting, rsvp, channel, template);
        inputs.forEach(input -> input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                forgetPreview();
            }
        }));
        add(forums, membership, meeting, rsvp, channel, template, actions, previewArea, dialog);
        dialog.confirmButton().addClickListener(e -> confirmed());
    }

    private @Nullable Audience audience() {
        var choice = meeting.getValue();
        return new Audience(forums.getValue().stream().map(ForumSummary::code).collect(java.util.stream.Collectors.toSet()),
                Objects.requireNonNullElse(membership.getValue(), Audience.Membership.MEMBERS),
                choice == null ? null : choice.id(), Objects.requireNonNullElse(rsvp.getValue(), Audience.Rsvp.ANY),
                Objects.requireNonNullElse(channel.getValue(), Audience.Channel.ANY));
    }

    void preview() {
        errors.clear();
        forgetPreview();
        if (forums.getValue().isEmpty()) {
            errors.add(forums, getTranslation("bulk.error.forums"));
        }
        if (template.getValue() == null) {
            errors.add(template, getTranslation("bulk.error.templateMissing"));
        }
        var audience = audience();
        if (errors.hasErrors() || audience == null) {
            showErrors();
            return;
        }
        try {
            var shown = bulkSends.preview(manager, audience, template.getValue().id());
            previewed = new Previewed(audience, template.getValue().id(), shown.count());
            showPreview(shown);
        } catch (BulkSendRefused refused) {
            refuse(refused);
        }
    }

    private void forgetPreview() {
        previewed = null;
        previewArea.removeAll();
        previewArea.setVisible(false);
    }

    private void showPreview(Preview shown) {
        previewArea.removeAll();
        var heading = new H2(getTranslation("bulk.previewHeading"));
        heading.setId("bulk-preview-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        var count = new Paragraph(getTranslation("bulk.count", shown.count()));
        count.setId("bulk-count");
        count.addClassName("notification");
        var limit = new Paragraph(getTranslation("bulk.remaining", shown.remainingToday(), bulkSends.dailyLimit()));
        limit.setId("bulk-remaining");
        previewArea.add(heading, count, limit);
        if (shown.count() > shown.first().size()) {
            previewArea.add(new Paragraph(getTranslation("bulk.firstOnly", shown.first().size())));
        }
        previewArea.add(previewTable(shown.first()));

        mode.setId("bulk-mode");
        mode.setLabel(getTranslation("bulk.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("bulk.mode." + m.name()));
        mode.setValue(Mode.NOW);
        mode.addValueChangeListener(e -> schedule.setVisible(e.getValue() == Mode.SCHEDULE));
        buildSchedule();
        schedule.setVisible(false);
        var next = new Button(getTranslation("bulk.continue"), e -> askToConfirm());
        next.setId("bulk-continue");
        next.addClassName("button-primary");
        var actions = new Div(next);
        actions.addClassName("form-actions");
        previewArea.add(mode, schedule, actions);
        previewArea.setVisible(true);
        heading.getElement().callJsFunction("focus");
    }

    private Component previewTable(List<PreviewLine> lines) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("bulk-preview-table");
        table.setCaptionText(getTranslation("bulk.previewCaption", lines.size()));
        var head = table.getHead().addRow();
        for (var key : new String[] {"bulk.column.recipient", "bulk.column.channel", "bulk.column.message",
                "bulk.column.segments", "bulk.column.outcome"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var line : lines) {
            var row = table.getBody().addRow();
            row.setId("bulk-preview-" + line.number());
            var who = getTranslation("bulk.recipient", line.number());
            row.addDataCell().setText(line.chosenName() == null ? who : who + " (" + line.chosenName() + ")");
            row.addDataCell().setText(Texts.channel(this, line.channel()));
            var message = new Div();
            if (line.subject() != null) {
                var subject = new Paragraph(getTranslation("bulk.subject", line.subject()));
                subject.addClassName("bulk-subject");
                message.add(subject);
            }
            var body = new Paragraph(line.body());
            body.addClassName("bulk-body");
            message.add(body);
            row.addDataCell().add(message);
            row.addDataCell().setText(line.channel() == ChannelType.SMS
                    ? getTranslation("bulk.segments", line.segments()) : "–");
            row.addDataCell().setText(Texts.outcome(this, line.status(), line.reason(), line.sendAt()));
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("bulk.previewCaption", lines.size()));
        return scroll;
    }

    private void buildSchedule() {
        schedule.removeAll();
        schedule.setId("bulk-schedule");
        var date = new FieldSet(getTranslation("bulk.schedule.date"));
        date.addClassName("date-input");
        var hint = new Paragraph(getTranslation("bulk.schedule.dateHint"));
        hint.addClassName("hint");
        field(day, "bulk-day", "bulk.schedule.day", 2);
        field(month, "bulk-month", "bulk.schedule.month", 2);
        field(year, "bulk-year", "bulk.schedule.year", 4);
        date.add(hint, day, month, year);
        var time = new FieldSet(getTranslation("bulk.schedule.time"));
        time.addClassName("date-input");
        var timeHint = new Paragraph(getTranslation("bulk.schedule.timeHint"));
        timeHint.addClassName("hint");
        field(hour, "bulk-hour", "bulk.schedule.hour", 2);
        field(minute, "bulk-minute", "bulk.schedule.minute", 2);
        time.add(timeHint, hour, minute);
        schedule.add(date, time);
    }

    private static void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("inputmode", "numeric");
    }

    void askToConfirm() {
        errors.clear();
        var shown = previewed;
        if (shown == null || mode.getValue() == null) {
            errors.add(mode, getTranslation("bulk.error.mode"));
            showErrors();
            return;
        }
        var when = mode.getValue() == Mode.SCHEDULE ? scheduledFor() : null;
        if (errors.hasErrors()) {
            showErrors();
            return;
        }
        var n = shown.count();
        switch (mode.getValue()) {
            case NOW -> dialog.ask(getTranslation("bulk.confirm.now", n), getTranslation("bulk.confirm.nowBody"),
                    getTranslation("bulk.confirm.nowYes", n), getTranslation("bulk.confirm.back"));
            case SCHEDULE -> dialog.ask(getTranslation("bulk.confirm.schedule", n),
                    getTranslation("bulk.confirm.scheduleBody", LondonTimes.dayWithYearAndTime(Objects.requireNonNull(when))),
                    getTranslation("bulk.confirm.scheduleYes", n), getTranslation("bulk.confirm.back"));
            case DRY_RUN -> dialog.ask(getTranslation("bulk.confirm.dryRun", n),
                    getTranslation("bulk.confirm.dryRunBody"), getTranslation("bulk.confirm.dryRunYes", n),
                    getTranslation("bulk.confirm.back"));
        }
    }

    private @Nullable Instant scheduledFor() {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year.getValue().strip()), Integer.parseInt(month.getValue().strip()),
                    Integer.parseInt(day.getValue().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(day, getTranslation("bulk.error.date"));
            return null;
        }
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(hour.getValue().strip()), Integer.parseInt(minute.getValue().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(hour, getTranslation("bulk.error.time"));
            return null;
        }
        // A time the clocks skip in spring moves on an hour, as ZonedDateTime does; one they repeat
        // in autumn is the first of the two.
        var when = date.atTime(time).atZone(LondonTimes.LONDON).toInstant();
        if (!when.isAfter(clock.instant())) {
            // Said before the confirmation; the service refuses it again if time passes meanwhile.
            errors.add(day, getTranslation("bulk.error.schedulePast"));
            return null;
        }
        return when;
    }

    void confirmed() {
        dialog.close();
        var shown = previewed;
        if (shown == null || mode.getValue() == null) {
            return;
        }
        errors.clear();
        var when = mode.getValue() == Mode.SCHEDULE ? scheduledFor() : null;
        if (errors.hasErrors()) {
            showErrors();
            return;
        }
        try {
            var id = bulkSends.start(manager, shown.audience(), shown.templateId(), mode.getValue() == Mode.DRY_RUN,
                    when, shown.count());
            getUI().ifPresent(ui -> ui.navigate(CampaignView.PATH_PREFIX + id));
        } catch (BulkSendRefused refused) {
            refuse(refused);
        }
    }

    private void refuse(BulkSendRefused refused) {
        var message = getTranslation(refused.messageKey(), refused.values());
        switch (refused.field()) {
            case FORUMS -> add(forums, message);
            case MEETING -> add(meeting, message);
            case TEMPLATE -> add(template, message);
            case SCHEDULE -> add(day, message);
            case NONE -> errors.add(message);
        }
        showErrors();
    }

    private <F extends Component & HasValidation> void add(F field, String message) {
        if (field.getParent().isPresent()) {
            errors.add(field, message);
        } else {
            errors.add(message);
        }
    }

    private Component recent() {
        var section = new Div();
        section.setId("bulk-recent");
        section.add(new H2(getTranslation("bulk.recentHeading")));
        var sends = bulkSends.recent(manager, RECENT);
        if (sends.isEmpty()) {
            section.add(new Paragraph(getTranslation("bulk.recentNone")));
            return section;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("bulk-recent-table");
        table.setCaptionText(getTranslation("bulk.recentCaption"));
        var head = table.getHead().addRow();
        for (var key : new String[] {"bulk.column.when", "bulk.column.template", "bulk.column.audience",
                "bulk.column.people", "bulk.column.status"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var send : sends) {
            var row = table.getBody().addRow();
            var when = LondonTimes.dayAndTime(send.scheduledFor());
            var link = new Anchor(CampaignView.PATH_PREFIX + send.id(), "");
            link.add(new Span(when));
            link.setId("campaign-link-" + send.id());
            row.addDataCell().add(link);
            row.addDataCell().setText(Texts.templateName(this, send.templateId()));
            row.addDataCell().setText(Texts.audience(this, send.audience()));
            row.addDataCell().setText(getTranslation("bulk.number", send.recipientCount()));
            row.addDataCell().setText(Texts.status(this, send));
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("bulk.recentCaption"));
        section.add(scroll);
        return section;
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** For tests: the ids of campaigns listed. */
    List<UUID> listed() {
        return bulkSends.recent(manager, RECENT).stream().map(CampaignSummary::id).toList();
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "bulk.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
