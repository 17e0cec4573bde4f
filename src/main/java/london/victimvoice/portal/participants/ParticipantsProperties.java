package london.victimvoice.portal.participants;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataKey base64 of at least 32 random bytes: the key that encrypts participants' personal
 *                data and keys the contact hashes. Every node must share it, and losing it loses
 *                the data. Without one (tests) a key is made at start.
 */
@ConfigurationProperties("portal.participants")
record ParticipantsProperties(@Nullable String dataKey) {

    /** Never print the key, e.g. in a failure report that lists the bound settings. */
    @Override
    public String toString() {
        return "ParticipantsProperties[dataKey=" + (dataKey == null ? "(none)" : "(set)") + "]";
    }
}
