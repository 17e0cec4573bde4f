package london.victimvoice.portal.messaging.sms;

import java.net.URI;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Sends every Twilio request to another base URL, keeping path, parameters, headers, auth and
 * body. The SDK's region and edge settings can only change the {@code *.twilio.com} host, so
 * this is the one way to reach a local fake Twilio.
 */
class BaseUrlHttpClient extends NetworkHttpClient {

    private final String base;

    BaseUrlHttpClient(URI base) {
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException("portal.messaging.twilio.api-base-url needs a scheme and a host");
        }
        this.base = base.toString().replaceFirst("/+$", "");
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(rebased(request));
    }

    Request rebased(Request original) {
        var path = URI.create(original.getUrl()).getRawPath();
        var copy = new Request(original.getMethod(), base + path);
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        original.getQueryParams().forEach((name, values) -> values.forEach(v -> copy.addQueryParam(name, v)));
        original.getPostParams().forEach((name, values) -> values.forEach(v -> copy.addPostParam(name, v)));
        original.getHeaderParams().forEach((name, values) -> values.forEach(v -> copy.addHeaderParam(name, v)));
        copy.setContentType(original.getContentType());
        copy.setBody(original.getBody());
        copy.setFormParameters(original.getFormParameters());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        return copy;
    }
}
