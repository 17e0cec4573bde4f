package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Summer picnic|summer-picnic",
            "  Café évening!! |cafe-evening",
            "A -- b__c|a-b-c",
            "2027 AGM|2027-agm",
            "!!!|''",
            "Straße|stra-e"})
    void a_name_becomes_a_lower_case_id(String name, String id) {
        assertThat(TemplateRules.slug(name)).isEqualTo(id);
    }
}
