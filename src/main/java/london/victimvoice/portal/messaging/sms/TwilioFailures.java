package london.victimvoice.portal.messaging.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.twilio.exception.TwilioException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.MessageSendException.Outcome;
import london.victimvoice.portal.messaging.sms.TwilioHttpClient.TwilioErrorResponse;

/**
 * What a failed create means for the message. The question is always "could Twilio have taken
 * it?": only an answer from Twilio, or a connection that never opened, says no for sure.
 */
final class TwilioFailures {

    /** Twilio's "too many requests" error, sometimes without HTTP 429. */
    static final int TOO_MANY_REQUESTS = 20429;

    private TwilioFailures() {
    }

    static MessageSendException of(TwilioException e) {
        if (e instanceof TwilioErrorResponse answer) {
            return answered(answer);
        }
        var io = ioCause(e);
        if (io != null && neverConnected(io)) {
            return new MessageSendException(ChannelType.SMS, null, Outcome.UNAVAILABLE,
                    "Twilio could not be reached (" + io.getClass().getSimpleName() + "): the SMS was not sent", e);
        }
        if (io != null) {
            return new MessageSendException(ChannelType.SMS, null, Outcome.AMBIGUOUS,
                    "The connection to Twilio failed after the SMS was sent (" + io.getClass().getSimpleName()
                            + "): Twilio may have it",
                    e);
        }
        // A 2xx we could not read: Twilio has most likely taken the message. Not chained: a
        // parser's message can quote the answer, which holds the number and the body.
        var why = e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName();
        return new MessageSendException(ChannelType.SMS, null, Outcome.AMBIGUOUS,
                "Twilio's answer could not be read (" + why + "): it may have the SMS", null);
    }

    /** A 2xx whose JSON parsed but has no sid: taken, most likely, but we cannot say under which id. */
    static MessageSendException withoutSid() {
        return new MessageSendException(ChannelType.SMS, null, Outcome.AMBIGUOUS,
                "Twilio accepted the SMS but its answer had no message id", null);
    }

    private static MessageSendException answered(TwilioErrorResponse answer) {
        int status = answer.httpStatus();
        var code = answer.getCode();
        var codeText = code == null ? null : String.valueOf(code);
        // The SDK exception is not chained: it adds nothing, and logs should carry our words only.
        var what = "Twilio answered HTTP " + status + (code == null ? ""
                : " with error " + code + ", see https://www.twilio.com/docs/errors/" + code);
        if (status == 429 || (code != null && code == TOO_MANY_REQUESTS)) {
            return new MessageSendException(ChannelType.SMS, codeText, Outcome.RATE_LIMITED, what + ": slow down", null);
        }
        if (status >= 500) {
            return new MessageSendException(ChannelType.SMS, codeText, Outcome.UNAVAILABLE, what + ": not sent", null);
        }
        if (status == 401 || status == 408) {
            // Our credentials (401) or a request that never arrived whole (408): not this message's
            // fault, so it must stay sendable once the setting is fixed or the network recovers.
            return new MessageSendException(ChannelType.SMS, codeText, Outcome.UNAVAILABLE, what + ": not sent", null);
        }
        if (status >= 400) {
            return new MessageSendException(ChannelType.SMS, codeText, Outcome.REFUSED, "Twilio refused the SMS: " + what, null);
        }
        // 1xx or 3xx: not an answer Twilio gives to a create; we cannot tell what happened.
        return new MessageSendException(ChannelType.SMS, codeText, Outcome.AMBIGUOUS, what + ": unexpected", null);
    }

    private static @Nullable IOException ioCause(Throwable e) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException) {
                // An IOException to Jackson, but the connection was fine: the answer was unreadable.
                return null;
            }
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Failures that happen before a single byte of the request can have left: no connection,
     * no route, no such host, or no free connection in our own pool.
     */
    private static boolean neverConnected(IOException e) {
        return e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof ConnectionRequestTimeoutException
                || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException;
    }
}
