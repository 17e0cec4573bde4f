package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.voice.ChoicePart;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.Questions;

/**
 * A member answers a question in Chromium at 360 CSS px: the hint that the words look like they
 * hold a phone number appears while typing and goes when it is gone, without a request to the
 * portal; the receipt code is shown after sending, and opens the answer again signed out. The
 * confirmation and the receipt result are audited as the route audit audits pages.
 */
class VoiceAnswerIT extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Questions questions;

    private String openQuestion() {
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        return questions.post(new ForumManager("e2e-voice-admin", true), new NewQuestion("Buses at night",
                "How safe do you feel on buses at night?", "Please do not include names or places.",
                Set.of("open"), null, new ChoicePart("How often do you take the bus at night?",
                        List.of("Most nights", "Sometimes", "Never")), "How safe do you feel?", today,
                today.plusDays(7))).toString();
    }

    @Test
    void the_hint_shows_for_a_phone_number_and_not_for_plain_words_and_nothing_is_sent_while_typing() {
        var question = openQuestion();
        signInAsNewMember();
        Chromium.setViewportWidth(driver, 360, 740);
        open("voice/questions/" + question);
        var before = uidlRequests();

        var text = input("voice-answer-text");
        text.sendKeys("You can ring me on 07700 900123 if you like");
        var hint = waitForHint();
        assertThat(hint).isEqualTo("This looks like it has a phone number in it. You do not have to remove it, "
                + "but it could help someone recognise you.");
        assertThat(find("#voice-answer-count").getText()).isEqualTo("You have 1,957 characters remaining");

        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        text.sendKeys("The buses at night feel unsafe when they are empty");
        new WebDriverWait(driver, WAIT).until(d -> hintText().isEmpty());

        assertThat(uidlRequests()).as("requests to the portal while typing").isEqualTo(before);
        assertThat(js("return document.getElementById('voice-answer-hint').getAttribute('aria-live')"))
                .isEqualTo("polite");
    }

    @Test
    void the_patterns_find_each_kind_of_detail_and_leave_ordinary_words_alone() {
        var question = openQuestion();
        signInAsNewMember();
        open("voice/questions/" + question);
        var samples = new LinkedHashMap<String, String>();
        samples.put("My name is Sam and I live nearby", "name");
        samples.put("I spoke to Mrs Patel about it", "name");
        samples.put("Dr. Okafor was kind", "name");
        samples.put("call 020 7946 0018 any time", "phone");
        samples.put("my number is +44 7700 900123", "phone");
        samples.put("07700900123", "phone");
        samples.put("email me at sam.jones@example.org please", "email");
        samples.put("it happened near SE1 7AA", "postcode");
        samples.put("round by e16 1ze", "postcode");
        samples.put("outside 12 Acacia Avenue last week", "address");
        samples.put("at 221b Baker Street", "address");
        samples.put("my flat at 4 Mill Close", "address");
        samples.put("I was born on 12/03/1985", "birth");
        samples.put("date of birth 1 March 1990", "birth");
        samples.put("12-03-85", "birth");
        samples.put("Call 07700 900123 or write to sam@example.org", "phone email");
        samples.put("The buses at night feel unsafe when they are empty", "");
        samples.put("I waited 3 hours and 20 minutes for 2 officers", "");
        samples.put("We had 5 meetings in 2024 and it got better", "");
        samples.put("About 3 people in court were kind, by the way", "");
        samples.put("Mr nobody helped", "");
        var wrong = new LinkedHashMap<String, String>();
        samples.forEach((sample, expected) -> {
            var found = String.valueOf(js("return window.portalVoiceAnswer.find(arguments[0]).join(' ')", sample));
            if (!found.equals(expected)) {
                wrong.put(sample, "found [" + found + "], expected [" + expected + "]");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_member_answers_keeps_the_receipt_code_and_opens_the_answer_again_signed_out() {
        var question = openQuestion();
        signInAsNewMember();
        Chromium.setViewportWidth(driver, 360, 740);
        open("voice");
        find("#voice-question-" + question + " a").click();
        waitForUrl("voice/questions/" + question);
        input("voice-answer-text").sendKeys("The last bus home is the worst part of the week.");
        choose("vaadin-radio-group#voice-answer-choice vaadin-radio-button", "Sometimes");
        choose("vaadin-radio-group#voice-answer-scale vaadin-radio-button", "2");
        clickButton("voice-answer-send");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("voice-receipt-code")).isEmpty());
        waitForVaadin();
        var code = find("#voice-receipt-code").getText().strip();
        assertThat(code).matches("[a-z]+(-[a-z]+)+-\\d+");
        auditHere("voice-answer-sent");

        driver.manage().deleteAllCookies();
        Chromium.setViewportWidth(driver, 360, 740);
        open("voice/receipt");
        input("receipt-code").sendKeys(code);
        clickButton("receipt-check");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("receipt-found-heading")).isEmpty());
        waitForVaadin();
        assertThat(find("#receipt-result").getText()).contains("Buses at night", "We have your answer")
                .doesNotContain("The last bus home");
        assertThat(driver.findElements(By.cssSelector(".exit-this-page__button"))).as("Exit this page").isNotEmpty();
        auditHere("voice-receipt-found");
    }

    private void auditHere(String name) {
        for (var width : PageAudit.WIDTHS) {
            Chromium.setViewportWidth(driver, width, PageAudit.HEIGHT);
            var audit = PageAudit.of(driver, width);
            if (!audit.problems().isEmpty()) {
                fail(name + " at " + width + " px:\n  " + String.join("\n  ", audit.problems()));
            }
        }
    }

    private String waitForHint() {
        new WebDriverWait(driver, WAIT).until(d -> !hintText().isEmpty());
        return hintText();
    }

    private String hintText() {
        return String.valueOf(js("const h = document.getElementById('voice-answer-hint'); return h ? h.innerText.trim() : ''"));
    }

    private long uidlRequests() {
        return (Long) js("return performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')).length");
    }

}
