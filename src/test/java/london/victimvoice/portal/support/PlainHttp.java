package london.victimvoice.portal.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client against the running portal that, unlike a browser, follows no redirect and
 * keeps no cookies by itself, so a test sees each response exactly as the server sent it.
 */
public final class PlainHttp {

    private static final Pattern SESSION_COOKIE = Pattern.compile("^JSESSIONID=([^;]+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    public PlainHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String sessionId) throws IOException, InterruptedException {
        return client.send(request(path, sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String sessionId)
            throws IOException, InterruptedException {
        var body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(request(path, sessionId)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session id this response sets, if it sets one. */
    public static Optional<String> newSessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    /** The CSRF token Spring Security puts in every Vaadin page. */
    public static String csrfToken(HttpResponse<String> page) {
        var token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + page.body());
        }
        return token.group(1);
    }

    private HttpRequest.Builder request(String path, String sessionId) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
