package london.victimvoice.portal.campaigns;

import java.util.List;

/**
 * What a bulk send would do, saving nothing.
 *
 * @param count          how many people it goes to
 * @param first          the first {@link BulkSends#PREVIEW_SIZE} of them, as each will get it
 * @param remainingToday how many more messages the daily limit allows today
 */
public record Preview(int count, List<PreviewLine> first, int remainingToday, int templateVersion) {

    public Preview {
        first = List.copyOf(first);
    }
}
