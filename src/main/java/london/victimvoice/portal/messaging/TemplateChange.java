package london.victimvoice.portal.messaging;

import java.time.Instant;

/** One saved version of a template, for its history: who saved it and when. */
public record TemplateChange(int version, String createdBy, Instant createdAt) {
}
