package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.PlainText;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;

/**
 * Voucher money for admins: what each forum's vouchers are worth and who pays, each sponsor's
 * yearly cap, budgets allotted, overrides recorded, entries reversed, and each year's totals with
 * their warnings. Every change is a new ledger entry with who, when and why; nothing in the ledger
 * is ever changed. Everything but {@link #ruleFor} is for admins only and refuses anyone else.
 * Every look at the budgets is written to the voucher access audit. Changes run read committed:
 * totals are added up after the sponsor's year is locked and must include what others committed
 * meanwhile (under MariaDB's default repeatable read they would be the snapshot from before the lock).
 */
@Service
public class VoucherBudgets {

    /** The largest single amount an admin may allot or allow: £1,000,000. */
    public static final long MAX_ENTRY_PENCE = 100_000_000L;
    /** The most one voucher may be worth: £1,000. */
    public static final int MAX_VALUE_PENCE = 100_000;
    /** The largest cap a sponsor may have: £10,000,000. */
    public static final long MAX_CAP_PENCE = 1_000_000_000L;
    public static final int MAX_REASON = 500;

    private static final Logger log = LoggerFactory.getLogger(VoucherBudgets.class);

    private final Ledger ledger;
    private final LedgerStore ledgerStore;
    private final BudgetStore store;
    private final VoucherAudit audit;
    private final ForumDirectory forums;
    private final VoucherProperties properties;
    private final MessageSource texts;
    private final Clock clock;

    VoucherBudgets(Ledger ledger, LedgerStore ledgerStore, BudgetStore store, VoucherAudit audit,
            ForumDirectory forums, VoucherProperties properties, MessageSource texts, Clock clock) {
        this.ledger = ledger;
        this.ledgerStore = ledgerStore;
        this.store = store;
        this.audit = audit;
        this.forums = forums;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * What a voucher for a meeting of this forum is worth and who pays, as it is now: the forum's
     * rule, or the default value from MOPAC when it has none. For anyone making a request; joins
     * the caller's transaction.
     */
    @Transactional(readOnly = true)
    public ForumRule ruleFor(String forumCode) {
        return store.rule(forumCode).orElseGet(() -> standard(forumCode));
    }

    /** Every forum's rule, in the order forums are shown; forums without one show the default. */
    @Transactional(readOnly = true)
    public List<ForumRule> rules(BudgetStaff by) {
        require(by);
        var saved = store.rules();
        return forums.all().stream().map(ForumSummary::code)
                .map(code -> saved.stream().filter(r -> r.forumCode().equals(code)).findFirst()
                        .orElseGet(() -> standard(code)))
                .toList();
    }

    /**
     * Saves a forum's rule over the one read.
     *
     * @param version the version read, or null when the forum had no rule of its own
     * @throws VoucherRefused for an unknown forum, a value of £0 or less or over £1,000, or when
     *                        someone else saved the rule first; nothing changes
     */
    @Transactional
    public ForumRule saveRule(BudgetStaff by, String forumCode, long valuePence, Sponsor sponsor,
            @Nullable Integer version) {
        require(by);
        if (forums.all().stream().noneMatch(f -> f.code().equals(forumCode))) {
            throw new VoucherRefused("vouchers.ledger.error.noForum");
        }
        if (valuePence <= 0) {
            throw new VoucherRefused("vouchers.ledger.error.valuePositive");
        }
        if (valuePence > MAX_VALUE_PENCE) {
            throw new VoucherRefused("vouchers.ledger.error.valueTooBig", VoucherMoney.format(MAX_VALUE_PENCE));
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var saved = version == null
                ? store.insertRule(forumCode, (int) valuePence, sponsor, by.username(), now)
                : store.updateRule(forumCode, (int) valuePence, sponsor, by.username(), now, version);
        if (!saved) {
            throw new VoucherRefused("vouchers.ledger.error.staleRule");
        }
        log.info("Voucher rule for forum {} set by {}: {} pence from {}", forumCode, by.username(), valuePence, sponsor);
        return store.rule(forumCode).orElseThrow();
    }

    /** Every sponsor's cap, in the order sponsors are shown. */
    @Transactional(readOnly = true)
    public List<SponsorCap> caps(BudgetStaff by) {
        require(by);
        return store.caps();
    }

    /**
     * Sets or removes a sponsor's yearly cap over the one read.
     *
     * @param capPence null for no cap
     * @throws VoucherRefused for a negative or huge cap, a cap below what is already allotted for
     *                        this financial year, or when someone else saved first; nothing changes
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SponsorCap saveCap(BudgetStaff by, Sponsor sponsor, @Nullable Long capPence, int version) {
        require(by);
        if (capPence != null) {
            if (capPence < 0) {
                throw new VoucherRefused("vouchers.ledger.error.capNegative");
            }
            if (capPence > MAX_CAP_PENCE) {
                throw new VoucherRefused("vouchers.ledger.error.capTooBig", VoucherMoney.format(MAX_CAP_PENCE));
            }
            var year = FinancialYear.of(clock.instant());
            var allotted = ledger.totals(year, sponsor).budgetPence();
            if (capPence < allotted) {
                throw new VoucherRefused("vouchers.ledger.error.capBelowBudget", sponsorName(sponsor), year.label(),
                        VoucherMoney.format(allotted));
            }
        }
        if (!store.updateCap(sponsor, capPence, by.username(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                version)) {
            throw new VoucherRefused("vouchers.ledger.error.staleCap");
        }
        log.info("Voucher cap for {} set by {}: {}", sponsor, by.username(), capPence);
        return store.caps().stream().filter(c -> c.sponsor() == sponsor).findFirst().orElseThrow();
    }

    /**
     * Allots money to a sponsor's year.
     *
     * @throws VoucherRefused for an amount of £0 or less or over {@link #MAX_ENTRY_PENCE}, no reason,
     *                        or when the year's budgets would go beyond the sponsor's cap (the
     *                        message gives the numbers); nothing changes
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LedgerEntry allot(BudgetStaff by, FinancialYear year, Sponsor sponsor, long pence, String reason) {
        require(by);
        amount(pence);
        var why = reason(reason);
        ledgerStore.ensureBudgetRow(year, sponsor, by.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        // Under the year's lock, so two admins allotting at once cannot both fit under the cap.
        var totals = ledger.lockedTotals(year, sponsor);
        var cap = cap(sponsor);
        if (cap != null && totals.budgetPence() + pence > cap) {
            throw new VoucherRefused("vouchers.ledger.error.overCap", sponsorName(sponsor), year.label(),
                    VoucherMoney.format(cap), VoucherMoney.format(totals.budgetPence()), VoucherMoney.format(pence),
                    VoucherMoney.format(Math.max(0, cap - totals.budgetPence())));
        }
        var entry = ledger.allot(year, sponsor, pence, by.username(), why);
        log.info("Budget of {} pence allotted to {} {} by {}", pence, sponsor, year, by.username());
        return entry;
    }

    /**
     * Records an admin's permission to sign off beyond a sponsor's budget for the year.
     *
     * @throws VoucherRefused for an amount of £0 or less or too big, or no reason; nothing changes
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LedgerEntry allow(BudgetStaff by, FinancialYear year, Sponsor sponsor, long pence, String reason) {
        require(by);
        amount(pence);
        var why = reason(reason);
        var entry = ledger.allow(year, sponsor, pence, by.username(), why);
        log.info("Override of {} pence recorded for {} {} by {}", pence, sponsor, year, by.username());
        return entry;
    }

    /**
     * Puts a budget or override entry right with its opposite. An entry is reversed once; a
     * reversal is never reversed; a voucher's charge is given back by withdrawing the voucher.
     *
     * @throws VoucherRefused no reason, no such entry, a voucher's charge, a reversal, or reversed already
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LedgerEntry reverse(BudgetStaff by, UUID entryId, String reason) {
        require(by);
        var why = reason(reason);
        var entry = ledgerStore.find(entryId).orElseThrow(() -> new VoucherRefused("vouchers.ledger.error.notFound"));
        if (entry.account() == LedgerAccount.SPENT && entry.reversesId() == null) {
            throw new VoucherRefused("vouchers.ledger.error.spentEntry");
        }
        var reversal = ledger.reverse(entryId, by.username(), why);
        log.info("Ledger entry {} reversed by {}", entryId, by.username());
        return reversal;
    }

    /** A year's budgets: each sponsor's totals and warning, and every entry. Written to the audit. */
    @Transactional
    public BudgetOverview overview(BudgetStaff by, FinancialYear year) {
        require(by);
        audit.record(by.username(), VoucherAudit.Action.VIEWED_BUDGETS, "budgets:" + year.startYear());
        var caps = store.caps();
        var sponsors = new ArrayList<SponsorYear>();
        var entries = new ArrayList<LedgerEntry>();
        var reversed = new HashSet<UUID>();
        for (var cap : caps) {
            var totals = ledger.totals(year, cap.sponsor());
            sponsors.add(new SponsorYear(totals, cap.capPence(), totals.level(properties.warnAtPercent())));
            for (var entry : ledger.entries(year, cap.sponsor())) {
                entries.add(entry);
                if (entry.reversesId() != null) {
                    reversed.add(entry.reversesId());
                }
            }
        }
        entries.sort(Comparator.comparing(LedgerEntry::recordedAt).thenComparing(e -> e.id().toString()).reversed());
        return new BudgetOverview(year, properties.warnAtPercent(), sponsors, entries, reversed);
    }

    /** The years an admin may choose: the current one, the one before and after, and any with a budget; newest first. */
    @Transactional(readOnly = true)
    public List<FinancialYear> years(BudgetStaff by) {
        require(by);
        var current = currentYear();
        var years = new TreeSet<FinancialYear>(Comparator.reverseOrder());
        years.add(current.previous());
        years.add(current);
        years.add(current.next());
        store.years().forEach(y -> years.add(new FinancialYear(y)));
        return List.copyOf(years);
    }

    /**
     * Sponsors whose current year is at or beyond the warning line, for the warning banner
     * approvers and admins see on the voucher pages. Not written to the audit: it names no one.
     */
    @Transactional(readOnly = true)
    public List<SponsorYear> warnings() {
        var year = currentYear();
        return store.caps().stream().map(cap -> {
            var totals = ledger.totals(year, cap.sponsor());
            return new SponsorYear(totals, cap.capPence(), totals.level(properties.warnAtPercent()));
        }).filter(s -> s.level() != BudgetTotals.Level.OK).toList();
    }

    /** What a voucher is worth where a forum has no rule of its own. */
    public int standardValuePence() {
        return properties.defaultValuePence();
    }

    public FinancialYear currentYear() {
        return FinancialYear.of(clock.instant());
    }

    private ForumRule standard(String forumCode) {
        return new ForumRule(forumCode, properties.defaultValuePence(), Sponsor.MOPAC, null);
    }

    private @Nullable Long cap(Sponsor sponsor) {
        return store.caps().stream().filter(c -> c.sponsor() == sponsor).findFirst().map(SponsorCap::capPence)
                .orElse(null);
    }

    private String sponsorName(Sponsor sponsor) {
        return texts.getMessage("vouchers.ledger.sponsor." + sponsor.name(), null, sponsor.name(), Locale.UK);
    }

    private static void require(BudgetStaff by) {
        if (!by.admin()) {
            throw new VoucherRefused("vouchers.ledger.error.notAdmin");
        }
    }

    private static void amount(long pence) {
        if (pence <= 0) {
            throw new VoucherRefused("vouchers.ledger.error.amountPositive");
        }
        if (pence > MAX_ENTRY_PENCE) {
            throw new VoucherRefused("vouchers.ledger.error.amountTooBig", VoucherMoney.format(MAX_ENTRY_PENCE));
        }
    }

    private static String reason(@Nullable String reason) {
        var clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new VoucherRefused("vouchers.ledger.error.reasonMissing");
        }
        if (clean.length() > MAX_REASON) {
            throw new VoucherRefused("vouchers.ledger.error.reasonTooLong", MAX_REASON);
        }
        if (PlainText.looksLikeMarkup(clean)) {
            throw new VoucherRefused("vouchers.ledger.error.reasonMarkup");
        }
        return Objects.requireNonNull(clean);
    }
}
