package london.victimvoice.errorcheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Test-only pages that fail on purpose, outside the portal's packages so no audit lists them. */
@Route(value = "failing", layout = ParticipantLayout.class)
@AnonymousAllowed
public class FailingView extends Div implements BeforeEnterObserver {

    static final String SECRET = "database password is hunter2";

    public FailingView() {
        add(new Button("fail"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("boom")) {
            throw new IllegalStateException(SECRET);
        }
    }
}
