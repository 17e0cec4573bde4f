package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a coordinator needs to build a meeting's agenda: the suggestions, most votes first;
 * the items in order; and when members see it ({@code publishAt}, null when not published).
 */
public record AgendaBoard(MeetingSummary meeting, List<SuggestedTopic> suggestions, List<AgendaEntry> items,
        @Nullable Instant publishAt, @Nullable Integer publishDaysBefore, boolean visibleNow) {
}
