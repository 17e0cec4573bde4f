package london.victimvoice.portal.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import com.fasterxml.jackson.core.JsonParseException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import london.victimvoice.portal.messaging.MessageSendException.Outcome;
import london.victimvoice.portal.messaging.sms.TwilioHttpClient.TwilioErrorResponse;

/** The failures the fake cannot produce on demand (DNS, routes, pool), and every status class. */
class TwilioFailuresTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "429, none, RATE_LIMITED",
            "400, 20429, RATE_LIMITED",
            "500, 20500, UNAVAILABLE",
            "502, none, UNAVAILABLE",
            "503, none, UNAVAILABLE",
            "401, 20003, UNAVAILABLE",
            "408, none, UNAVAILABLE",
            "400, 21211, REFUSED",
            "400, 21610, REFUSED",
            "400, 21614, REFUSED",
            "404, none, REFUSED",
            "302, none, AMBIGUOUS"})
    void an_answer_from_twilio_is_classified_by_status_and_code(int status, @Nullable Integer code, Outcome outcome) {
        var failure = TwilioFailures.of(new TwilioErrorResponse(status, code));

        assertThat(failure.outcome()).isEqualTo(outcome);
        assertThat(failure.providerCode()).isEqualTo(code == null ? null : String.valueOf(code));
        assertThat(failure.getMessage()).contains("HTTP " + status);
    }

    @Test
    void a_connection_that_never_opened_is_unavailable() {
        for (IOException neverSent : new IOException[] {new ConnectException("Connection refused"),
                new HttpHostConnectException("Connection refused"), new ConnectTimeoutException("connect timed out"),
                new UnknownHostException("api.twilio.com"), new NoRouteToHostException("no route"),
                new ConnectionRequestTimeoutException("pool exhausted")}) {
            assertThat(TwilioFailures.of(transport(neverSent)).outcome()).as(neverSent.getClass().getSimpleName())
                    .isEqualTo(Outcome.UNAVAILABLE);
        }
    }

    @Test
    void a_connection_that_broke_after_sending_is_ambiguous() {
        for (IOException maybeSent : new IOException[] {new SocketTimeoutException("Read timed out"),
                new SocketException("Connection reset"), new NoHttpResponseException("no response"),
                new IOException("stream closed")}) {
            assertThat(TwilioFailures.of(transport(maybeSent)).outcome()).as(maybeSent.getClass().getSimpleName())
                    .isEqualTo(Outcome.AMBIGUOUS);
        }
    }

    @Test
    void an_unreadable_answer_is_ambiguous() {
        var sdk = new ApiException("Unexpected end-of-input", new JsonParseException(null, "Unexpected end-of-input"));

        assertThat(TwilioFailures.of(sdk)).satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS);
            assertThat(e.getMessage()).contains("JsonParseException");
            assertThat(e.getCause()).as("a parser's text can quote the body").isNull();
        });
        assertThat(TwilioFailures.withoutSid().outcome()).isEqualTo(Outcome.AMBIGUOUS);
    }

    private static ApiConnectionException transport(IOException cause) {
        return new ApiConnectionException("Twilio request failed: " + cause, cause);
    }
}
