package london.victimvoice.portal.voice;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The answer table holds nothing that could point at a person, and neither table holds a time
 * finer than a day. Fast, on H2; {@link AnswerRelinkIT} checks the same and much more on MariaDB.
 * Adding a column to either table fails here until the allow-list in {@link VoiceSchema} is changed
 * on purpose.
 */
@SpringBootTest
@ActiveProfiles("test")
class VoiceSchemaTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_answer_table_has_exactly_the_allowed_columns_and_only_a_day() throws Exception {
        var columns = VoiceSchema.columns(dataSource, "voice_answer");
        assertThat(columns.keySet()).containsExactlyInAnyOrderElementsOf(VoiceSchema.ANSWER_COLUMNS);
        assertThat(columns.values()).noneMatch(VoiceSchema.TIME_TYPES::contains);
        assertThat(columns.get("answered_on")).isEqualTo("DATE");
        assertThat(columns.keySet()).noneMatch(c -> c.contains("participant") || c.contains("session")
                || c.contains("ip") && !c.equals("receipt_hash") || c.contains("agent") || c.contains("user")
                || c.endsWith("_at") || c.contains("created") || c.contains("by"));
    }

    @Test
    void the_has_answered_table_holds_who_and_which_question_and_no_time() throws Exception {
        var columns = VoiceSchema.columns(dataSource, "voice_answered");
        assertThat(columns.keySet()).containsExactlyInAnyOrderElementsOf(VoiceSchema.ANSWERED_COLUMNS);
        assertThat(columns.values()).noneMatch(VoiceSchema.TIME_TYPES::contains);
    }
}
