package london.victimvoice.portal.support;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stateful stand-in for Twilio's Messages API on a random local port: it keeps what was sent,
 * lists and fetches it the way Twilio's JSON does (so the real SDK parses it), checks the account's
 * Basic auth, and can fail the next requests in the ways Twilio and networks fail.
 *
 * <p>WireMock serves HTTP and the faults (delays, connection resets); one transformer answers every
 * request from the state here. Thread-safe: many senders may hit it at once.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeTwilio twilio = FakeTwilio.start();   // reset before each test, stopped after all
 * ... properties with apiBaseUrl = twilio.baseUri(), FakeTwilio.ACCOUNT_SID, FakeTwilio.AUTH_TOKEN
 * twilio.failNextCreates(1, FakeTwilio.Fault.SLOW_AFTER_RECORDING);
 * assertThat(twilio.createRequestsTo("+447700900123")).isEqualTo(1);
 * }</pre>
 */
public final class FakeTwilio implements BeforeEachCallback, AfterAllCallback, AutoCloseable {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "fake-twilio-auth-token";
    /** The number Twilio "picks" from a messaging service's pool. */
    public static final String SERVICE_NUMBER = "+447700900000";
    public static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(3);

    private static final String PREFIX = "/2010-04-01/Accounts/";
    private static final Pattern LIST = Pattern.compile(PREFIX + "([^/]+)/Messages\\.json");
    private static final Pattern ONE = Pattern.compile(PREFIX + "([^/]+)/Messages/([^/]+)\\.json");
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the next requests fail. Only creates are recorded; "after recording" means Twilio has the message. */
    public enum Fault {
        /** HTTP 429 with Twilio error 20429; nothing recorded. */
        RATE_LIMITED,
        /** HTTP 500 with Twilio error 20500; nothing recorded. */
        SERVER_ERROR,
        /** Recorded, then the 201 comes only after {@link #slowAnswersTake(Duration)}: a read timeout. */
        SLOW_AFTER_RECORDING,
        /** Recorded, then a 201 whose body is not JSON. */
        MALFORMED_JSON,
        /** The connection is reset before anything is recorded or answered. */
        CONNECTION_RESET
    }

    /** One message as Twilio holds it. */
    public record FakeMessage(String sid, String to, String from, @Nullable String messagingServiceSid, String body,
            @Nullable Integer validityPeriod, @Nullable String statusCallback, Instant dateCreated,
            @Nullable Instant dateSent, String status, long sequence) {
    }

    private sealed interface Planned {
    }

    private record Failure(Fault fault) implements Planned {
    }

    private record Refusal(int code) implements Planned {
    }

    private final Clock clock;
    private final WireMockServer server;
    private final Map<String, FakeMessage> messages = new ConcurrentHashMap<>();
    private final Queue<Planned> createPlan = new ConcurrentLinkedQueue<>();
    private final Queue<Fault> lookupPlan = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> createsByRecipient = new ConcurrentHashMap<>();
    private final AtomicInteger creates = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private volatile Duration slowDelay = DEFAULT_SLOW_DELAY;

    private FakeTwilio(Clock clock) {
        this.clock = clock;
        this.server = new WireMockServer(wireMockConfig()
                .dynamicPort()
                .containerThreads(40)
                .maxRequestJournalEntries(1000)
                .extensions(new Answerer()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
    }

    public static FakeTwilio start() {
        return start(Clock.systemUTC());
    }

    /** @param clock gives {@code date_created}; a {@link MutableClock} makes lookups by date testable */
    public static FakeTwilio start(Clock clock) {
        return new FakeTwilio(clock);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public URI baseUri() {
        return URI.create(server.baseUrl());
    }

    /** Forgets messages, planned failures and counters. */
    public void reset() {
        createPlan.clear();
        lookupPlan.clear();
        messages.clear();
        createsByRecipient.clear();
        creates.set(0);
        lookups.set(0);
        slowDelay = DEFAULT_SLOW_DELAY;
        server.resetRequests();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** The next {@code times} create requests fail this way, one after the other. */
    public void failNextCreates(int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            createPlan.add(new Failure(fault));
        }
    }

    /** The next {@code times} create requests get HTTP 400 with this Twilio error (21211, 21610, 21614...). */
    public void refuseNextCreates(int times, int twilioCode) {
        for (int i = 0; i < times; i++) {
            createPlan.add(new Refusal(twilioCode));
        }
    }

    /** The next {@code times} list or fetch requests fail this way (the "after recording" part does not apply). */
    public void failNextLookups(int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            lookupPlan.add(fault);
        }
    }

    public void slowAnswersTake(Duration delay) {
        this.slowDelay = delay;
    }

    /** Puts a message in as if sent earlier, e.g. by another attempt or another system. */
    public FakeMessage seed(String to, @Nullable String from, @Nullable String messagingServiceSid, String body,
            Instant dateCreated) {
        var message = new FakeMessage(newSid(), to, from == null ? SERVICE_NUMBER : from, messagingServiceSid, body,
                null, null, dateCreated, null, "queued", sequence.incrementAndGet());
        messages.put(message.sid(), message);
        return message;
    }

    /** Twilio hands every queued message to the carriers: status {@code sent}, {@code date_sent} now. */
    public void sendAllQueued() {
        var now = clock.instant();
        messages.replaceAll((sid, m) -> m.dateSent() != null ? m : new FakeMessage(m.sid(), m.to(), m.from(),
                m.messagingServiceSid(), m.body(), m.validityPeriod(), m.statusCallback(), m.dateCreated(), now, "sent",
                m.sequence()));
    }

    /** All recorded messages, oldest first. */
    public List<FakeMessage> messages() {
        return messages.values().stream().sorted(Comparator.comparingLong(FakeMessage::sequence)).toList();
    }

    public List<FakeMessage> messagesTo(String to) {
        return messages().stream().filter(m -> m.to().equals(to)).toList();
    }

    public Optional<FakeMessage> message(String sid) {
        return Optional.ofNullable(messages.get(sid));
    }

    /** Every POST to Messages.json, whatever became of it. */
    public int createRequests() {
        return creates.get();
    }

    /** POSTs to Messages.json for this {@code To}: more than one for one outbox message is a duplicate attempt. */
    public int createRequestsTo(String to) {
        var count = createsByRecipient.get(to);
        return count == null ? 0 : count.get();
    }

    /** GETs of the list or of one message. */
    public int lookupRequests() {
        return lookups.get();
    }

    private final class Answerer implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "fake-twilio";
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent.getRequest()).build();
        }
    }

    private ResponseDefinitionBuilder answer(Request request) {
        var uri = URI.create(request.getUrl());
        var path = uri.getRawPath();
        var list = LIST.matcher(path);
        var one = ONE.matcher(path);
        var account = list.matches() ? list.group(1) : one.matches() ? one.group(1) : null;
        if (account == null) {
            return error(404, 20404, "The requested resource was not found");
        }
        if (!authorised(request)) {
            return error(401, 20003, "Authenticate");
        }
        if (!ACCOUNT_SID.equals(account)) {
            return error(404, 20404, "The requested resource was not found");
        }
        if (request.getMethod().equals(RequestMethod.POST) && list.matches()) {
            return create(form(request.getBodyAsString()));
        }
        if (request.getMethod().equals(RequestMethod.GET)) {
            lookups.incrementAndGet();
            var fault = lookupPlan.poll();
            if (fault != null) {
                return lookupFailure(fault);
            }
            return list.matches() ? list(path, form(uri.getRawQuery())) : fetch(one);
        }
        return error(405, 20004, "Method not allowed");
    }

    private ResponseDefinitionBuilder create(Map<String, String> form) {
        var to = form.getOrDefault("To", "");
        creates.incrementAndGet();
        createsByRecipient.computeIfAbsent(to, t -> new AtomicInteger()).incrementAndGet();
        var planned = createPlan.poll();
        if (planned instanceof Refusal refusal) {
            return error(400, refusal.code(), "Refused with " + refusal.code());
        }
        var fault = planned instanceof Failure failure ? failure.fault() : null;
        if (fault == Fault.RATE_LIMITED) {
            return error(429, 20429, "Too Many Requests");
        }
        if (fault == Fault.SERVER_ERROR) {
            return error(500, 20500, "Internal Server Error");
        }
        if (fault == Fault.CONNECTION_RESET) {
            return new ResponseDefinitionBuilder().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
        }
        var body = form.get("Body");
        var service = form.get("MessagingServiceSid");
        var from = form.get("From");
        if (to.isEmpty()) {
            return error(400, 21604, "A 'To' phone number is required.");
        }
        if (body == null || body.isEmpty()) {
            return error(400, 21602, "Message body is required.");
        }
        if (service == null && from == null) {
            return error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required");
        }
        var validity = form.get("ValidityPeriod");
        var message = new FakeMessage(newSid(), to, from == null ? SERVICE_NUMBER : from, service, body,
                validity == null ? null : Integer.valueOf(validity), form.get("StatusCallback"), clock.instant(), null,
                "queued", sequence.incrementAndGet());
        messages.put(message.sid(), message);
        if (fault == Fault.MALFORMED_JSON) {
            return json(201, "{\"sid\": \"" + message.sid() + "\", \"status\": ");
        }
        var answer = json(201, toJson(json(message)));
        return fault == Fault.SLOW_AFTER_RECORDING ? answer.withFixedDelay((int) slowDelay.toMillis()) : answer;
    }

    private ResponseDefinitionBuilder lookupFailure(Fault fault) {
        return switch (fault) {
            case RATE_LIMITED -> error(429, 20429, "Too Many Requests");
            case SERVER_ERROR -> error(500, 20500, "Internal Server Error");
            case SLOW_AFTER_RECORDING -> error(500, 20500, "Internal Server Error").withFixedDelay((int) slowDelay.toMillis());
            case MALFORMED_JSON -> json(200, "{\"messages\": [");
            case CONNECTION_RESET -> new ResponseDefinitionBuilder()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
        };
    }

    private ResponseDefinitionBuilder fetch(Matcher one) {
        var message = messages.get(one.group(2));
        return message == null ? error(404, 20404, "The requested resource was not found")
                : json(200, toJson(json(message)));
    }

    /** Twilio's filters ({@code To}, {@code From}, {@code DateSent}, {@code DateSent<}, {@code DateSent>}), newest first, paged. */
    private ResponseDefinitionBuilder list(String path, Map<String, String> query) {
        Predicate<FakeMessage> filter = m -> true;
        var to = query.get("To");
        if (to != null) {
            filter = filter.and(m -> m.to().equals(to));
        }
        var from = query.get("From");
        if (from != null) {
            filter = filter.and(m -> m.from().equals(from));
        }
        filter = filter.and(sentOn(query.get("DateSent"), 0)).and(sentOn(query.get("DateSent<"), -1))
                .and(sentOn(query.get("DateSent>"), 1));
        var matching = messages.values().stream().filter(filter)
                .sorted(Comparator.comparing(FakeMessage::dateCreated).thenComparingLong(FakeMessage::sequence).reversed())
                .toList();
        int pageSize = Math.clamp(Integer.parseInt(query.getOrDefault("PageSize", "50")), 1, 1000);
        int page = Integer.parseInt(query.getOrDefault("Page", "0"));
        int start = page * pageSize;
        var records = matching.subList(Math.min(start, matching.size()), Math.min(start + pageSize, matching.size()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messages", records.stream().map(this::json).toList());
        answer.put("end", start + records.size() - 1);
        answer.put("first_page_uri", pageUri(path, query, 0, pageSize));
        answer.put("next_page_uri", start + pageSize < matching.size() ? pageUri(path, query, page + 1, pageSize) : null);
        answer.put("previous_page_uri", page > 0 ? pageUri(path, query, page - 1, pageSize) : null);
        answer.put("page", page);
        answer.put("page_size", pageSize);
        answer.put("start", start);
        answer.put("uri", pageUri(path, query, page, pageSize));
        return json(200, toJson(answer));
    }

    /**
     * Twilio compares whole days of {@code date_sent} (UTC), and a message not yet sent has none.
     *
     * @param direction 0 on that day, -1 on or before it, 1 on or after it
     */
    private static Predicate<FakeMessage> sentOn(@Nullable String value, int direction) {
        if (value == null) {
            return m -> true;
        }
        var day = LocalDate.parse(value.substring(0, 10));
        return m -> {
            if (m.dateSent() == null) {
                return false;
            }
            var sent = LocalDate.ofInstant(m.dateSent(), ZoneOffset.UTC);
            return direction == 0 ? sent.equals(day) : direction < 0 ? !sent.isAfter(day) : !sent.isBefore(day);
        };
    }

    private static String pageUri(String path, Map<String, String> query, int page, int pageSize) {
        var params = new ArrayList<String>();
        query.forEach((name, value) -> {
            if (!name.equals("Page") && !name.equals("PageSize") && !name.equals("PageToken")) {
                params.add(encode(name) + "=" + encode(value));
            }
        });
        params.add("PageSize=" + pageSize);
        params.add("Page=" + page);
        return path + "?" + String.join("&", params);
    }

    private Map<String, Object> json(FakeMessage m) {
        Map<String, Object> json = new LinkedHashMap<>();
        var uri = PREFIX + ACCOUNT_SID + "/Messages/" + m.sid();
        json.put("account_sid", ACCOUNT_SID);
        json.put("api_version", "2010-04-01");
        json.put("body", m.body());
        json.put("date_created", RFC_2822.format(m.dateCreated()));
        json.put("date_sent", m.dateSent() == null ? null : RFC_2822.format(m.dateSent()));
        json.put("date_updated", RFC_2822.format(m.dateSent() == null ? m.dateCreated() : m.dateSent()));
        json.put("direction", "outbound-api");
        json.put("error_code", null);
        json.put("error_message", null);
        json.put("from", m.from());
        json.put("messaging_service_sid", m.messagingServiceSid());
        json.put("num_media", "0");
        json.put("num_segments", "1");
        json.put("price", null);
        json.put("price_unit", "GBP");
        json.put("sid", m.sid());
        json.put("status", m.status());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", m.to());
        json.put("uri", uri + ".json");
        return json;
    }

    private boolean authorised(Request request) {
        var expected = "Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        return expected.equals(request.getHeader("Authorization"));
    }

    private static ResponseDefinitionBuilder error(int status, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        return json(status, toJson(body));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes {@code a=1&b=2} (a form body or a query string); the last value of a repeated name wins. */
    private static Map<String, String> form(@Nullable String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (var pair : encoded.split("&")) {
            var equals = pair.indexOf('=');
            var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }
}
