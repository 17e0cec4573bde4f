package london.victimvoice.portal.campaigns.ui;

import java.time.Instant;
import java.util.Set;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.campaigns.Audience;
import london.victimvoice.portal.campaigns.CampaignSummary;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.OutboxStatus;

/** How both bulk send pages word statuses, reasons, channels and audiences. */
final class Texts {

    /** Reasons the outbox gives, each with a {@code bulk.reason.*} text; others read as "other". */
    private static final Set<String> REASONS = Set.of("no-contact", "no-safe-channel", "opted-out", "no-safe-time",
            "would-arrive-late", "channel-no-longer-safe", "send-stopped");

    private Texts() {
    }

    static String channel(Component view, @Nullable ChannelType channel) {
        return view.getTranslation(channel == null ? "bulk.channelNone" : "bulk.channel." + channel.name());
    }

    static String reason(Component view, @Nullable String reason) {
        return view.getTranslation(reason != null && REASONS.contains(reason) ? "bulk.reason." + reason
                : "bulk.reason.other");
    }

    /** What will happen to a previewed message, in words. */
    static String outcome(Component view, OutboxStatus status, @Nullable String reason, @Nullable Instant sendAt) {
        return switch (status) {
            case CREATED -> view.getTranslation("bulk.outcome.now");
            case HELD -> view.getTranslation("bulk.outcome.held", sendAt == null ? "" : LondonTimes.dayAndTime(sendAt),
                    reason(view, reason == null ? "no-safe-time" : reason));
            default -> view.getTranslation("bulk.outcome.not", reason(view, reason));
        };
    }

    static String forums(Component view, Audience audience) {
        return String.join(", ", audience.forums().stream().sorted()
                .map(code -> view.getTranslation("forum." + code + ".name")).toList());
    }

    static String audience(Component view, Audience audience) {
        var text = new StringBuilder(forums(view, audience)).append(" – ")
                .append(view.getTranslation(audience.membership().labelKey()));
        if (audience.rsvp() != Audience.Rsvp.ANY) {
            text.append(" – ").append(view.getTranslation(audience.rsvp().labelKey()));
        }
        if (audience.channel() != Audience.Channel.ANY) {
            text.append(" – ").append(view.getTranslation(audience.channel().labelKey()));
        }
        return text.toString();
    }

    static String status(Component view, CampaignSummary campaign) {
        var status = view.getTranslation(campaign.status().labelKey());
        return campaign.dryRun() ? view.getTranslation("bulk.dryRunStatus", status) : status;
    }

    static String templateName(Component view, String templateId) {
        return view.getTranslation("bulk.templateName", templateId);
    }
}
