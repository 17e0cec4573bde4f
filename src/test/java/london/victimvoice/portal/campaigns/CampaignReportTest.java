package london.victimvoice.portal.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.LoggedMessage;
import london.victimvoice.portal.messaging.MessageVariant;
import london.victimvoice.portal.messaging.OutboxStatus;

/** The report's CSV: quoting, London times, formula-safe names, and people never queued. */
class CampaignReportTest {

    static final Instant CREATED = Instant.parse("2032-07-01T09:00:00.123456Z");

    @Test
    void each_recipient_is_one_line_with_london_times_and_names_a_spreadsheet_cannot_run() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        var c = UUID.randomUUID();
        var numbers = new LinkedHashMap<UUID, Integer>();
        numbers.put(a, 1);
        numbers.put(b, 2);
        numbers.put(c, 3);
        var messages = List.of(
                logged(a, ChannelType.SMS, OutboxStatus.DELIVERED, null, CREATED.plusSeconds(2), CREATED.plusSeconds(9)),
                logged(b, ChannelType.EMAIL, OutboxStatus.CANCELLED, "send-stopped", null, CREATED.plusSeconds(30)));

        var csv = CampaignReport.csv(numbers, messages, Map.of(a, "Sam, \"the\" Brave", b, "=HYPERLINK(\"x\")"));

        assertThat(csv.split("\r\n")).containsExactly(
                "recipient,chosen_name,channel,status,reason,created_at,sent_at,finished_at",
                "Recipient 1,\"Sam, \"\"the\"\" Brave\",SMS,delivered,,2032-07-01T10:00:00+01:00,"
                        + "2032-07-01T10:00:02+01:00,2032-07-01T10:00:09+01:00",
                "Recipient 2,\"'=HYPERLINK(\"\"x\"\")\",EMAIL,cancelled,send-stopped,2032-07-01T10:00:00+01:00,,"
                        + "2032-07-01T10:00:30+01:00",
                "Recipient 3,,,not-queued,,,,");
    }

    @Test
    void progress_is_never_shown_as_done_before_everything_is() {
        var summary = new CampaignSummary(UUID.randomUUID(), "coord", "t", 1, new Audience(java.util.Set.of("open"),
                Audience.Membership.MEMBERS, null, Audience.Rsvp.ANY, Audience.Channel.ANY), false, CREATED,
                CampaignStatus.SENDING, 1000, 1000, CREATED, CREATED, null);

        var almost = CampaignProgress.of(summary, Map.of(OutboxStatus.SENT, 999, OutboxStatus.CREATED, 1));
        var all = CampaignProgress.of(summary, Map.of(OutboxStatus.SENT, 990, OutboxStatus.SUPPRESSED, 10));

        assertThat(almost.percent()).isEqualTo(99);
        assertThat(almost.queued()).isEqualTo(1);
        assertThat(all.percent()).isEqualTo(100);
        assertThat(all.handled()).isEqualTo(1000);
    }

    static LoggedMessage logged(UUID participant, ChannelType channel, OutboxStatus status, String reason,
            Instant sent, Instant finished) {
        return new LoggedMessage(UUID.randomUUID(), participant, UUID.randomUUID(), "t", 1, channel,
                MessageVariant.DISCREET, 1, status, reason, false, false, 1, CREATED, CREATED, sent, finished);
    }
}
