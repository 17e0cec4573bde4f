package london.victimvoice.portal.voice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** "You said, we did": entries linking insight to action, and who may read which. */
@Service
public class WeDid {

    /** Entries linked to any of these (signed-off) insights, for a receipt-code holder. */
    public List<WeDidEntry> linkedTo(Collection<UUID> insightIds) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Entries for any of these forums, for their members. */
    public List<WeDidEntry> forForums(Collection<String> forumCodes) {
        throw new UnsupportedOperationException("not yet");
    }
}
