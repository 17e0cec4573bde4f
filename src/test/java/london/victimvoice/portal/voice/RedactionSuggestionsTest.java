package london.victimvoice.portal.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of suggestion, where it starts and ends, and everyday words that must not be flagged. */
class RedactionSuggestionsTest {

    private final RedactionSuggestions suggestions = new RedactionSuggestions();

    /** The flagged parts, as "KIND:text". */
    private List<String> found(String text) {
        return suggestions.find(text).stream().map(s -> s.kind() + ":" + s.of(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My name is Jordan Blake and I was scared | NAME:Jordan Blake",
            "my name's Priti | NAME:Priti",
            "The officer, Mr Smith, never called back | NAME:Mr Smith",
            "I spoke to Dr. Okafor twice | NAME:Dr. Okafor",
            "Mrs Patel was kind | NAME:Mrs Patel",
            "a man called Dean followed me | NAME:Dean",
            "my neighbour named Tariq Hussain saw it | NAME:Tariq Hussain",
            "I told Sarah at the front desk | NAME:Sarah",
    })
    void names(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ring me on 07700 900123 please | PHONE:07700 900123",
            "my mobile is 07700900123. | PHONE:07700900123",
            "call +44 7700 900123 any time | PHONE:+44 7700 900123",
            "the station on 020 7946 0018 | PHONE:020 7946 0018",
            "(020) 7946 0018 is the number | PHONE:(020) 7946 0018",
            "or 0117-496-0123 | PHONE:0117-496-0123",
    })
    void phone_numbers(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void email_addresses_win_over_the_name_inside_them() {
        assertThat(found("write to jo.bloggs+forum@example.co.uk today")).containsExactly(
                "EMAIL:jo.bloggs+forum@example.co.uk");
        assertThat(found("Sarah@example.org")).containsExactly("EMAIL:Sarah@example.org");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I live near SE1 7AA now | POSTCODE:SE1 7AA",
            "it was in sw1a1aa | POSTCODE:sw1a1aa",
            "postcode M1 1AE. | POSTCODE:M1 1AE",
            "EC2V 7HH | POSTCODE:EC2V 7HH",
    })
    void postcodes(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "They came to 12 Acacia Avenue at night | ADDRESS:12 Acacia Avenue",
            "I live at 221b Baker Street. | ADDRESS:221b Baker Street.",
            "at 4 Mill Lane | ADDRESS:4 Mill Lane",
            "outside 7 Long Acre Road | ADDRESS:7 Long Acre Road",
            "45 Queens Close | ADDRESS:45 Queens Close",
    })
    void street_addresses(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void an_address_with_its_postcode_gives_both() {
        assertThat(found("1 Example Street, London SE1 7AA")).containsExactly("ADDRESS:1 Example Street",
                "POSTCODE:SE1 7AA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I was born 12/03/1985 | DATE:12/03/1985",
            "on 1.2.99 it started | DATE:1.2.99",
            "since 12 March 1985 | DATE:12 March 1985",
            "on the 3rd of May | DATE:3rd of May",
            "on March 12, 1985 | DATE:March 12, 1985",
            "I was born on the 4th of July 1990 | DATE:born on the 4th of July 1990",
            "born in 1972 in Leeds | DATE:born in 1972",
            "born in March | DATE:born in March",
    })
    void dates(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I rang 999 and waited an hour",
            "I rang 101 twice",
            "It happened in March and nobody called back",
            "I called the police and they came in May",
            "I called Victim Support the next day",
            "I may be wrong but it took 3 weeks",
            "We were on the 2nd floor of the station",
            "They said it would take 10 to 12 days",
            "My name is not important",
            "born on a bad day",
            "There were 2 kids on the way home",
            "Will the officers listen? Grace and patience are needed.",
            "The case number was 5 out of 10 on the list",
            "I waited 45 minutes for a call back",
    })
    void everyday_words_are_not_flagged(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void spans_come_in_order_without_overlaps() {
        var text = "My name is Amy Lee, I live at 3 Rose Lane SE15 4QF, call 07700 900123 or amy@example.org; "
                + "born 02/05/1990";
        assertThat(found(text)).containsExactly("NAME:Amy Lee", "ADDRESS:3 Rose Lane", "POSTCODE:SE15 4QF",
                "PHONE:07700 900123", "EMAIL:amy@example.org", "DATE:02/05/1990");
        var spans = suggestions.find(text);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }

    @Test
    void taking_out_replaces_each_span_with_its_placeholder() {
        var text = "Mr Jones rang me on 07700 900123 about 12 Acacia Avenue";
        assertThat(suggestions.takeOut(text, kind -> "[" + kind.name().toLowerCase() + "]"))
                .isEqualTo("[name] rang me on [phone] about [address]");
        assertThat(suggestions.takeOut("nothing to see", kind -> "x")).isEqualTo("nothing to see");
    }
}
