package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.participants.ParticipantAccounts;

/**
 * Vouchers given {@code flagAfter} (14 days) ago or more and still not confirmed by their owners,
 * for coordinators of the forums they look after (admins: every forum) to follow up. Each look is
 * written to the voucher access audit. Codes are only ever shown masked.
 */
@Service
public class FlaggedVouchers {

    private final ReceiptStore store;
    private final ForumStewards stewards;
    private final ForumMembers members;
    private final ParticipantAccounts accounts;
    private final VoucherAudit audit;
    private final Clock clock;

    FlaggedVouchers(ReceiptStore store, ForumStewards stewards, ForumMembers members, ParticipantAccounts accounts,
            VoucherAudit audit, Clock clock) {
        this.store = store;
        this.stewards = stewards;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The flagged vouchers of the forums this person looks after, the longest waiting first. */
    @Transactional
    public List<FlaggedVoucher> list(ForumManager manager) {
        var forums = stewards.managedBy(manager);
        audit.record(manager.username(), VoucherAudit.Action.VIEWED_FLAGGED,
                manager.admin() ? "flagged:all" : "flagged:" + String.join(",", forums));
        var today = LondonTimes.date(clock.instant());
        var names = new HashMap<String, Map<UUID, String>>();
        return store.flaggedIn(forums).stream().map(r -> new FlaggedVoucher(r.id(), r.participantId(),
                name(names, r.forumCode(), r.participantId()), r.forumCode(), r.meetingDay(),
                r.issuedAt() == null ? 0 : ChronoUnit.DAYS.between(LondonTimes.date(r.issuedAt()), today),
                r.delivery() == null ? Delivery.CODE : r.delivery(),
                r.delivery() == Delivery.CODE ? r.codeHint() : null, r.valuePence())).toList();
    }

    private @Nullable String name(Map<String, Map<UUID, String>> names, String forum, UUID participant) {
        var inForum = names.computeIfAbsent(forum, f -> {
            var byId = new HashMap<UUID, String>();
            members.of(f).forEach(m -> byId.put(m.participantId(), m.chosenName()));
            return byId;
        });
        var name = inForum.get(participant);
        // Someone who has left the forum since is still on record with the name they chose.
        return name != null ? name : accounts.find(participant).map(a -> a.chosenName()).orElse(null);
    }
}
