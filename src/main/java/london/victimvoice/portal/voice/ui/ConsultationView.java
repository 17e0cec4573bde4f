package london.victimvoice.portal.voice.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ConsultationDetails;
import london.victimvoice.portal.voice.ConsultationResults;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.QuestionSummary;

/**
 * One consultation: its summary, its questions (coordinators and admins add more), and its results
 * as they may be shown: counts with small groups given only as "fewer than 5", nothing for a
 * question below the release threshold, the signed-off redacted words, and those words as CSV.
 * Opening the page is recorded as reading the results; downloading as exporting them.
 */
@Route(value = AuthoringPages.CONSULTATIONS + "/:" + ConsultationView.PARAMETER, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.APPROVER, Roles.PARTNER})
class ConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "consultationId";

    private final Consultations consultations;
    private final AuthenticationContext authentication;
    private ConsultationStaff staff;
    private @Nullable UUID consultationId;
    private String title = "";

    ConsultationView(Consultations consultations, AuthenticationContext authentication) {
        this.consultations = consultations;
        this.authentication = authentication;
        this.staff = AuthoringPages.staff(authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same page object serves a second visit, perhaps after signing in as someone else.
        staff = AuthoringPages.staff(authentication);
        var id = event.getRouteParameters().get(PARAMETER).flatMap(Voices::uuid);
        var found = id.flatMap(consultations::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var results = consultations.results(staff, id.get());
        if (results.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        consultationId = id.get();
        var query = event.getLocation().getQueryParameters();
        show(found.get(), results.get(), query.getSingleParameter(AuthoringPages.CREATED).isPresent(),
                query.getSingleParameter(AuthoringPages.POSTED).isPresent());
    }

    private void show(ConsultationDetails consultation, ConsultationResults results, boolean created, boolean posted) {
        removeAll();
        title = consultation.title();
        if (created || posted) {
            var status = new Paragraph(getTranslation(created ? "voice.authoring.consultation.created"
                    : "voice.authoring.consultation.posted"));
            status.setId("consultation-status");
            status.addClassName("notification");
            status.getElement().setAttribute("role", "status");
            add(status);
        }
        var back = new Anchor(AuthoringPages.CONSULTATIONS, getTranslation("voice.authoring.consultation.back"));
        back.addClassName("back-link");
        var heading = new H1(consultation.title());
        heading.setId("consultation-heading");
        var summary = new Paragraph(consultation.summary());
        summary.setId("consultation-summary-text");
        summary.addClassName("authoring-text");
        var started = new Paragraph(getTranslation("voice.authoring.consultation.started",
                LondonTimes.dayWithYear(consultation.createdAt())));
        started.addClassName("hint");
        add(back, heading, summary, started);
        add(questions(consultation));
        add(results(results));
    }

    private Div questions(ConsultationDetails consultation) {
        var section = new Div();
        section.setId("consultation-questions");
        section.add(new H2(getTranslation("voice.authoring.consultation.questionsHeading")));
        if (staff.mayCreate()) {
            var add = new Anchor(AuthoringPages.NEW_QUESTION + "?" + AuthoringPages.CONSULTATION + "="
                    + consultation.id(), getTranslation("voice.authoring.consultation.addQuestion"));
            add.setId("consultation-add-question");
            add.addClassName("button-primary");
            section.add(new Paragraph(add));
        }
        if (consultation.questions().isEmpty()) {
            var none = new Paragraph(getTranslation("voice.authoring.consultation.noQuestions"));
            none.setId("consultation-no-questions");
            section.add(none);
            return section;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("consultation-questions-table");
        var caption = getTranslation("voice.authoring.consultation.questionsCaption");
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        for (var key : new String[] {"question", "opens", "closes", "state", "answers", "moderation"}) {
            head.addHeaderCell().getElement().setText(getTranslation("voice.authoring.questions.column." + key))
                    .setAttribute("scope", "col");
        }
        for (QuestionSummary question : consultation.questions()) {
            var row = table.getBody().addRow();
            if (staff.mayCreate()) {
                var link = new Anchor(AuthoringPages.QUESTIONS + "/" + question.id(), question.title());
                link.setId("question-link-" + question.id());
                row.addDataCell().add(link);
            } else {
                row.addDataCell().setText(question.title());
            }
            row.addDataCell().setText(LondonTimes.dayWithYear(question.opensAt()));
            row.addDataCell().setText(AuthoringPages.lastDay(question.closesAt()));
            row.addDataCell().setText(getTranslation("voice.authoring.state." + question.state().name()));
            row.addDataCell().setText(getTranslation("voice.authoring.number", question.answers()));
            row.addDataCell().setText(getTranslation("voice.authoring.moderation." + question.moderation().name()));
        }
        section.add(AuthoringPages.scrolling(table, caption));
        return section;
    }

    private Div results(ConsultationResults results) {
        var section = new Div();
        section.setId("consultation-results");
        section.add(new H2(getTranslation("voice.authoring.results.heading")),
                new Paragraph(getTranslation("voice.authoring.results.intro", results.smallGroup(),
                        results.releaseThreshold())));
        if (results.questions().isEmpty()) {
            return section;
        }
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            var id = consultationId;
            var text = id == null ? Optional.<String>empty() : consultations.csv(staff, id);
            if (text.isEmpty()) {
                return DownloadResponse.error(404);
            }
            var bytes = text.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "consultation-results.csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("voice.authoring.results.csv"));
        csv.setId("consultation-csv");
        csv.getElement().setAttribute("download", true);
        section.add(new Paragraph(csv));
        var number = 0;
        for (var question : results.questions()) {
            number++;
            section.add(question(question, number, results));
        }
        return section;
    }

    private Div question(ConsultationResults.QuestionResults question, int number, ConsultationResults results) {
        var block = new Div();
        block.setId("results-" + number);
        block.addClassName("results-question");
        block.add(new H3(question.title()));
        if (!question.released()) {
            var waiting = new Paragraph(getTranslation("voice.authoring.results.notYet", results.releaseThreshold()));
            waiting.setId("results-" + number + "-not-yet");
            block.add(waiting);
            return block;
        }
        var answers = question.answers();
        var total = new Paragraph(getTranslation("voice.authoring.results.answers",
                answers == null ? "" : AuthoringPages.count(this, answers)));
        total.setId("results-" + number + "-answers");
        block.add(total);
        if (question.choicePrompt() != null) {
            block.add(counts(question.choicePrompt(), "voice.authoring.results.option", question.choices(),
                    "results-" + number + "-choice"));
        }
        if (question.scalePrompt() != null) {
            block.add(counts(question.scalePrompt(), "voice.authoring.results.point", question.scale(),
                    "results-" + number + "-scale"));
        }
        var words = new Div();
        words.setId("results-" + number + "-words");
        words.add(new com.vaadin.flow.component.html.H4(getTranslation("voice.authoring.results.wordsHeading")));
        if (!question.signedOff()) {
            words.add(new Paragraph(getTranslation("voice.authoring.results.notSignedOff")));
        } else if (question.texts().isEmpty()) {
            words.add(new Paragraph(getTranslation("voice.authoring.results.noWords")));
        } else {
            var list = new UnorderedList();
            list.addClassName("results-words");
            for (var text : question.texts()) {
                var item = new ListItem();
                var said = new Paragraph(text.text());
                said.addClassName("authoring-text");
                item.add(said);
                if (!text.themes().isEmpty()) {
                    var themes = new Paragraph(getTranslation("voice.authoring.results.themes",
                            String.join(", ", text.themes())));
                    themes.addClassName("hint");
                    item.add(themes);
                }
                list.add(item);
            }
            words.add(list);
        }
        block.add(words);
        return block;
    }

    private Div counts(String prompt, String columnKey, List<ConsultationResults.OptionCount> counts, String id) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId(id);
        table.setCaptionText(prompt);
        var head = table.getHead().addRow();
        head.addHeaderCell().getElement().setText(getTranslation(columnKey)).setAttribute("scope", "col");
        head.addHeaderCell().getElement().setText(getTranslation("voice.authoring.results.people"))
                .setAttribute("scope", "col");
        for (var count : counts) {
            var row = table.getBody().addRow();
            row.addHeaderCell().getElement().setText(count.label()).setAttribute("scope", "row");
            row.addDataCell().setText(AuthoringPages.count(this, count.count()));
        }
        return (Div) AuthoringPages.scrolling(table, prompt);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.title", getTranslation("voice.authoring.consultation.title", title));
    }
}
