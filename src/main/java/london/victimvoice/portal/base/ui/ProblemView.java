package london.victimvoice.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a page fails to open. People see a plain message and a reference they can quote;
 * the details go only to the log under the same reference.
 */
@ParentLayout(ParticipantLayout.class)
@AnonymousAllowed
class ProblemView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorReference.log("navigation to /" + event.getLocation().getPath(),
                parameter.getCaughtException());
        var ref = new Span(reference);
        ref.addClassName("error-reference");
        add(new H1(getTranslation("error.heading")),
                new Paragraph(getTranslation("error.body")),
                new Paragraph(new Span(getTranslation("error.reference") + " "), ref));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "error.title");
    }
}
