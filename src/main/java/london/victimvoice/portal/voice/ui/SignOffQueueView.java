package london.victimvoice.portal.voice.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.SignOffs;
import london.victimvoice.portal.voice.WaitingBatch;

/** Approvers' queue: batches of answers submitted for sign-off, the longest waiting first. */
@Route(value = SignOffQueueView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.voiceSignOff", order = 22)
@RolesAllowed(Roles.APPROVER)
class SignOffQueueView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/sign-off";

    SignOffQueueView(SignOffs signOffs) {
        add(new H1(getTranslation("voice.moderation.signOff.queue.heading")),
                new Paragraph(getTranslation("voice.moderation.signOff.queue.intro")));
        var waiting = signOffs.waiting();
        if (waiting.isEmpty()) {
            var empty = new Paragraph(getTranslation("voice.moderation.signOff.queue.empty"));
            empty.setId("sign-off-empty");
            add(empty);
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("voice.moderation.signOff.queue.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("voice.moderation.signOff.column.question", "voice.moderation.signOff.column.audience",
                "voice.moderation.signOff.column.submitted", "voice.moderation.signOff.column.answers", "voice.moderation.signOff.column.insights",
                "voice.moderation.signOff.column.action")) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var batch : waiting) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(batch.title());
            row.addDataCell().setText(audience(this, batch.forumCodes(), batch.consultationTitle()));
            row.addDataCell().setText(LondonTimes.day(batch.submittedAt()));
            row.addDataCell().setText(String.valueOf(batch.answers()));
            row.addDataCell().setText(String.valueOf(batch.insights()));
            row.addDataCell().add(review(batch));
        }
        var scroll = new Div(table);
        scroll.setId("sign-off-queue");
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("voice.moderation.signOff.queue.caption"));
        add(scroll);
    }

    private Anchor review(WaitingBatch batch) {
        var link = new Anchor(SignOffView.pathOf(batch.questionId()), getTranslation("voice.moderation.signOff.queue.review"));
        link.setId("review-" + batch.questionId());
        link.getElement().setAttribute("aria-label", getTranslation("voice.moderation.signOff.queue.reviewNamed", batch.title()));
        return link;
    }

    /** "Open forum, LGBTQ+ forum" or "Consultation: Police and Crime Plan". */
    static String audience(Component translator, List<String> forumCodes, @org.jspecify.annotations.Nullable String consultation) {
        if (consultation != null) {
            return translator.getTranslation("voice.moderation.insights.consultation", consultation);
        }
        return forumCodes.stream().map(code -> translator.getTranslation("forum." + code + ".name"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.moderation.signOff.queue.title");
    }
}
