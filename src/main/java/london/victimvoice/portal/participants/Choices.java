package london.victimvoice.portal.participants;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of options stored as their names, comma-separated in declaration order ("MONDAY,FRIDAY"). */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> String join(Set<E> chosen) {
        return chosen.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, String stored) {
        var set = EnumSet.noneOf(type);
        if (!stored.isEmpty()) {
            Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return set;
    }
}
