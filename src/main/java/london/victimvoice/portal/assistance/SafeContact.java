package london.victimvoice.portal.assistance;

import java.time.DayOfWeek;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * How a support worker may get in touch: only the contacts on channels the person said are safe
 * ({@code mobile} is null unless text messages are safe, {@code email} unless email is).
 */
public record SafeContact(String chosenName, Set<ChannelType> safeChannels, @Nullable String mobile,
        @Nullable String email, Set<DayOfWeek> safeDays, Set<TimeOfDay> safeTimes, String safeNote,
        boolean discreetMessages) {

    public SafeContact {
        safeChannels = Set.copyOf(safeChannels);
        safeDays = Set.copyOf(safeDays);
        safeTimes = Set.copyOf(safeTimes);
    }
}
