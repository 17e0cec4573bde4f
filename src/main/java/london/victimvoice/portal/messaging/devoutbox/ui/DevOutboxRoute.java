package london.victimvoice.portal.messaging.devoutbox.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.messaging.devoutbox.ConditionalOnDevOutbox;

/**
 * Registers the dev outbox page only where the dev outbox exists: in prod the route is unknown
 * (not found), not merely forbidden.
 */
@Component
@ConditionalOnDevOutbox
class DevOutboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration.forRegistry(registry).setAnnotatedRoute(DevOutboxView.class);
    }
}
