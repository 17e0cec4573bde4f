package london.victimvoice.portal.voice;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a member of staff typed for a "you said, we did" entry, as typed: {@link WeDid} checks
 * every part and names each problem.
 *
 * @param statusReason why it is not possible; required for {@link ActionStatus#NOT_POSSIBLE}, ignored otherwise
 * @param insightIds   signed-off insights the entry answers (optional)
 */
public record NewWeDid(String said, String willDo, @Nullable ActionOwner owner, @Nullable ActionStatus status,
        @Nullable String statusReason, @Nullable LocalDate dueOn, Set<String> forumCodes, Set<UUID> insightIds) {

    public static final int TEXT_MAX_LENGTH = 2000;

    public NewWeDid {
        said = said == null ? "" : said;
        willDo = willDo == null ? "" : willDo;
        forumCodes = forumCodes == null ? Set.of() : Set.copyOf(forumCodes);
        insightIds = insightIds == null ? Set.of() : Set.copyOf(insightIds);
    }
}
