package london.victimvoice.portal.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param oneTimeCodeKey base64 of at least 32 random bytes: the HMAC key for stored codes,
 *                       contacts and IP addresses. Every node must share it. Without one (dev,
 *                       tests) a key is made at start, so codes do not survive a restart.
 * @param oneTimeCodes   the limits that may differ between deployments
 */
@ConfigurationProperties("portal.security")
record SecurityProperties(@Nullable String oneTimeCodeKey, @DefaultValue OneTimeCodeSettings oneTimeCodes) {

    /**
     * @param sendAgainAfter        how long after a send "send again" stays refused
     * @param sendsPerHourFromOneIp loose, because a partner's shared office is one address
     */
    record OneTimeCodeSettings(@DefaultValue("30s") Duration sendAgainAfter,
            @DefaultValue("30") int sendsPerHourFromOneIp) {
    }

    /** Never print the key, e.g. in a failure report that lists the bound settings. */
    @Override
    public String toString() {
        return "SecurityProperties[oneTimeCodeKey=" + (oneTimeCodeKey == null ? "(none)" : "(set)")
                + ", oneTimeCodes=" + oneTimeCodes + "]";
    }
}
