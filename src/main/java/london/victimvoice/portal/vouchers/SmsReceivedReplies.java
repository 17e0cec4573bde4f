package london.victimvoice.portal.vouchers;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ReceivedReplies;

/**
 * RECEIVED by text confirms the person's oldest voucher that was given and not yet confirmed,
 * through the same rules as the website. The reply says "gift", never "voucher", as a text may be
 * read by someone else; with nothing outstanding it thanks them and nothing changes.
 */
@Component
class SmsReceivedReplies implements ReceivedReplies {

    private final VoucherReceipts receipts;
    private final MessageSource texts;

    SmsReceivedReplies(VoucherReceipts receipts, MessageSource texts) {
        this.receipts = receipts;
        this.texts = texts;
    }

    @Override
    @Transactional
    public String received(UUID participantId) {
        var confirmed = receipts.confirmOldestBySms(participantId);
        return texts.getMessage(confirmed ? "vouchers.receipt.sms.thanks" : "vouchers.receipt.sms.none", null,
                Locale.UK);
    }
}
