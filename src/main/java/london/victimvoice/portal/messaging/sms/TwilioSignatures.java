package london.victimvoice.portal.messaging.sms;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.twilio.security.RequestValidator;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.MessagingProperties;

/**
 * Checks Twilio's {@code X-Twilio-Signature} on a webhook form POST, so only Twilio can tell us
 * that a message was delivered or failed. Twilio signs the URL it called, exactly as configured
 * (scheme, host, port, path and query), followed by the form parameters sorted by name; behind a
 * proxy the URL the app sees differs, so callers pass the public URL themselves.
 */
public final class TwilioSignatures {

    /** The header Twilio puts its signature in. */
    public static final String HEADER = "X-Twilio-Signature";

    private final RequestValidator validator;

    public TwilioSignatures(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("Twilio signatures need the account's auth token");
        }
        this.validator = new RequestValidator(authToken.strip());
    }

    /** @throws IllegalStateException when {@code portal.messaging.twilio.auth-token} is not set */
    public static TwilioSignatures from(MessagingProperties properties) {
        var token = properties.twilio().authToken();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("Set portal.messaging.twilio.auth-token to check Twilio webhooks");
        }
        return new TwilioSignatures(token);
    }

    /**
     * @param publicUrl      the URL Twilio called, as Twilio knows it, including the query string
     * @param formParameters the POST body's parameters only; parameters from the query string are
     *                       already covered by the URL and must not be repeated here
     * @param signature      the {@link #HEADER} value; missing or blank is never valid
     */
    public boolean isValid(String publicUrl, Map<String, String> formParameters, @Nullable String signature) {
        if (signature == null || signature.isBlank() || publicUrl == null || publicUrl.isBlank()) {
            return false;
        }
        try {
            // Twilio only calls absolute http(s) URLs; anything else is a setting gone wrong.
            var scheme = URI.create(publicUrl).getScheme();
            if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
                return false;
            }
            return validator.validate(publicUrl, formParameters, signature.strip());
        } catch (RuntimeException e) {
            // A URL the SDK cannot take apart cannot be the one Twilio signed.
            return false;
        }
    }

    /**
     * The same check for a servlet's {@code getParameterMap()}, which mixes the query string's
     * parameters into the form's: those named in {@code publicUrl}'s query are taken out again.
     * A form parameter given twice is not something Twilio sends, so it is never valid.
     */
    public boolean isValidServletRequest(String publicUrl, Map<String, String[]> parameterMap,
            @Nullable String signature) {
        if (publicUrl == null || parameterMap == null) {
            return false;
        }
        Map<String, List<String>> inQuery;
        try {
            inQuery = queryParameters(URI.create(publicUrl).getRawQuery());
        } catch (IllegalArgumentException e) {
            return false;
        }
        Map<String, String> form = new HashMap<>();
        for (var entry : parameterMap.entrySet()) {
            var values = new ArrayList<>(Arrays.asList(entry.getValue()));
            inQuery.getOrDefault(entry.getKey(), List.of()).forEach(values::remove);
            if (values.size() > 1) {
                return false;
            }
            if (values.size() == 1) {
                form.put(entry.getKey(), values.getFirst());
            }
        }
        return isValid(publicUrl, form, signature);
    }

    private static Map<String, List<String>> queryParameters(@Nullable String rawQuery) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (var pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            var equals = pair.indexOf('=');
            var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
