package london.victimvoice.portal.messaging.devoutbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Profile;

import london.victimvoice.portal.messaging.ConditionalOnDelivery;
import london.victimvoice.portal.messaging.MessagingProperties.Delivery;

/**
 * Everything of the dev outbox (store, channels, staff page) carries this one annotation, so its
 * parts appear and disappear together: only with {@code delivery=dev-outbox}, and never in the
 * prod profile whatever the delivery setting says.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("!prod")
@ConditionalOnDelivery(Delivery.DEV_OUTBOX)
public @interface ConditionalOnDevOutbox {
}
