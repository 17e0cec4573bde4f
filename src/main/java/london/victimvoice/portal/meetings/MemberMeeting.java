package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as one member sees it. The address and the link are filled in only when they may see
 * them: they said they are coming and the meeting is at most {@link Rsvps#DETAILS_SHOWN_BEFORE}
 * away; {@code detailsFrom} says when that is.
 */
public record MemberMeeting(UUID id, String forumCode, Instant startsAt, Instant endsAt, boolean cancelled,
        boolean started, boolean online, boolean inPerson, boolean stepFree, boolean hearingLoop,
        @Nullable String nearestStation, @Nullable RsvpAnswer answer, @Nullable String venueAddress,
        @Nullable String onlineLink, Instant detailsFrom, @Nullable String notes) {

    /** Whether the member may still give or change an answer. */
    public boolean answerable() {
        return !cancelled && !started;
    }

    public boolean detailsShown() {
        return venueAddress != null || onlineLink != null;
    }
}
