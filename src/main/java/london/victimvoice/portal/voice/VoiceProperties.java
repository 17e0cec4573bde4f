package london.victimvoice.portal.voice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param releaseThreshold answers a question needs before staff may read any of them
 * @param smallGroup       counts in results below this are shown as "fewer than N"
 * @param maxAnswerLength  characters an answer may have
 * @param receiptKey       the secret receipt codes are hashed with (HMAC-SHA256); never the same
 *                         as a value stored in the database
 * @param receiptTries     receipt-code lookups allowed from one browser session per window
 * @param receiptWindow    the window for {@code receiptTries}
 * @param closingReminder  how long before a question closes the one reminder goes to people who
 *                         have not answered
 * @param sweep            cron of the sweep that queues opening notices and closing reminders
 */
@ConfigurationProperties("portal.voice")
public record VoiceProperties(@DefaultValue("3") int releaseThreshold, @DefaultValue("5") int smallGroup,
        @DefaultValue("2000") int maxAnswerLength,
        @DefaultValue("dev-only-receipt-key-change-me") String receiptKey,
        @DefaultValue("10") int receiptTries, @DefaultValue("15m") Duration receiptWindow,
        @DefaultValue("2d") Duration closingReminder,
        @DefaultValue("0 */5 * * * *") String sweep) {
}
