/**
 * Bulk sends: a coordinator chooses an audience among the forums they look after and a template,
 * previews it, then sends, schedules or dry-runs it and watches it go. Messages go through the
 * outbox like every other message, so each person's safe channels and times still apply.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.campaigns;
