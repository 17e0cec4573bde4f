package london.victimvoice.portal.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Finds the parts of an answer a moderator should look at before anyone else reads it: names,
 * UK phone numbers, email addresses, UK postcodes, street addresses and dates. Heuristics, not a
 * guarantee: the moderator reads every answer; these only point at what is easy to miss. Spans
 * never overlap; they come back in the order they appear.
 */
@Component
public class RedactionSuggestions {

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String NAME_WORD = "[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?";
    private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + ")?";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** +44 or 0, then groups of digits with optional spaces, dashes or brackets; the digit count is checked after. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(0|0)\\d[\\d\\s()-]{7,14}\\d(?!\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s?\\d[A-Za-z]{2}\\b");
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:" + NAME_WORD + "\\s+){1,3}"
            + "(?i:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Place|Court|Crescent|Gardens|Grove|Terrace"
            + "|Square|Hill|Park|Row|Walk|Mews|Rise|Parade|Estate|House)\\b\\.?");
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b"),
            Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTHS + "\\b\\.?(?:,?\\s+\\d{4}\\b)?"),
            Pattern.compile("\\b" + MONTHS + "\\s+" + DAY + ",?\\s+\\d{4}\\b"),
            Pattern.compile("\\b(?i:born)\\s+(?i:on|in)\\s+(?:the\\s+)?(?:" + DAY + "\\s+(?:of\\s+)?)?(?:" + MONTHS
                    + "\\b,?\\s*)?(?:\\d{4}\\b)?"));
    private static final List<Pattern> NAMES = List.of(
            Pattern.compile("\\b(?i:my\\s+name\\s+is|my\\s+name's|i\\s+am\\s+called|i'm\\s+called|call\\s+me)\\s+("
                    + NAME + ")"),
            Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+" + NAME),
            Pattern.compile("\\b(?:called|named)\\s+(" + NAME + ")"));
    /** Common UK first names that are not also everyday words (no Will, May, Grace, Mark, Rose). */
    private static final Pattern FIRST_NAMES = Pattern.compile("\\b(?:Oliver|George|Harry|Jack|Jacob|Noah|Charlie"
            + "|Thomas|Oscar|James|William|Joshua|Daniel|Mohammed|Muhammad|Ahmed|David|John|Paul|Michael|Peter|Steven"
            + "|Stephen|Andrew|Richard|Robert|Christopher|Matthew|Ryan|Liam|Connor|Kevin|Gary|Darren|Lee|Sean|Tom"
            + "|Olivia|Amelia|Isla|Ava|Emily|Sophie|Sophia|Jessica|Chloe|Lily|Ella|Mia|Sarah|Emma|Laura|Rachel|Hannah"
            + "|Rebecca|Charlotte|Lucy|Amy|Claire|Helen|Karen|Susan|Julie|Lisa|Nicola|Michelle|Kelly|Samantha|Aisha"
            + "|Fatima|Priya|Tracey|Tracy|Dave|Steve|Mike|Chris|Dan|Jo|Kate|Katie|Jenny)\\b(?:\\s+" + NAME_WORD + ")?");
    /** Capitalised words after "called" or "named" that are not names of people. */
    private static final Set<String> NOT_NAMES = Set.of("Victim", "Support", "Police", "The", "A", "An", "Crimestoppers",
            "Samaritans", "Childline", "Refuge", "Shelter", "Citizens", "Advice", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Met", "Metropolitan", "London", "City", "Council", "Court",
            "I", "It", "He", "She", "They", "We", "You", "Her", "Him", "Them");

    public List<RedactionSpan> find(String text) {
        var found = new ArrayList<RedactionSpan>();
        all(EMAIL, text, RedactionKind.EMAIL, found);
        var phones = PHONE.matcher(text);
        while (phones.find()) {
            var digits = phones.group().replaceAll("\\D", "");
            var national = digits.startsWith("44") ? digits.substring(2) : digits.substring(1);
            if (national.length() >= 9 && national.length() <= 10 && !national.startsWith("0")) {
                found.add(new RedactionSpan(phones.start(), trimmedEnd(text, phones.start(), phones.end()),
                        RedactionKind.PHONE));
            }
        }
        all(ADDRESS, text, RedactionKind.ADDRESS, found);
        all(POSTCODE, text, RedactionKind.POSTCODE, found);
        for (var date : DATES) {
            var matcher = date.matcher(text);
            while (matcher.find()) {
                // "born on" with nothing like a date after it is not a date.
                var span = matcher.group();
                if (span.chars().anyMatch(Character::isDigit) || span.matches("(?s).*" + MONTHS + ".*")) {
                    var end = trimmedEnd(text, matcher.start(), matcher.end());
                    found.add(new RedactionSpan(matcher.start(), end, RedactionKind.DATE));
                }
            }
        }
        for (var name : NAMES) {
            var matcher = name.matcher(text);
            while (matcher.find()) {
                var group = matcher.groupCount() > 0 ? 1 : 0;
                var start = matcher.start(group);
                var end = matcher.end(group);
                var first = text.substring(start, end).split("\\s+")[0];
                if (group == 1 && NOT_NAMES.contains(first)) {
                    continue;
                }
                if (group == 1 && NOT_NAMES.contains(lastWord(text.substring(start, end)))) {
                    end = start + first.length();
                }
                found.add(new RedactionSpan(start, end, RedactionKind.NAME));
            }
        }
        var names = FIRST_NAMES.matcher(text);
        while (names.find()) {
            var end = names.end();
            if (NOT_NAMES.contains(lastWord(names.group()))) {
                end = names.start() + names.group().split("\\s+")[0].length();
            }
            found.add(new RedactionSpan(names.start(), end, RedactionKind.NAME));
        }
        return withoutOverlaps(found);
    }

    /**
     * The text with every suggested span replaced by its placeholder, e.g. "call me on [phone
     * number]". {@code placeholder} gives the words for each kind.
     */
    public String takeOut(String text, Function<RedactionKind, String> placeholder) {
        var spans = find(text);
        var result = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            var span = spans.get(i);
            result.replace(span.start(), span.end(), placeholder.apply(span.kind()));
        }
        return result.toString();
    }

    private static void all(Pattern pattern, String text, RedactionKind kind, List<RedactionSpan> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new RedactionSpan(matcher.start(), trimmedEnd(text, matcher.start(), matcher.end()), kind));
        }
    }

    private static int trimmedEnd(String text, int start, int end) {
        while (end > start + 1 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    private static String lastWord(String text) {
        var words = text.split("\\s+");
        return words[words.length - 1];
    }

    /** Higher-priority kinds first, then longer spans; what overlaps a kept span is dropped. */
    private static List<RedactionSpan> withoutOverlaps(List<RedactionSpan> found) {
        var ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing(RedactionSpan::kind)
                .thenComparing(Comparator.comparingInt((RedactionSpan s) -> s.end() - s.start()).reversed())
                .thenComparingInt(RedactionSpan::start));
        var kept = new ArrayList<RedactionSpan>();
        for (var span : ordered) {
            if (kept.stream().noneMatch(k -> k.start() < span.end() && span.start() < k.end())) {
                kept.add(span);
            }
        }
        kept.sort(Comparator.comparingInt(RedactionSpan::start));
        return List.copyOf(kept);
    }
}
