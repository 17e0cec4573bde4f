package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import london.victimvoice.portal.messaging.SmsSegments.Encoding;

/** The segment count agrees with a plain recount of the same body, whatever the body. */
class SmsSegmentsFuzzTest {

    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    @FuzzTest(maxDuration = "10s")
    void segments_agree_with_the_encoding_and_length(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();

        SmsSegments count = SmsSegments.of(body);

        boolean gsm = body.chars().allMatch(c -> SmsSegmentsTest.GSM_BASIC.indexOf(c) >= 0
                || GSM_EXTENSION.indexOf(c) >= 0);
        assertThat(count.encoding()).isEqualTo(gsm ? Encoding.GSM_7 : Encoding.UCS_2);
        long extension = body.chars().filter(c -> GSM_EXTENSION.indexOf(c) >= 0).count();
        assertThat(count.characters()).isEqualTo(gsm ? body.length() + extension : body.length());

        int single = gsm ? SmsSegments.GSM_7_SINGLE : SmsSegments.UCS_2_SINGLE;
        int part = gsm ? SmsSegments.GSM_7_PART : SmsSegments.UCS_2_PART;
        int n = count.characters();
        if (n == 0) {
            assertThat(count.segments()).isZero();
        } else if (n <= single) {
            assertThat(count.segments()).isOne();
        } else {
            // never fewer parts than the arithmetic allows; at most one unit lost per part to a
            // character that would not be split
            assertThat(count.segments()).isBetween(ceil(n, part), ceil(n, part - 1));
        }
        assertThat(count.aboveWarning()).isEqualTo(count.segments() > 2);
    }

    private static int ceil(int n, int d) {
        return (n + d - 1) / d;
    }
}
