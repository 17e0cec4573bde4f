package london.victimvoice.portal.base;

import java.util.List;
import java.util.function.Function;

/**
 * What came of checking something a person typed: the value, or the message key that tells them
 * what to do instead. Refusals carry a key, never the input, so they are safe to log.
 */
public sealed interface Parsed<T> {

    record Valid<T>(T value) implements Parsed<T> {
    }

    /** @param errorArguments for the {@code {0}} placeholders of the message, such as a length limit */
    record Refused<T>(String errorKey, List<Object> errorArguments) implements Parsed<T> {
        public Refused {
            errorArguments = List.copyOf(errorArguments);
        }
    }

    static <T> Parsed<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Parsed<T> refused(String errorKey, Object... errorArguments) {
        return new Refused<>(errorKey, List.of(errorArguments));
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    default <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        return switch (this) {
            case Valid<T> valid -> new Valid<>(mapper.apply(valid.value()));
            case Refused<T> refused -> new Refused<>(refused.errorKey(), refused.errorArguments());
        };
    }

    /** For values the portal stored itself, which were checked when they were typed. */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T> valid -> valid.value();
            case Refused<T> refused -> throw new IllegalArgumentException("Refused: " + refused.errorKey());
        };
    }
}
