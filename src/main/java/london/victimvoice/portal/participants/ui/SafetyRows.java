package london.victimvoice.portal.participants.ui;

import java.util.stream.Collectors;

import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;

/**
 * The contact-safety answers as summary-list rows, each with a "Change" link: the same on
 * Check your answers and on the participant's own page.
 */
final class SafetyRows {

    private SafetyRows() {
    }

    static void add(SummaryList list, ContactSafety safety, String changeHref) {
        var change = list.getTranslation("join.check.change");
        list.row(list.getTranslation("join.check.row.channels"), safety.safeChannels().stream()
                .map(c -> list.getTranslation("join.safety.channel." + c.name())).collect(Collectors.joining("\n")),
                changeHref, change);
        list.row(list.getTranslation("join.check.row.when"), safety.safeDays().stream()
                .map(d -> list.getTranslation("day." + d.name())).collect(Collectors.joining(", ")) + "\n"
                + safety.safeTimes().stream().map(t -> list.getTranslation(t.labelKey()))
                .collect(Collectors.joining("\n")), changeHref, change);
        list.row(list.getTranslation("join.check.row.discreet"), list.getTranslation(safety.discreetMessages()
                ? "join.safety.discreet.yes" : "join.safety.discreet.no"), changeHref, change);
        list.row(list.getTranslation("join.check.row.needs"), safety.accessNeeds().isEmpty()
                ? list.getTranslation("join.check.notGiven")
                : safety.accessNeeds().stream().map(n -> n == AccessNeed.OTHER ? safety.accessNeedsOther()
                        : list.getTranslation(n.labelKey())).collect(Collectors.joining("\n")), changeHref, change);
    }
}
