package london.victimvoice.portal.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class OnDeliveryCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var attributes = metadata.getAnnotationAttributes(ConditionalOnDelivery.class.getName());
        var wanted = attributes == null ? null : attributes.get("value");
        var actual = Binder.get(context.getEnvironment())
                .bindOrCreate("portal.messaging", MessagingProperties.class).delivery();
        var text = "portal.messaging.delivery is " + actual;
        return actual == wanted ? ConditionOutcome.match(text) : ConditionOutcome.noMatch(text);
    }
}
