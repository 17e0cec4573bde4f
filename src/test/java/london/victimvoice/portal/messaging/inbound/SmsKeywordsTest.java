package london.victimvoice.portal.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsKeywordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"YES", "yes", "Yes", " YES ", "Yes!", "yes.", "\"yes\"", "Yes 👍", "\n yes \n", "ＹＥＳ",
            "...YES...", "(yes)", "yEs?"})
    void yes_alone_whatever_the_case_spaces_or_punctuation_is_yes(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.YES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "no", "No.", " No! ", "no 😞"})
    void no_alone_is_no(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.NO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y", "N", "yeah", "yep", "Yes please", "yes I'll be there", "no thanks", "Nope", "yes yes",
            "y e s", "yesno", "noo", "yes.no", "I said no", "not sure", "ДА", "no no", "YES, but late"})
    void anything_but_the_bare_word_is_not_an_rsvp_because_a_wrong_guess_changes_who_is_expected(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop.", "STOPALL", "UNSUBSCRIBE", "cancel", "END", "quit!", "OPTOUT",
            "revoke", " Stop ", "ＳＴＯＰ", "ﬆop"})
    void twilios_opt_out_keywords_are_stop(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.STOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"please stop texting me", "Stop messaging me", "don't text me any more",
            "Please STOP sending me these messages!", "stop the texts", "Stop contacting me.", "stop sms",
            "STOP ALL", "stop it", "Stop now please", "No, stop.", "stop stop stop", "STOP please",
            "Please unsubscribe me", "How do I unsubscribe?", "opt out", "Opt-out please",
            "I don't want any more texts", "Do not text me again", "I do not wish to receive messages",
            "no more texts please", "I no longer want messages from you", "Never contact me again",
            "dont text me", "Don’t message me anymore", "Thanks for the reminder. Stop texting me though",
            "I moved away.\nPlease stop sending reminders", "i dont want these texts", "quit texting me",
            "stop with the messages", "Stop sending me texts thank you"})
    void plain_sentences_asking_to_stop_messages_are_stop(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.STOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the bus stop was dark", "Nothing will stop me coming", "I'll stop by after work",
            "Please don't stop texting me", "don't stop the reminders", "Do not stop sending me messages",
            "Don't text me before 10am", "don't text me on Sundays", "I don't want to unsubscribe",
            "Can you stop the meeting early?", "no more meetings on Fridays?", "I'm not texting from my phone",
            "stopped at the station", "I stopped smoking", "don't want to miss messages", "I did not get the text",
            "I don't get the texts", "I didn't receive the message", "Stop being silly. I'll come", "cancel my place please", "end of message"})
    void sentences_that_only_mention_stop_or_messages_in_another_sense_are_not_stop(String body) {
        assertThat(SmsKeywords.parse(body)).isNotEqualTo(SmsKeyword.STOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Unstop", "unstop!"})
    void start_and_unstop_opt_back_in(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "help?", "Info", "INFO"})
    void help_and_info_ask_for_help(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECEIVED", "received", "Received.", "recieved"})
    void received_is_for_the_voucher_module(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.RECEIVED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t", "!!!", "😀", "?", "12345", "\u0000\u0001\u0002", "\uD83D", "\uDE00\uD83D",
            "hello", "What time is it?", "start the meeting", "help me find the room", "received it, thanks"})
    void empty_junk_and_other_replies_are_other(String body) {
        assertThat(SmsKeywords.parse(body)).isEqualTo(SmsKeyword.OTHER);
    }

    @Test
    void stop_survives_junk_around_it_and_unpaired_surrogates() {
        assertThat(SmsKeywords.parse("\uD83Dstop\uDE00")).isEqualTo(SmsKeyword.STOP);
        assertThat(SmsKeywords.parse("\u0000\u0000STOP\u0000")).isEqualTo(SmsKeyword.STOP);
    }

    @Test
    void ten_thousand_characters_are_read_without_failing() {
        assertThat(SmsKeywords.parse("a".repeat(10_000))).isEqualTo(SmsKeyword.OTHER);
        assertThat(SmsKeywords.parse(" ".repeat(9_997) + "YES")).isEqualTo(SmsKeyword.YES);
        assertThat(SmsKeywords.parse("hello ".repeat(1_600) + "stop texting me")).isEqualTo(SmsKeyword.STOP);
    }

    @Test
    void binary_junk_is_other_without_failing() {
        var random = new Random(5);
        for (int round = 0; round < 200; round++) {
            var junk = new char[1 + random.nextInt(2_000)];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            assertThat(SmsKeywords.parse(new String(junk))).isNotNull();
        }
    }

    @Test
    void adversarial_bodies_take_linear_time() {
        // every word starts a negation or a stop look-ahead: quadratic work would show here
        String[] worst = {"don't ".repeat(2_000), "stop ".repeat(2_000), "don't send ".repeat(1_000),
                "no more ".repeat(1_250), "stop me ".repeat(1_250), "don't text me x ".repeat(600),
                "'".repeat(10_000), "a'".repeat(5_000), "\uFDFA".repeat(10_000)};
        for (String body : worst) {
            SmsKeywords.parse(body); // warm up
        }
        long start = System.nanoTime();
        for (String body : worst) {
            SmsKeywords.parse(body);
        }
        assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
    }
}
