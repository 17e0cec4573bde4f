package london.victimvoice.portal.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class SmsKeywordsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void any_body_gets_a_keyword(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        assertThat(SmsKeywords.parse(body)).isNotNull();
    }
}
