package london.victimvoice.portal.voice.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ConsultationResults;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Questions;

/** What the question and consultation pages for staff share. */
final class AuthoringPages {

    static final String QUESTIONS = "staff/questions";
    static final String NEW_QUESTION = "staff/questions/new";
    static final String CONSULTATIONS = "staff/consultations";
    static final String NEW_CONSULTATION = "staff/consultations/new";
    /** The query parameter that posts a new question into a consultation, and the confirmation flag. */
    static final String CONSULTATION = "consultation";
    static final String POSTED = "posted";
    static final String CREATED = "created";

    private AuthoringPages() {
    }

    static ConsultationStaff staff(AuthenticationContext authentication) {
        return new ConsultationStaff(authentication.getPrincipalName().orElse("unknown"),
                Roles.STAFF.stream().filter(authentication::hasRole).collect(Collectors.toSet()));
    }


    /** A table that scrolls sideways on a narrow screen, reachable and named for keyboard users. */
    static Component scrolling(NativeTable table, String label) {
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", label);
        return scroll;
    }

    /** A count as it may be shown: the number, "fewer than 5", or hidden to protect a small group. */
    static String count(Component view, ConsultationResults.GroupCount count) {
        if (count.withheld()) {
            return view.getTranslation("voice.authoring.withheld");
        }
        return count.fewerThan() ? view.getTranslation("voice.authoring.fewerThan", count.value())
                : view.getTranslation("voice.authoring.number", count.value());
    }

    /** The last day a question can be answered on: it closes at the start of the day after. */
    static String lastDay(java.time.Instant closesAt) {
        return london.victimvoice.portal.base.LondonTimes.dayWithYear(Questions.opensAt(Questions.lastDay(closesAt)));
    }

    static void numeric(TextField field, String id, String label, int maxLength) {
        field.setId(id);
        field.setLabel(label);
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("inputmode", "numeric");
    }
}
