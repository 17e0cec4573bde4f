package london.victimvoice.portal.voice.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.Answers;
import london.victimvoice.portal.voice.ReceiptLookup;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.voice.WeDidEntry;

/**
 * Opens an answer by its receipt code, signed in or not: the question, the day it was answered,
 * where it stands, and the "you said, we did" entries linked to it. A wrong code and a code never
 * issued read the same; too many tries from one browser session wait. The session's id is only
 * handed to the rate limit: it is never shown, stored or logged here.
 */
@Route(value = Voices.RECEIPT, layout = ParticipantLayout.class)
@AnonymousAllowed
class ReceiptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Answers answers;
    private final WeDid weDid;
    private final ParticipantSessions sessions;
    private final ErrorSummary errors = new ErrorSummary();
    private final Anchor back = new Anchor(Voices.HOME, getTranslation("voice.participant.receipt.back"));
    private final TextField code = new TextField();
    private final Div result = new Div();

    ReceiptView(Answers answers, WeDid weDid, ParticipantSessions sessions) {
        this.answers = answers;
        this.weDid = weDid;
        this.sessions = sessions;
        addClassName("voice-page");
        back.addClassName("back-link");
        back.setVisible(false);
        code.setId("receipt-code");
        code.setLabel(getTranslation("voice.participant.receipt.label"));
        code.setHelperText(getTranslation("voice.participant.receipt.hint"));
        code.setWidthFull();
        code.setMaxLength(200);
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("autocapitalize", "none");
        var check = new Button(getTranslation("voice.participant.receipt.check"), e -> check());
        check.setId("receipt-check");
        check.addClassName("button-primary");
        var actions = new Div(check);
        actions.addClassName("form-actions");
        var form = new Div(code, actions);
        form.addClassName("voice-receipt-form");
        result.setId("receipt-result");
        add(back, errors, new H1(getTranslation("voice.participant.receipt.heading")),
                new Paragraph(getTranslation("voice.participant.receipt.intro")), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Signed-in participants get a way back to their questions; anyone else has the header.
        back.setVisible(sessions.current().isPresent());
    }

    private void check() {
        errors.clear();
        result.removeAll();
        var typed = code.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.isEmpty()) {
            refuse(getTranslation("voice.participant.receipt.empty"));
            return;
        }
        switch (answers.lookup(typed, sessionKey())) {
            case ReceiptLookup.NotFound notFound -> refuse(getTranslation("voice.participant.receipt.notFound"));
            case ReceiptLookup.TooManyTries tooMany -> refuse(getTranslation("voice.participant.receipt.tooMany",
                    minutes(tooMany.tryAgainIn())));
            case ReceiptLookup.Found found -> show(found);
        }
    }

    /** The browser session, for the limit on tries only. */
    private static String sessionKey() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? "" : session.getSession().getId();
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private void refuse(String message) {
        errors.add(code, message);
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void show(ReceiptLookup.Found found) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        var heading = new H2(getTranslation("voice.participant.receipt.found"));
        heading.setId("receipt-found-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        var rows = new DescriptionList();
        rows.addClassName("summary-list");
        rows.setId("receipt-answer");
        row(rows, "voice.participant.receipt.question", Voices.typed(this, found.questionTitle()));
        row(rows, "voice.participant.receipt.answeredOn", day(found.answeredOn()));
        row(rows, "voice.participant.receipt.status", status(found.status()));
        result.add(heading, rows, new H2(getTranslation("voice.participant.receipt.weDidHeading")));
        var entries = found.insightIds().isEmpty() ? List.<WeDidEntry>of() : weDid.linkedTo(found.insightIds());
        if (entries.isEmpty()) {
            var none = new Paragraph(getTranslation("voice.participant.receipt.weDidNone"));
            none.setId("receipt-we-did-none");
            result.add(none);
        } else {
            entries.forEach(this::entry);
        }
        heading.getElement().callJsFunction("focus");
    }

    private String status(String status) {
        return switch (status) {
            case "received" -> getTranslation("voice.participant.receipt.status.received");
            case "being-read" -> getTranslation("voice.participant.receipt.status.being-read");
            case "signed-off" -> getTranslation("voice.participant.receipt.status.signed-off");
            default -> getTranslation("voice.participant.receipt.status.other");
        };
    }

    private void entry(WeDidEntry entry) {
        var box = new Div();
        box.setId("receipt-we-did-" + entry.id());
        box.addClassName("voice-we-did-entry");
        var rows = new DescriptionList();
        rows.addClassName("summary-list");
        row(rows, "voice.participant.weDid.said", Voices.typed(this, entry.said()));
        row(rows, "voice.participant.weDid.willDo", Voices.typed(this, entry.willDo()));
        row(rows, "voice.participant.weDid.owner", getTranslation("voice.participant.owner." + entry.owner().name()));
        var status = getTranslation("voice.participant.actionStatus." + entry.status().name());
        if (entry.status() == ActionStatus.NOT_POSSIBLE && entry.statusReason() != null) {
            status = getTranslation("voice.participant.weDid.statusWithReason", status, entry.statusReason());
        }
        row(rows, "voice.participant.weDid.status", status);
        if (entry.dueOn() != null) {
            row(rows, "voice.participant.weDid.due", day(entry.dueOn()));
        }
        box.add(new H3(getTranslation("voice.participant.weDid.entryHeading", LondonTimes.dayWithYear(entry.updatedAt()))),
                rows);
        result.add(box);
    }

    private static String day(LocalDate date) {
        return LondonTimes.dayWithYear(date.atStartOfDay(LondonTimes.LONDON).toInstant());
    }

    private void row(DescriptionList rows, String key, String value) {
        var term = new DescriptionList.Term(getTranslation(key));
        term.addClassName("summary-list__key");
        var description = new DescriptionList.Description(value);
        description.addClassName("summary-list__value");
        var row = new Div(term, description);
        row.addClassName("summary-list__row");
        rows.add(row);
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "voice.participant.receipt.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
