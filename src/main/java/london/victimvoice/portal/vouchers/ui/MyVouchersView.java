package london.victimvoice.portal.vouchers.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.vouchers.Delivery;
import london.victimvoice.portal.vouchers.OwnVoucher;
import london.victimvoice.portal.vouchers.OwnVoucher.Stage;
import london.victimvoice.portal.vouchers.VoucherReceipts;
import london.victimvoice.portal.vouchers.VoucherRefused;

/**
 * "Thank-you vouchers": what the participant has been given and can say arrived (the code shown
 * here to them alone), what is on its way, what they have confirmed, and plain words about
 * vouchers and benefits with where to get free advice. Nothing here says how a voucher is decided.
 */
@Route(value = MyVouchersView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one; the page guards itself.
@AnonymousAllowed
class MyVouchersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "vouchers";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final VoucherReceipts receipts;
    private final ParticipantSessions sessions;
    private final Paragraph status = new Paragraph();
    private final Div given = new Div();
    private final Div onItsWay = new Div();
    private final Div confirmed = new Div();
    private @Nullable UUID participantId;

    MyVouchersView(VoucherReceipts receipts, ParticipantSessions sessions) {
        this.receipts = receipts;
        this.sessions = sessions;
        addClassName("vouchers-page");
        var back = new Anchor("account", getTranslation("form.back"));
        back.addClassName("back-link");
        status.setId("vouchers-received-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        given.setId("vouchers-given");
        onItsWay.setId("vouchers-on-its-way");
        confirmed.setId("vouchers-confirmed");
        add(back, new H1(getTranslation("vouchers.receipt.heading")),
                new Paragraph(getTranslation("vouchers.receipt.intro")), status,
                new H2(getTranslation("vouchers.receipt.given.heading")), given,
                new H2(getTranslation("vouchers.receipt.onItsWay.heading")), onItsWay,
                new H2(getTranslation("vouchers.receipt.confirmed.heading")), confirmed,
                benefits());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = sessions.current();
        if (current.isEmpty()) {
            event.forwardTo("sign-in");
            return;
        }
        participantId = current.get();
        show();
    }

    private void show() {
        if (participantId == null) {
            return;
        }
        var mine = receipts.mine(participantId);
        fill(given, mine, Stage.GIVEN, "vouchers.receipt.given.none");
        fill(onItsWay, mine, Stage.ON_ITS_WAY, "vouchers.receipt.onItsWay.none");
        fill(confirmed, mine, Stage.CONFIRMED, "vouchers.receipt.confirmed.none");
    }

    private void fill(Div section, List<OwnVoucher> mine, Stage stage, String noneKey) {
        section.removeAll();
        var these = mine.stream().filter(v -> v.stage() == stage).toList();
        if (these.isEmpty()) {
            section.add(new Paragraph(getTranslation(noneKey)));
            return;
        }
        if (stage == Stage.ON_ITS_WAY) {
            var list = new UnorderedList();
            these.forEach(v -> {
                var item = new ListItem(getTranslation("vouchers.receipt.onItsWay.item", pounds(v.valuePence()),
                        day(v.meetingDay())));
                item.setId("voucher-" + v.id());
                list.add(item);
            });
            section.add(list, new Paragraph(getTranslation("vouchers.receipt.onItsWay.help")));
            return;
        }
        these.forEach(v -> section.add(card(v)));
    }

    private Div card(OwnVoucher voucher) {
        var card = new Div();
        card.setId("voucher-" + voucher.id());
        card.addClassName("voucher-card");
        card.add(new H3(getTranslation("vouchers.receipt.card.heading", pounds(voucher.valuePence()),
                day(voucher.meetingDay()))));
        if (voucher.code() != null) {
            var code = new Span(voucher.code());
            code.setId("voucher-code-" + voucher.id());
            code.addClassName("voucher-code");
            card.add(new Paragraph(getTranslation("vouchers.receipt.card.code")), new Paragraph(code));
        } else if (voucher.delivery() == Delivery.IN_PERSON) {
            card.add(new Paragraph(getTranslation("vouchers.receipt.card.inPerson")));
        }
        if (voucher.stage() == Stage.CONFIRMED) {
            card.add(new Paragraph(voucher.confirmedAt() == null ? getTranslation("vouchers.receipt.card.confirmed")
                    : getTranslation("vouchers.receipt.card.confirmedOn", LondonTimes.day(voucher.confirmedAt()))));
            return card;
        }
        var received = new Button(getTranslation("vouchers.receipt.received"), e -> confirm(voucher));
        received.setId("voucher-received-" + voucher.id());
        received.addClassName("button-primary");
        received.setAriaLabel(getTranslation("vouchers.receipt.receivedNamed", pounds(voucher.valuePence()),
                day(voucher.meetingDay())));
        var actions = new Div(received);
        actions.addClassName("form-actions");
        card.add(new Paragraph(getTranslation("vouchers.receipt.card.tellUs")), actions);
        return card;
    }

    private void confirm(OwnVoucher voucher) {
        if (participantId == null) {
            return;
        }
        try {
            var done = receipts.confirm(participantId, voucher.id());
            say(getTranslation("vouchers.receipt.thanks", pounds(done.valuePence())));
        } catch (VoucherRefused refused) {
            say(getTranslation(refused.messageKey(), refused.arguments()));
        }
        show();
    }

    private Div benefits() {
        var citizensAdvice = new Anchor("https://www.citizensadvice.org.uk/benefits/",
                getTranslation("vouchers.receipt.benefits.citizensAdvice"));
        citizensAdvice.setId("advice-citizens-advice");
        var turn2us = new Anchor("https://www.turn2us.org.uk/", getTranslation("vouchers.receipt.benefits.turn2us"));
        turn2us.setId("advice-turn2us");
        var advice = new UnorderedList(
                new ListItem(citizensAdvice, new Span(" " + getTranslation("vouchers.receipt.benefits.citizensAdviceMore"))),
                new ListItem(turn2us, new Span(" " + getTranslation("vouchers.receipt.benefits.turn2usMore"))));
        var section = new Div(new H2(getTranslation("vouchers.receipt.benefits.heading")),
                new Paragraph(getTranslation("vouchers.receipt.benefits.income")),
                new Paragraph(getTranslation("vouchers.receipt.benefits.depends")),
                new Paragraph(getTranslation("vouchers.receipt.benefits.advice")), advice,
                new Paragraph(getTranslation("vouchers.receipt.benefits.private")));
        section.setId("vouchers-benefits");
        return section;
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
    }

    static String pounds(int pence) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(pence / 100.0);
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "vouchers.receipt.title");
    }
}
