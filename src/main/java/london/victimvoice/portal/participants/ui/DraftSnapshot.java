package london.victimvoice.portal.participants.ui;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * The kept copy of a {@link SignUpDraft}: its answers as text, in {@link Properties} format
 * (which escapes line breaks and any character safely). Values that no longer parse, such as a
 * forum or option that has since gone, are dropped rather than failing the resume.
 *
 * <p>Deliberately absent: the proved contact (the caller knows it), the privacy agreement (given
 * afresh against the notice current when they send), and every equality answer.
 */
final class DraftSnapshot {

    private DraftSnapshot() {
    }

    static String of(SignUpDraft d) {
        var p = new Properties();
        put(p, "referralCode", d.referralCode);
        put(p, "chosenName", d.chosenName);
        put(p, "fullName", d.fullName);
        put(p, "heardFrom", d.heardFrom == null ? null : d.heardFrom.name());
        put(p, "mobile", d.mobile);
        put(p, "email", d.email);
        put(p, "forumCodes", String.join(",", d.forumCodes));
        put(p, "safeChannels", names(d.safeChannels));
        put(p, "safeDays", names(d.safeDays));
        put(p, "safeTimes", names(d.safeTimes));
        put(p, "discreetMessages", Boolean.toString(d.discreetMessages));
        put(p, "safeNote", d.safeNote);
        put(p, "preferredLanguage", d.preferredLanguage);
        put(p, "accessNeeds", names(d.accessNeeds));
        put(p, "accessNeedsOther", d.accessNeedsOther);
        var out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        // The first line is a date comment: it would change the text on every save for nothing.
        return out.toString().lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
    }

    static void restore(String snapshot, SignUpDraft d) {
        var p = new Properties();
        try {
            p.load(new StringReader(snapshot));
        } catch (IOException | IllegalArgumentException e) {
            // A copy this version cannot read: start from what the session has, lose nothing more.
            return;
        }
        d.referralCode = p.getProperty("referralCode");
        d.chosenName = p.getProperty("chosenName", "");
        d.fullName = p.getProperty("fullName", "");
        d.heardFrom = parse(HeardFrom.class, p.getProperty("heardFrom", "")).stream().findFirst().orElse(null);
        d.mobile = p.getProperty("mobile", "");
        d.email = p.getProperty("email", "");
        d.forumCodes = Arrays.stream(p.getProperty("forumCodes", "").split(",")).filter(c -> !c.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        d.safeChannels = new LinkedHashSet<>(parse(ChannelType.class, p.getProperty("safeChannels", "")));
        d.safeDays = enumSet(DayOfWeek.class, p.getProperty("safeDays"), d.safeDays);
        d.safeTimes = enumSet(TimeOfDay.class, p.getProperty("safeTimes"), d.safeTimes);
        d.discreetMessages = !"false".equals(p.getProperty("discreetMessages"));
        d.safeNote = p.getProperty("safeNote", "");
        d.preferredLanguage = p.getProperty("preferredLanguage", "");
        d.accessNeeds = enumSet(AccessNeed.class, p.getProperty("accessNeeds", ""), EnumSet.noneOf(AccessNeed.class));
        d.accessNeedsOther = p.getProperty("accessNeedsOther", "");
    }

    private static void put(Properties p, String key, @Nullable String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, @Nullable String names, Set<E> otherwise) {
        if (names == null) {
            return otherwise;
        }
        var parsed = parse(type, names);
        return parsed.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(parsed);
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, String names) {
        var result = new LinkedHashSet<E>();
        for (var name : names.split(",")) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name.strip())).findFirst()
                    .ifPresent(result::add);
        }
        return result;
    }
}
