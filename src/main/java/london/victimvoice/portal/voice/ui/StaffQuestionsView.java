package london.victimvoice.portal.voice.ui;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ConsultationSummary;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.QuestionSummary;
import london.victimvoice.portal.voice.Questions;

/**
 * The questions a coordinator may see (their forums' and every consultation's), newest first: who
 * each is for, when it opens and closes, how many answers it has and where its moderation stands.
 */
@Route(value = AuthoringPages.QUESTIONS, layout = StaffLayout.class)
@Menu(title = "voice.authoring.menu.questions", order = 50)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class StaffQuestionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Questions questions;
    private final Consultations consultations;
    private final ForumManager manager;
    final Paragraph status = new Paragraph();
    private final Div list = new Div();

    StaffQuestionsView(Questions questions, Consultations consultations, AuthenticationContext authentication) {
        this.questions = questions;
        this.consultations = consultations;
        this.manager = AuthoringPages.staff(authentication).manager();
        status.setId("questions-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        var post = new Anchor(AuthoringPages.NEW_QUESTION, getTranslation("voice.authoring.questions.post"));
        post.setId("questions-post");
        post.addClassName("button-primary");
        list.setId("questions-list");
        add(status, new H1(getTranslation("voice.authoring.questions.heading")),
                new Paragraph(getTranslation("voice.authoring.questions.intro")), new Paragraph(post), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getSingleParameter(AuthoringPages.POSTED).isPresent()) {
            status.setText(getTranslation("voice.authoring.questions.posted"));
            status.setVisible(true);
        }
        show();
    }

    private void show() {
        list.removeAll();
        var mine = questions.forStaff(manager);
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("voice.authoring.questions.none"));
            none.setId("questions-none");
            list.add(none);
            return;
        }
        Map<UUID, String> consultationTitles = consultations.list().stream()
                .collect(Collectors.toMap(ConsultationSummary::id, ConsultationSummary::title));
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("questions-table");
        var caption = getTranslation("voice.authoring.questions.caption");
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        for (var key : new String[] {"question", "audience", "opens", "closes", "state", "answers", "moderation"}) {
            head.addHeaderCell().getElement().setText(getTranslation("voice.authoring.questions.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var question : mine) {
            var row = table.getBody().addRow();
            var link = new Anchor(AuthoringPages.QUESTIONS + "/" + question.id(), question.title());
            link.setId("question-link-" + question.id());
            row.addDataCell().add(link);
            row.addDataCell().setText(audience(question, consultationTitles));
            row.addDataCell().setText(LondonTimes.dayWithYear(question.opensAt()));
            row.addDataCell().setText(AuthoringPages.lastDay(question.closesAt()));
            row.addDataCell().setText(getTranslation("voice.authoring.state." + question.state().name()));
            row.addDataCell().setText(getTranslation("voice.authoring.number", question.answers()));
            row.addDataCell().setText(getTranslation("voice.authoring.moderation." + question.moderation().name()));
        }
        list.add(AuthoringPages.scrolling(table, caption));
    }

    private String audience(QuestionSummary question, Map<UUID, String> consultationTitles) {
        if (question.consultationId() != null) {
            return getTranslation("voice.authoring.questions.consultation",
                    consultationTitles.getOrDefault(question.consultationId(), ""));
        }
        return question.forumCodes().stream().map(code -> getTranslation("forum." + code + ".name"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.authoring.questions.title");
    }
}
