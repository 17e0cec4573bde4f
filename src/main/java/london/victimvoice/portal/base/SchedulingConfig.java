package london.victimvoice.portal.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} clean-ups, such as deleting expired sign-in codes and sign-up
 * drafts. Each is an idempotent delete, so several nodes running it at once do no harm.
 */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
