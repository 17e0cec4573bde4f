package london.victimvoice.portal.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import london.victimvoice.portal.support.FakeTwilio;

/** The fake itself, driven by the real SDK: if it lies, the channel tests prove nothing. */
class FakeTwilioIT {

    private static final String FROM = "+447700900001";

    @RegisterExtension
    static FakeTwilio twilio = FakeTwilio.start();

    private final TwilioRestClient client = new TwilioRestClient.Builder(FakeTwilio.ACCOUNT_SID, FakeTwilio.AUTH_TOKEN)
            .httpClient(new TwilioHttpClient(twilio.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(10)))
            .build();

    @Test
    void a_created_message_is_answered_like_twilio_and_can_be_fetched() {
        var created = Message.creator(new PhoneNumber("+447700900123"), new PhoneNumber(FROM), "Hello").create(client);

        assertThat(created.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(created.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(created.getTo()).isEqualTo("+447700900123");
        assertThat(created.getDateCreated()).isNotNull();
        var fetched = Message.fetcher(created.getSid()).fetch(client);
        assertThat(fetched.getBody()).isEqualTo("Hello");
        assertThat(fetched.getFrom()).hasToString(FROM);
    }

    @Test
    void wrong_credentials_get_twilios_401() {
        var stranger = new TwilioRestClient.Builder(FakeTwilio.ACCOUNT_SID, "wrong")
                .httpClient(new TwilioHttpClient(twilio.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .build();

        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> Message.fetcher("SM00000000000000000000000000000000").fetch(stranger))
                .satisfies(e -> assertThat(e.getCode()).isEqualTo(20003));
    }

    @Test
    void the_list_pages_newest_first_and_filters_by_recipient_sender_and_send_day() {
        var start = Instant.parse("2026-12-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            twilio.seed("+447700900123", FROM, null, "number " + i, start.plusSeconds(i));
        }
        twilio.seed("+447700900999", FROM, null, "someone else", start);
        twilio.seed("+447700900123", "+447700900002", null, "another sender", start);

        List<String> bodies = new ArrayList<>();
        Message.reader().setTo("+447700900123").setFrom(FROM).pageSize(2).read(client)
                .forEach(m -> bodies.add(m.getBody()));

        assertThat(bodies).containsExactly("number 4", "number 3", "number 2", "number 1", "number 0");
        assertThat(twilio.lookupRequests()).as("three pages of two").isEqualTo(3);
        assertThat(Message.reader().setTo("+447700900123").setDateSentAfter(start.atZone(ZoneOffset.UTC))
                .read(client)).as("nothing is sent yet, so nothing has a send date").isEmpty();
        twilio.sendAllQueued();
        assertThat(Message.reader().setTo("+447700900123").setDateSentAfter(start.atZone(ZoneOffset.UTC))
                .read(client)).hasSize(6);
    }

    @Test
    void many_senders_at_once_get_distinct_messages_and_exact_counts() throws Exception {
        int threads = 8;
        int each = 250;
        Set<String> sids = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                var to = "+4477009001" + String.format("%02d", t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        sids.add(Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "n" + i).create(client).getSid());
                    }
                }));
            }
            for (var future : done) {
                future.get();
            }
        }

        assertThat(sids).hasSize(threads * each);
        assertThat(twilio.createRequests()).isEqualTo(threads * each);
        assertThat(twilio.messages()).hasSize(threads * each);
        assertThat(twilio.createRequestsTo("+447700900103")).isEqualTo(each);
    }
}
