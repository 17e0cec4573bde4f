package london.victimvoice.portal.messaging.devoutbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SmsReplies;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;

/**
 * "Simulate a reply": what Twilio would pass on when someone texts the portal, so the whole
 * two-way flow (YES, NO, STOP, START, HELP, RECEIVED) can be tried without a Twilio account. The
 * answer the portal would text back is kept in the dev outbox too.
 */
class DevOutboxSimulator extends Div {

    private final ErrorSummary errors = new ErrorSummary();
    private final TextField from = new TextField();
    private final TextField body = new TextField();
    private final Paragraph result = new Paragraph();

    DevOutboxSimulator(SmsReplies replies, DevOutbox outbox, Runnable refresh) {
        addClassName("dev-outbox-simulate");
        from.setId("simulate-from");
        from.setLabel(getTranslation("devOutbox.simulate.from"));
        from.setHelperText(getTranslation("devOutbox.simulate.fromHint"));
        from.getElement().setAttribute("inputmode", "tel");
        from.setMaxLength(OutgoingMessage.RECIPIENT_MAX_LENGTH);
        body.setId("simulate-body");
        body.setLabel(getTranslation("devOutbox.simulate.body"));
        body.setHelperText(getTranslation("devOutbox.simulate.bodyHint"));
        body.setMaxLength(OutgoingMessage.SMS_BODY_MAX_LENGTH);
        result.setId("simulate-result");
        result.getElement().setAttribute("role", "status");
        result.addClassName("form-status");
        var send = new Button(getTranslation("devOutbox.simulate.send"), e -> {
            errors.clear();
            result.setText("");
            var number = from.getValue().replace(" ", "").strip();
            if (!number.matches("\\+[1-9][0-9]{6,14}")) {
                errors.add(from, getTranslation("devOutbox.simulate.error.from"));
                errors.show();
                return;
            }
            var reply = replies.handle(number, body.getValue());
            outbox.keepReply(number, reply);
            result.setText(getTranslation("devOutbox.simulate.replied", reply));
            body.clear();
            refresh.run();
        });
        send.setId("simulate-send");
        send.addClassName("button-primary");
        add(new H2(getTranslation("devOutbox.simulate.heading")), errors, from, body, send, result);
    }
}
