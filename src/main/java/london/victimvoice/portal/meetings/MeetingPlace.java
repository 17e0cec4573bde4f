package london.victimvoice.portal.meetings;

import org.jspecify.annotations.Nullable;

/**
 * Where a meeting is: a venue (address and access information) or an online link, or both.
 * Blank text counts as not given.
 */
public record MeetingPlace(@Nullable String venueAddress, boolean stepFree, boolean hearingLoop,
        @Nullable String nearestStation, @Nullable String onlineLink) {

    public static final int ADDRESS_MAX_LENGTH = Meeting.VENUE_ADDRESS_MAX_LENGTH;
    public static final int STATION_MAX_LENGTH = Meeting.NEAREST_STATION_MAX_LENGTH;
    public static final int LINK_MAX_LENGTH = Meeting.ONLINE_LINK_MAX_LENGTH;

    public boolean online() {
        return venueAddress == null || venueAddress.isBlank();
    }
}
