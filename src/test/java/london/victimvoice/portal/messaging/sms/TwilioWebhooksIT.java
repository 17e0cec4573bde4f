package london.victimvoice.portal.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.SmsPeople;

/**
 * Twilio's webhooks over real HTTP with the providers' settings: signatures checked on every call,
 * delivery reports forward only, and every keyword answered in TwiML.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "portal.messaging.delivery=providers",
        "portal.messaging.twilio.account-sid=AC00000000000000000000000000000001",
        "portal.messaging.twilio.auth-token=" + TwilioWebhooksIT.TOKEN,
        "portal.messaging.twilio.from=+447700900001",
        "portal.messaging.email.from=forums@victimvoice.example",
        "portal.messaging.links.base-url=" + TwilioWebhooksIT.PUBLIC,
        "portal.messaging.outbox.dispatch=off",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=2525"})
@ActiveProfiles("test")
class TwilioWebhooksIT {

    static final String TOKEN = "webhook-test-auth-token";
    static final String PUBLIC = "https://portal.example";
    static final String FORUM = "black-communities";

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    record Member(UUID id, String phone) {
    }

    @Test
    void with_providers_the_only_extra_endpoints_are_the_two_signed_webhooks() {
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> endpoints.add(info.toString()));
        assertThat(endpoints).contains(
                "{POST [/webhooks/twilio/status], consumes [application/x-www-form-urlencoded]}",
                "{POST [/webhooks/twilio/inbound], consumes [application/x-www-form-urlencoded], produces [text/xml]}")
                .hasSize(5);
    }

    @Test
    void delivery_reports_need_a_valid_signature_and_only_move_a_message_forward() throws Exception {
        var member = member();
        var id = sentMessage(member);
        var path = "/webhooks/twilio/status?ref=" + id;
        var delivered = Map.of("MessageSid", "SM" + "1".repeat(32), "MessageStatus", "delivered");

        assertThat(post(path, delivered, null).statusCode()).isEqualTo(403);
        assertThat(post(path, delivered, "forged").statusCode()).isEqualTo(403);
        assertThat(post(path, delivered, sign(PUBLIC + path, Map.of("MessageSid", "SMx", "MessageStatus",
                "delivered"))).statusCode()).as("signed for other values").isEqualTo(403);
        assertThat(status(id)).isEqualTo("sent");

        assertThat(post(path, delivered, sign(PUBLIC + path, delivered)).statusCode()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("delivered");

        assertThat(post(path, delivered, sign(PUBLIC + path, delivered)).statusCode()).as("twice").isEqualTo(204);
        var lateSent = Map.of("MessageSid", "SM" + "1".repeat(32), "MessageStatus", "sent");
        assertThat(post(path, lateSent, sign(PUBLIC + path, lateSent)).statusCode()).isEqualTo(204);
        var lateFailed = Map.of("MessageSid", "SM" + "1".repeat(32), "MessageStatus", "failed", "ErrorCode", "30005");
        post(path, lateFailed, sign(PUBLIC + path, lateFailed));
        assertThat(status(id)).as("out of order and repeated reports never move it back").isEqualTo("delivered");
    }

    @Test
    void a_failure_report_records_the_providers_code() throws Exception {
        var id = sentMessage(member());
        var path = "/webhooks/twilio/status?ref=" + id;
        var failed = Map.of("MessageSid", "SM" + "2".repeat(32), "MessageStatus", "undelivered", "ErrorCode", "30003");

        assertThat(post(path, failed, sign(PUBLIC + path, failed)).statusCode()).isEqualTo(204);

        assertThat(status(id)).isEqualTo("temporary-failure");
        assertThat(jdbc.queryForObject("SELECT reason FROM outbox_message WHERE id = ?", String.class, id.toString()))
                .isEqualTo("provider-30003");
    }

    @Test
    void yes_by_text_answers_for_the_next_meeting_with_a_twiml_reply() throws Exception {
        var member = member();
        var meeting = TestMeetings.create(context, FORUM, Instant.now().plus(Duration.ofMinutes(90)));
        var form = Map.of("From", member.phone(), "Body", "Yes", "MessageSid", "SM" + "3".repeat(32));

        var forged = post("/webhooks/twilio/inbound", form, "forged");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(rsvp(member, meeting)).isNull();

        var reply = post("/webhooks/twilio/inbound", form, sign(PUBLIC + "/webhooks/twilio/inbound", form));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(reply.body()).startsWith("<?xml").contains("<Response><Message>Thank you. We have noted that you"
                + " are coming");
        assertThat(rsvp(member, meeting)).isEqualTo("COMING");
    }

    @Test
    void stop_by_text_opts_out_and_start_opts_back_in() throws Exception {
        var member = member();
        for (var word : new String[] {"STOP", "START"}) {
            var form = Map.of("From", member.phone(), "Body", word);
            var reply = post("/webhooks/twilio/inbound", form, sign(PUBLIC + "/webhooks/twilio/inbound", form));
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(outbox.smsOptedOut(member.id())).as(word).isEqualTo(word.equals("STOP"));
        }
    }

    @Test
    void unknown_numbers_huge_texts_and_binary_junk_get_a_short_reply_and_change_nothing() throws Exception {
        var member = member();
        var junk = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            junk.append((char) ThreadLocalRandom.current().nextInt(1, 0xD7FF));
        }
        for (var form : new Map[] {Map.of("From", "+15005550006", "Body", "YES"),
                Map.of("From", member.phone(), "Body", "x".repeat(10_000)),
                Map.of("From", member.phone(), "Body", junk.toString()),
                Map.of("Body", "YES")}) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = form;
            var reply = post("/webhooks/twilio/inbound", fields, sign(PUBLIC + "/webhooks/twilio/inbound", fields));
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).contains("<Message>").doesNotContain("noted that you");
        }
        assertThat(outbox.smsOptedOut(member.id())).isFalse();
    }

    private UUID sentMessage(Member member) {
        outbox.queue(NewMessage.to(member.id(), "approval-approved", Map.of()).dedupeKey("webhook:" + member.id()));
        var id = jdbc.queryForObject("SELECT id FROM outbox_message WHERE dedupe_key = ?", String.class,
                "webhook:" + member.id());
        jdbc.update("UPDATE outbox_message SET status = 'sent', sent_at = CURRENT_TIMESTAMP WHERE id = ?", id);
        return UUID.fromString(id);
    }

    private String status(UUID id) {
        return jdbc.queryForObject("SELECT status FROM outbox_message WHERE id = ?", String.class, id.toString());
    }

    private @Nullable String rsvp(Member member, UUID meeting) {
        return jdbc.queryForList("SELECT answer FROM meeting_rsvp WHERE meeting_id = ? AND participant_id = ?",
                String.class, meeting.toString(), member.id().toString()).stream().findFirst().orElse(null);
    }

    private Member member() {
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", FORUM);
        var person = SmsPeople.signUp(context.getBean(SignUps.class), "Kit", Set.of(FORUM),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""));
        context.getBean(Approvals.class).approve(person.id(), "approver-ann");
        return new Member(person.id(), person.phone());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, @Nullable String signature)
            throws Exception {
        var body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Twilio's scheme, written out here rather than borrowed from the code under test. */
    static String sign(String url, Map<String, String> form) throws Exception {
        var data = new StringBuilder(url);
        new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
        var mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
