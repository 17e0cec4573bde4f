package london.victimvoice.portal.meetings.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;

/** What the topics, agenda and attendance pages share: London times in words, the meeting id, who is asking. */
final class AgendaPages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy, h:mma", Locale.UK).withZone(LONDON);

    private AgendaPages() {
    }

    /** "Tuesday 18 March 2031, 6pm" (or "6:30pm"), in London time, as GOV.UK writes times. */
    static String time(Instant instant) {
        return DAY_AND_TIME.format(instant).replace(":00", "").replace("AM", "am").replace("PM", "pm");
    }

    /** The meeting id in the address, if it is one. */
    static Optional<UUID> meetingId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("meetingId").map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    static ForumManager manager(AuthenticationContext authentication) {
        return new ForumManager(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.ADMIN));
    }
}
