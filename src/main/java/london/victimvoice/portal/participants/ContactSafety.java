package london.victimvoice.portal.participants;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import london.victimvoice.portal.messaging.ChannelType;

/**
 * How and when it is safe to contact someone. Messages are discreet unless the person turns that
 * off: they never mention crime, police, victims or the forum's cohort.
 *
 * @param safeNote         a safe word or note for staff; blank when none
 * @param accessNeedsOther kept only when {@link AccessNeed#OTHER} is chosen
 */
public record ContactSafety(Set<ChannelType> safeChannels, Set<DayOfWeek> safeDays, Set<TimeOfDay> safeTimes,
        boolean discreetMessages, String safeNote, String preferredLanguage,
        Set<AccessNeed> accessNeeds, String accessNeedsOther) {

    /** In Unicode code points, like the name limits. */
    public static final int SAFE_NOTE_MAX_LENGTH = 500;
    public static final int PREFERRED_LANGUAGE_MAX_LENGTH = 60;
    public static final int ACCESS_NEEDS_OTHER_MAX_LENGTH = 500;

    /** What the contact-safety page starts with: every day and time ticked, discreet messages on. */
    public static ContactSafety defaults(Set<ChannelType> channels) {
        return new ContactSafety(channels, EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(TimeOfDay.class), true,
                "", "", Set.of(), "");
    }
}
