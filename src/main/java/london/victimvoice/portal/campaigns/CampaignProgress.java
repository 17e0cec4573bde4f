package london.victimvoice.portal.campaigns;

import java.util.Map;

import london.victimvoice.portal.messaging.OutboxStatus;

/**
 * How far a bulk send has got. {@code waiting} are not in the outbox yet; {@code queued} are in it
 * and not sent (created or being sent); the rest are outbox statuses added up as GOV.UK Notify
 * shows them.
 */
public record CampaignProgress(CampaignSummary campaign, int waiting, int queued, int held, int sent, int delivered,
        int failed, int suppressed, int cancelled) {

    static CampaignProgress of(CampaignSummary campaign, Map<OutboxStatus, Integer> counts) {
        var n = (java.util.function.Function<OutboxStatus, Integer>) s -> counts.getOrDefault(s, 0);
        return new CampaignProgress(campaign, Math.max(0, campaign.recipientCount() - campaign.queuedCount()),
                n.apply(OutboxStatus.CREATED) + n.apply(OutboxStatus.SENDING), n.apply(OutboxStatus.HELD),
                n.apply(OutboxStatus.SENT), n.apply(OutboxStatus.DELIVERED),
                n.apply(OutboxStatus.TEMPORARY_FAILURE) + n.apply(OutboxStatus.PERMANENT_FAILURE)
                        + n.apply(OutboxStatus.TECHNICAL_FAILURE),
                n.apply(OutboxStatus.SUPPRESSED), n.apply(OutboxStatus.CANCELLED));
    }

    /** Messages the send is finished with: given to the provider, or given up on. */
    public int handled() {
        return sent + delivered + failed + suppressed + cancelled;
    }

    public int total() {
        return campaign.recipientCount();
    }

    /** Whole per cent handled, 100 only when everything is. */
    public int percent() {
        if (total() == 0) {
            return 100;
        }
        var exact = handled() * 100 / total();
        return handled() < total() ? Math.min(exact, 99) : 100;
    }
}
