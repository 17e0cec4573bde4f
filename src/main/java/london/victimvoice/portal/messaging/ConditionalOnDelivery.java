package london.victimvoice.portal.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Makes a bean only for one {@code portal.messaging.delivery}. It reads the setting the way
 * {@link MessagingProperties} binds it (same default, same relaxed spelling), so the beans that
 * exist always agree with the properties.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnDeliveryCondition.class)
public @interface ConditionalOnDelivery {

    MessagingProperties.Delivery value();
}
