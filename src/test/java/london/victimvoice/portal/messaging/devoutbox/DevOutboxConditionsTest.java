package london.victimvoice.portal.messaging.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;

import london.victimvoice.portal.messaging.MessageChannel;

/** Scans the dev outbox and its page as the application does, under settings where none of it may exist. */
class DevOutboxConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withInitializer(
            context -> new ClassPathBeanDefinitionScanner((BeanDefinitionRegistry) context)
                    .scan(DevOutbox.class.getPackageName()));

    @Test
    void the_prod_profile_never_has_a_dev_outbox_or_its_page_even_when_delivery_says_dev_outbox() {
        runner.withPropertyValues("spring.profiles.active=prod", "portal.messaging.delivery=dev-outbox")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(DevOutbox.class);
                    assertThat(context).doesNotHaveBean(MessageChannel.class);
                    assertThat(context).doesNotHaveBean(VaadinServiceInitListener.class);
                });
    }

    @Test
    void providers_delivery_has_no_dev_outbox_or_its_page() {
        runner.withPropertyValues("portal.messaging.delivery=providers").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(DevOutbox.class);
            assertThat(context).doesNotHaveBean(MessageChannel.class);
            assertThat(context).doesNotHaveBean(VaadinServiceInitListener.class);
        });
    }
}
