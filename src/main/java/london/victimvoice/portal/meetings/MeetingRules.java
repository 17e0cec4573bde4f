package london.victimvoice.portal.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.PlainText;

/** The checks every meeting change passes, whatever the page did before. */
final class MeetingRules {

    private MeetingRules() {
    }

    static void times(Instant startsAt, LocalTime start, LocalTime end, Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new MeetingRefused("meetings.error.past", MeetingField.DATE);
        }
        if (!end.isAfter(start)) {
            throw new MeetingRefused("meetings.error.endBeforeStart", MeetingField.END);
        }
    }

    static void capacity(int capacity) {
        if (capacity < 1 || capacity > SeriesPlan.MAX_CAPACITY) {
            throw new MeetingRefused("meetings.error.capacity", MeetingField.CAPACITY);
        }
    }

    /** The place with blank text made null and text stripped. */
    static MeetingPlace place(MeetingPlace place) {
        var address = text(place.venueAddress(), MeetingPlace.ADDRESS_MAX_LENGTH, "meetings.error.addressTooLong",
                MeetingField.ADDRESS);
        var station = text(place.nearestStation(), MeetingPlace.STATION_MAX_LENGTH, "meetings.error.stationTooLong",
                MeetingField.STATION);
        var link = text(place.onlineLink(), MeetingPlace.LINK_MAX_LENGTH, "meetings.error.linkTooLong",
                MeetingField.LINK);
        if (address == null && link == null) {
            throw new MeetingRefused("meetings.error.noPlace", MeetingField.ADDRESS);
        }
        if (link != null && !secureLink(link)) {
            throw new MeetingRefused("meetings.error.linkNotHttps", MeetingField.LINK);
        }
        return new MeetingPlace(address, address != null && place.stepFree(), address != null && place.hearingLoop(),
                station, link);
    }

    static @Nullable String notes(@Nullable String notes) {
        return text(notes, Meeting.NOTES_MAX_LENGTH, "meetings.error.notesTooLong", MeetingField.NOTES);
    }

    private static boolean secureLink(String link) {
        try {
            var uri = new URI(link);
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank() && !link.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable String text(@Nullable String value, int max, String tooLongKey, MeetingField field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new MeetingRefused(tooLongKey, field);
        }
        if (PlainText.looksLikeMarkup(stripped)) {
            throw new MeetingRefused("meetings.error.markup", field);
        }
        return stripped;
    }
}
