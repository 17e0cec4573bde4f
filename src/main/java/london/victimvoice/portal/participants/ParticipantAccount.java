package london.victimvoice.portal.participants;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a signed-in participant sees of themselves: never anything staff wrote about them.
 *
 * @param forums forum code to where their request stands, in the forums' order of codes; forums
 *               they left are not listed
 */
public record ParticipantAccount(UUID id, String chosenName, @Nullable String mobile, @Nullable String email,
        ContactSafety safety, Map<String, ForumRequestStatus> forums) {

    public ParticipantAccount {
        forums = Map.copyOf(forums);
    }
}
