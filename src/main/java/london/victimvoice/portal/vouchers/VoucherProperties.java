package london.victimvoice.portal.vouchers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultValuePence what one attended meeting is worth where a forum has no rule of its own
 * @param warnAtPercent     a budget this full shows a warning
 * @param remindAfter       an issued voucher not confirmed this long after gets one gentle reminder
 * @param flagAfter         ... and this long after is flagged to the forum's coordinators
 * @param maxCodeRows       rows a supplier's code file may have (a bigger file is refused whole)
 * @param sweep             cron of the sweep that makes lost requests, sends reminders and flags
 */
@ConfigurationProperties("portal.vouchers")
public record VoucherProperties(@DefaultValue("2500") int defaultValuePence, @DefaultValue("80") int warnAtPercent,
        @DefaultValue("7d") Duration remindAfter, @DefaultValue("14d") Duration flagAfter,
        @DefaultValue("5000") int maxCodeRows, @DefaultValue("0 */10 * * * *") String sweep) {
}
