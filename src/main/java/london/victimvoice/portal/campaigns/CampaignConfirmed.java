package london.victimvoice.portal.campaigns;

import java.util.UUID;

/** Published when a bulk send is saved, so queueing starts as soon as it is committed. */
record CampaignConfirmed(UUID campaignId) {
}
