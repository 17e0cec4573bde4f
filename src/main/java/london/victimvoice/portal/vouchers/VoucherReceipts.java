package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.participants.SealedText;
import london.victimvoice.portal.vouchers.OwnVoucher.Stage;

/**
 * A participant's own thank-you vouchers and their "I received my voucher". Only the owner ever
 * gets a code opened here. Nothing said to them mentions how a voucher is decided or paid for:
 * anything not given yet is simply on its way.
 */
@Service
public class VoucherReceipts {

    /** The column and row a code is sealed to, as the issue step seals it. */
    static final String CODE_COLUMN = "voucher_code.code_sealed";
    private static final Logger log = LoggerFactory.getLogger(VoucherReceipts.class);

    private final ReceiptStore store;
    private final SealedText sealed;
    private final Clock clock;

    VoucherReceipts(ReceiptStore store, SealedText sealed, Clock clock) {
        this.store = store;
        this.sealed = sealed;
        this.clock = clock;
    }

    /** Their vouchers, newest meeting first; withdrawn ones are not shown. */
    @Transactional(readOnly = true)
    public List<OwnVoucher> mine(UUID participantId) {
        return store.ofParticipant(participantId).stream().map(this::own).toList();
    }

    /**
     * The owner says a voucher that was sent or handed over has arrived.
     *
     * @throws VoucherRefused {@code vouchers.receipt.notFound} when it is not theirs (or not there),
     *                        {@code vouchers.receipt.alreadyConfirmed} when they said so before,
     *                        {@code vouchers.receipt.notYet} when it has not been given yet; nothing changes
     */
    @Transactional
    public OwnVoucher confirm(UUID participantId, UUID voucherId) {
        var status = store.lockOwn(participantId, voucherId)
                .orElseThrow(() -> new VoucherRefused("vouchers.receipt.notFound"));
        switch (status) {
            case CONFIRMED -> throw new VoucherRefused("vouchers.receipt.alreadyConfirmed");
            case ISSUED -> {
            }
            case WITHDRAWN -> throw new VoucherRefused("vouchers.receipt.notFound");
            default -> throw new VoucherRefused("vouchers.receipt.notYet");
        }
        if (!store.confirm(voucherId, ConfirmedVia.PORTAL, now())) {
            throw new VoucherRefused("vouchers.receipt.alreadyConfirmed");
        }
        log.info("Voucher {} confirmed by its owner on the website", voucherId);
        return own(store.find(voucherId).orElseThrow());
    }

    /**
     * Confirms the person's oldest voucher that was given and not yet confirmed (a RECEIVED text).
     *
     * @return false when they had none: nothing changed
     */
    @Transactional
    boolean confirmOldestBySms(UUID participantId) {
        var oldest = store.lockOldestGiven(participantId);
        if (oldest.isEmpty() || !store.confirm(oldest.get(), ConfirmedVia.SMS, now())) {
            return false;
        }
        log.info("Voucher {} confirmed by its owner by text", oldest.get());
        return true;
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private OwnVoucher own(ReceiptStore.Receipt r) {
        var stage = switch (r.status()) {
            case CONFIRMED -> Stage.CONFIRMED;
            case ISSUED -> Stage.GIVEN;
            default -> Stage.ON_ITS_WAY;
        };
        var given = stage != Stage.ON_ITS_WAY;
        String code = given && r.delivery() == Delivery.CODE && r.codeId() != null
                ? sealed.open(r.codeSealed(), CODE_COLUMN, r.codeId()) : null;
        return new OwnVoucher(r.id(), r.meetingDay(), r.valuePence(), stage, given ? r.delivery() : null, code,
                r.confirmedAt());
    }
}
