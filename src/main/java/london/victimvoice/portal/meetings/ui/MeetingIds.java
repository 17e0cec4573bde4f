package london.victimvoice.portal.meetings.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Reads the meeting id from the address; anything that is not an id is simply not found. */
final class MeetingIds {

    static final String PARAMETER = "meetingId";

    private MeetingIds() {
    }

    static Optional<UUID> from(BeforeEnterEvent event) {
        return event.getRouteParameters().get(PARAMETER).flatMap(text -> {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
