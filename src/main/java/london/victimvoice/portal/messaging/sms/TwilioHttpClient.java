package london.victimvoice.portal.messaging.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.HttpUtility;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's transport replaced, because its own cannot be told what we need:
 * <ul>
 * <li>one attempt per call: the SDK repeats a request up to three times on any 5xx, POSTs
 * included, which can send an SMS twice; the outbox decides about retries. A non-2xx answer is
 * thrown before the SDK's retry loop sees it, and that loop is overridden as well;</li>
 * <li>our timeouts: {@code NetworkHttpClient} puts its 30.5 s connect timeout on every request,
 * over whatever the client was built with;</li>
 * <li>a non-2xx answer becomes a {@link TwilioErrorResponse} carrying the real HTTP status: the
 * SDK only reports the status Twilio wrote into a JSON body, and nothing at all for an HTML error
 * page from a proxy, so a 502 would look like an unreadable answer;</li>
 * <li>an optional other base URL, for a local fake Twilio (region and edge only change the
 * {@code *.twilio.com} host).</li>
 * </ul>
 * Transport failures are thrown as the SDK does, an exception wrapping the {@link IOException}, so
 * {@link TwilioFailures} can tell "never connected" from "may have been received".
 */
class TwilioHttpClient extends HttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final @Nullable String base;
    private final CloseableHttpClient http;

    TwilioHttpClient(@Nullable URI base, Duration connectTimeout, Duration readTimeout) {
        if (base != null && (base.getScheme() == null || base.getHost() == null)) {
            throw new IllegalArgumentException("portal.messaging.twilio.api-base-url needs a scheme and a host");
        }
        this.base = base == null ? null : base.toString().replaceFirst("/+$", "");
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        .build())
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(100)
                .build();
        this.http = HttpClientBuilder.create()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build())
                // Apache would repeat idempotent requests and follow redirects on its own.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        var outgoing = outgoing(request);
        Answer answer;
        try {
            answer = http.execute(outgoing, response -> new Answer(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // The exception's own text names only hosts and timings, never parameters.
            throw new ApiConnectionException("Twilio request failed: " + e, e);
        }
        if (answer.status() / 100 == 2) {
            return new Response(answer.body(), answer.status());
        }
        throw new TwilioErrorResponse(answer.status(), twilioCode(answer.body()));
    }

    private HttpUriRequestBase outgoing(Request request) {
        var url = url(request);
        if (request.getMethod() == HttpMethod.GET) {
            var get = new HttpGet(url);
            headers(request, get);
            return get;
        }
        if (request.getMethod() != HttpMethod.POST) {
            throw new UnsupportedOperationException("Only GET and POST are used: " + request.getMethod());
        }
        var post = new HttpPost(url);
        headers(request, post);
        List<NameValuePair> form = new ArrayList<>();
        request.getPostParams().forEach((name, values) -> values.forEach(v -> form.add(new BasicNameValuePair(name, v))));
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        return post;
    }

    private static void headers(Request request, HttpUriRequestBase outgoing) {
        if (request.requiresAuthentication()) {
            outgoing.addHeader(HttpHeaders.AUTHORIZATION, request.getAuthString());
        }
        request.getHeaderParams().forEach((name, values) -> values.forEach(v -> outgoing.addHeader(name, v)));
        outgoing.addHeader(HttpHeaders.ACCEPT, "application/json");
        outgoing.addHeader(HttpHeaders.USER_AGENT, HttpUtility.getUserAgentString(request.getUserAgentExtensions()));
    }

    /** The SDK's URL (path and query), moved to {@link #base} when one is set. */
    URI url(Request request) {
        try {
            var original = request.constructURL().toURI();
            if (base == null) {
                return original;
            }
            var query = original.getRawQuery();
            return URI.create(base + original.getRawPath() + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The SDK built an invalid URL", e);
        }
    }

    private static @Nullable Integer twilioCode(String body) {
        try {
            var code = JSON.readTree(body).path("code");
            return code.canConvertToInt() ? code.asInt() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private record Answer(int status, String body) {
    }

    /**
     * Twilio (or something in front of it) answered with a non-2xx status. Twilio's own error
     * text is left out: it can repeat the recipient's number.
     */
    static final class TwilioErrorResponse extends ApiException {

        private final int httpStatus;

        TwilioErrorResponse(int httpStatus, @Nullable Integer twilioCode) {
            super("Twilio answered HTTP " + httpStatus + (twilioCode == null ? "" : " with error " + twilioCode),
                    twilioCode, null, httpStatus, httpStatus, null, null, null);
            this.httpStatus = httpStatus;
        }

        int httpStatus() {
            return httpStatus;
        }
    }
}
