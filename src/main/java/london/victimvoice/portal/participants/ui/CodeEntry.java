package london.victimvoice.portal.participants.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.security.CodeCheckResult;
import london.victimvoice.portal.security.CodeSendResult;

/**
 * Where a 6-digit code is typed, once one has gone: what was sent where, the code field (it
 * accepts paste and the phone's code autofill), Continue, and when a new code can be asked for.
 * Hidden until the first send. Used by "Check it's you" in the sign-up and by signing in.
 */
class CodeEntry extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    private final TextField code = new TextField();
    private final Paragraph sentTo = new Paragraph();
    private final Paragraph sendAgainHint = new Paragraph();

    CodeEntry(Runnable onContinue) {
        code.setId("code");
        code.setLabel(getTranslation("join.verify.code"));
        code.setHelperText(getTranslation("join.verify.codeHint"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("spellcheck", "false");
        var check = new Button(getTranslation("form.continue"), e -> onContinue.run());
        check.setId("continue");
        check.addClassName("button-primary");
        sentTo.getElement().setAttribute("role", "status");
        sendAgainHint.addClassName("hint");
        var actions = new Div(check);
        actions.addClassName("form-actions");
        add(sentTo, code, actions, sendAgainHint);
        setVisible(false);
    }

    /** A code went: say where (in the caller's words), empty the field and put focus in it. */
    void sent(String whereItWent, CodeSendResult result) {
        sentTo.setText(whereItWent);
        sendAgainHint.setText(getTranslation("join.verify.sendAgainFrom", time(result.sendAgainFrom())));
        setVisible(true);
        code.clear();
        code.focus();
    }

    String typed() {
        return code.getValue();
    }

    /** Adds the plain-words reason a send was refused, with when to try again. */
    void refused(ErrorSummary errors, CodeSendResult result) {
        var key = switch (result.outcome()) {
            case COOLDOWN -> "join.verify.error.cooldown";
            case TOO_MANY_FOR_CONTACT -> "join.verify.error.tooManyForContact";
            case TOO_MANY_FROM_IP -> "join.verify.error.tooManyFromIp";
            case SENT -> throw new IllegalArgumentException("not a refusal");
        };
        errors.add(getTranslation(key, time(result.sendAgainFrom())));
    }

    /** Adds the error, linked to the code field, for a code that did not prove the contact. */
    void wrong(ErrorSummary errors, CodeCheckResult result) {
        var message = switch (result.outcome()) {
            case WRONG -> result.triesLeft() > 0 ? getTranslation("join.verify.error.wrong", result.triesLeft())
                    : getTranslation("join.verify.error.lastTryUsed");
            case EXPIRED -> getTranslation("join.verify.error.expired");
            case TOO_MANY_TRIES -> getTranslation("join.verify.error.tooManyTries");
            case NO_CODE -> getTranslation("join.verify.error.noCode");
            case VERIFIED -> throw new IllegalArgumentException("not a failure");
        };
        errors.add(code, message);
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
