package london.victimvoice.portal.campaigns;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.messaging.LoggedMessage;

/**
 * A bulk send's report as CSV, one line per recipient in the send's own numbering: the channel,
 * status and reason codes as GOV.UK Notify names them, and London times. A chosen name only where
 * the coordinator already sees it; never a phone number or an email address.
 */
final class CampaignReport {

    static final String[] HEADER = {"recipient", "chosen_name", "channel", "status", "reason", "created_at",
            "sent_at", "finished_at"};
    /** For someone a cancelled send never reached the outbox with. */
    static final String NOT_QUEUED = "not-queued";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CampaignReport() {
    }

    static String csv(Map<UUID, Integer> numbers, List<LoggedMessage> messages, Map<UUID, String> visibleNames) {
        var byPerson = messages.stream().collect(Collectors.toMap(LoggedMessage::participantId, Function.identity(),
                (a, b) -> a));
        var out = new StringWriter();
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (var entry : numbers.entrySet()) {
                var message = byPerson.get(entry.getKey());
                var name = visibleNames.getOrDefault(entry.getKey(), "");
                if (message == null) {
                    printer.printRecord("Recipient " + entry.getValue(), safe(name), "", NOT_QUEUED, "", "", "", "");
                } else {
                    printer.printRecord("Recipient " + entry.getValue(), safe(name), message.channel().name(),
                            message.status().code(), message.reason() == null ? "" : message.reason(),
                            time(message.createdAt()), time(message.sentAt()), time(message.finishedAt()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(LondonTimes.local(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A name starting =, +, - or @ would run as a formula in a spreadsheet: a leading quote stops that. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
