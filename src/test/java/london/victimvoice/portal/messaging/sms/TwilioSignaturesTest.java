package london.victimvoice.portal.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.support.TestMessaging;

/**
 * Signatures are computed here by hand from Twilio's published rule (HMAC-SHA1 with the auth
 * token over the URL followed by each form parameter's name and value, sorted by name, in
 * Base64), not by the SDK the class under test uses.
 */
class TwilioSignaturesTest {

    private static final String TOKEN = "12345678901234567890123456789012";
    private static final String URL = "https://portal.example.org/webhooks/twilio/status?ref=0b6d8c1e-3f4a-4c5b-9d6e-7f8091a2b3c4";
    private static final Map<String, String> FORM = form();

    private final TwilioSignatures signatures = new TwilioSignatures(TOKEN);

    @Test
    void a_signature_made_with_the_auth_token_over_url_and_sorted_parameters_is_valid() {
        assertThat(signatures.isValid(URL, FORM, sign(TOKEN, URL, FORM))).isTrue();
    }

    @Test
    void the_known_example_from_twilios_own_library_tests_is_valid() {
        var url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Digits", "1234");
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("To", "+18005551212");
        params.put("Caller", "+14158675309");
        params.put("From", "+14158675309");

        assertThat(new TwilioSignatures("12345").isValid(url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
        assertThat(sign("12345", url, params)).as("our hand-made HMAC agrees").isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_missing_or_blank_signature_is_never_valid(String signature) {
        assertThat(signatures.isValid(URL, FORM, signature)).isFalse();
    }

    @Test
    void a_signature_made_with_another_token_is_forged() {
        assertThat(signatures.isValid(URL, FORM, sign("another-token", URL, FORM))).isFalse();
    }

    @Test
    void a_changed_parameter_breaks_the_signature() {
        var signature = sign(TOKEN, URL, FORM);
        var changed = new TreeMap<>(FORM);
        changed.put("MessageStatus", "delivered");

        assertThat(signatures.isValid(URL, changed, signature)).isFalse();
    }

    @Test
    void an_added_parameter_breaks_the_signature() {
        var signature = sign(TOKEN, URL, FORM);
        var more = new TreeMap<>(FORM);
        more.put("Extra", "1");

        assertThat(signatures.isValid(URL, more, signature)).isFalse();
    }

    @Test
    void another_url_or_another_reference_breaks_the_signature() {
        var signature = sign(TOKEN, URL, FORM);

        assertThat(signatures.isValid(URL.replace("0b6d8c1e", "1b6d8c1e"), FORM, signature)).isFalse();
        assertThat(signatures.isValid("http://internal:8080/webhooks/twilio/status?ref=0b6d8c1e-3f4a-4c5b-9d6e-7f8091a2b3c4",
                FORM, signature)).as("the URL seen behind a proxy is not the one Twilio signed").isFalse();
    }

    @Test
    void a_garbage_url_is_not_valid_and_does_not_throw() {
        assertThat(signatures.isValid("ht tp://bad url", FORM, sign(TOKEN, "ht tp://bad url", FORM))).isFalse();
        assertThat(signatures.isValid("", FORM, sign(TOKEN, "", FORM))).isFalse();
        assertThat(signatures.isValid("/webhooks/twilio/status", FORM, sign(TOKEN, "/webhooks/twilio/status", FORM)))
                .as("a relative URL is a setting gone wrong").isFalse();
    }

    @Test
    void a_servlet_parameter_map_with_the_query_string_mixed_in_is_checked_on_the_form_alone() {
        Map<String, String[]> servlet = new LinkedHashMap<>();
        FORM.forEach((name, value) -> servlet.put(name, new String[] {value}));
        servlet.put("ref", new String[] {"0b6d8c1e-3f4a-4c5b-9d6e-7f8091a2b3c4"});

        assertThat(signatures.isValidServletRequest(URL, servlet, sign(TOKEN, URL, FORM))).isTrue();
        assertThat(signatures.isValidServletRequest(URL, servlet, sign(TOKEN + "x", URL, FORM))).isFalse();

        servlet.put("MessageStatus", new String[] {"sent", "delivered"});
        assertThat(signatures.isValidServletRequest(URL, servlet, sign(TOKEN, URL, FORM)))
                .as("a repeated form parameter").isFalse();
    }

    @Test
    void without_an_auth_token_there_is_nothing_to_check_with() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TwilioSignatures(" "));
        var noToken = new MessagingProperties(MessagingProperties.Delivery.PROVIDERS,
                new MessagingProperties.Twilio("AC1", null, "+447700900001", null, null, Duration.ofHours(4), null,
                        Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new MessagingProperties.Email(null), TestMessaging.OUTBOX, TestMessaging.LINKS);
        assertThatIllegalStateException().isThrownBy(() -> TwilioSignatures.from(noToken))
                .withMessageContaining("auth-token");
    }

    private static Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", "+447700900123");
        form.put("MessageStatus", "undelivered");
        form.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
        form.put("AccountSid", "AC00000000000000000000000000000001");
        form.put("ErrorCode", "30003");
        form.put("From", "+447700900000");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    private static String sign(String token, String url, Map<String, String> params) {
        var data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
