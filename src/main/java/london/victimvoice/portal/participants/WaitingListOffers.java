package london.victimvoice.portal.participants;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumPlacesChanged;

/**
 * When a place in a forum comes free, the first person on its waiting list is offered it through
 * a safe channel and has a set time (72 hours) to accept it on their page; otherwise it passes to
 * the next. Offers are made only while the forum accepts members, and never more than its free
 * places.
 * <p>
 * Events say when a place may have come free (someone with a place left; a coordinator changed the
 * capacity or reopened the forum), and are heard after they commit. There is no record of events
 * published, so a sweep every few minutes also expires lapsed offers and makes any owed: a missed
 * event is only late. Every change locks the forum's row ({@link OfferLedger}), so sweeps on two
 * nodes, or a sweep and an answer, never give one place twice.
 */
@Service
public class WaitingListOffers {

    private static final Logger log = LoggerFactory.getLogger(WaitingListOffers.class);
    static final String MADE = "waiting-list-offer";

    private final OfferLedger ledger;
    private final PlaceOffers offers;
    private final ForumDirectory forums;
    private final ParticipantNotices notices;
    private final MessageSource texts;
    private final Clock clock;

    WaitingListOffers(OfferLedger ledger, PlaceOffers offers, ForumDirectory forums, ParticipantNotices notices,
            MessageSource texts, Clock clock) {
        this.ledger = ledger;
        this.offers = offers;
        this.forums = forums;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    /** This participant's offers still open, soonest to lapse first. */
    @Transactional(readOnly = true)
    public List<OpenOffer> openFor(UUID participantId) {
        var now = clock.instant();
        return offers.findByParticipantIdAndStatusOrderByExpiresAt(participantId, PlaceOfferStatus.OPEN).stream()
                .filter(o -> !o.expiredAt(now))
                .map(o -> new OpenOffer(o.forumCode(), o.expiresAt()))
                .toList();
    }

    /**
     * Takes the place offered: they become a member.
     *
     * @throws OfferRefused when the offer has expired, the place has gone meanwhile, or there is no
     *                      offer; they stay on the waiting list
     */
    public void accept(UUID participantId, String forumCode) {
        var answer = ledger.accept(participantId, forumCode);
        tell(answer.made());
        if (answer.refusal() != null) {
            throw new OfferRefused(answer.refusal());
        }
    }

    /**
     * "No thanks": they stay on the waiting list, and the place goes to the next person.
     *
     * @throws OfferRefused when there was never an offer of that forum
     */
    public void decline(UUID participantId, String forumCode) {
        var answer = ledger.decline(participantId, forumCode);
        tell(answer.made());
        if (answer.refusal() != null) {
            throw new OfferRefused(answer.refusal());
        }
    }

    /** Expires lapsed offers and makes any owed, in every forum. Safe on several nodes at once. */
    @Scheduled(cron = "${portal.participants.offers.sweep:0 */5 * * * *}", zone = "Europe/London")
    public void sweep() {
        for (var forum : forums.all()) {
            settle(forum.code());
        }
    }

    // Not supported: after the commit, the finished transaction is still bound to this thread, and
    // anything saved in it (the message in the outbox) would never be committed.
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(LeftForum left) {
        if (left.heldPlace()) {
            settle(left.forumCode());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void on(ForumPlacesChanged changed) {
        settle(changed.forumCode());
    }

    private void settle(String forumCode) {
        try {
            tell(ledger.settle(forumCode));
        } catch (RuntimeException e) {
            // The next sweep tries again.
            log.warn("Settling the offers of forum {} failed", forumCode, e);
        }
    }

    private void tell(List<OfferLedger.Made> made) {
        for (var offer : made) {
            var forum = texts.getMessage("forum." + offer.forumCode() + ".name", null, Locale.UK);
            notices.tell(NewMessage.to(offer.participantId(), MADE,
                    Map.of("forum", forum, "accept_by", LondonTimes.dayAndTime(offer.expiresAt())))
                    .expiresAt(offer.expiresAt()));
        }
    }
}
