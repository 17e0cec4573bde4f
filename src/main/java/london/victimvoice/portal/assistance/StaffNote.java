package london.victimvoice.portal.assistance;

import java.time.Instant;

/** A note a member of staff added to a request. */
public record StaffNote(String writtenBy, Instant writtenAt, String text) {
}
