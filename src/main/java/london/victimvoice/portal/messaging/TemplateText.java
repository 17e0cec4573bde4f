package london.victimvoice.portal.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.InvalidTemplateException.Reason;

/**
 * A template's text with GOV.UK Notify style placeholders, {@code ((name))}, checked once when it
 * is written so a broken template is refused at save instead of reaching a participant half filled.
 *
 * <p>The rules, chosen so a typo shows up in the editor rather than in someone's text message:
 * <ul>
 *   <li>A name is lower-case letters, digits and underscores, at most {@value #MAX_NAME_LENGTH}
 *       characters. Spaces just inside the brackets are ignored, as Notify does:
 *       {@code (( name ))} is {@code ((name))}. Anything else ({@code ((First Name))},
 *       {@code ((Name))}, {@code (())}) is refused, naming it.</li>
 *   <li>{@code ((} must be closed by {@code ))} on the same line with no bracket in between, so an
 *       unclosed {@code ((name)} or a nested {@code ((a((b))))} is refused. Extra brackets outside
 *       a placeholder stay as text: {@code (((name)))} renders as {@code (Alex)}; four or more
 *       opening brackets are refused, because the result would look like an unfilled placeholder.
 *       A lone {@code ))} is text. So with values free of brackets, a rendered text never contains
 *       {@code ((}.</li>
 *   <li>At most {@value #MAX_LENGTH} characters; no control characters except newline and tab (a
 *       carriage return too is refused: the editor sends newlines only), no unpaired surrogates.</li>
 *   <li>Values are inserted as they are: a value containing {@code ((x))} is not expanded again.</li>
 * </ul>
 * Parsing and rendering are single passes over the text, without regular expressions.
 */
public final class TemplateText {

    public static final int MAX_LENGTH = 10_000;
    public static final int MAX_NAME_LENGTH = 50;
    /** How much of a faulty placeholder an error repeats: enough to find it, not a whole paragraph. */
    private static final int SHOWN_LENGTH = 40;

    private final String text;
    /** The text between placeholders: always one more than {@link #names}. */
    private final List<String> literals;
    private final List<String> names;
    private final Set<String> placeholders;

    private TemplateText(String text, List<String> literals, List<String> names) {
        this.text = text;
        this.literals = List.copyOf(literals);
        this.names = List.copyOf(names);
        this.placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** @throws InvalidTemplateException (an IllegalArgumentException) saying what is wrong and where */
    public static TemplateText parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A template needs a text");
        }
        checkCharacters(text);
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int literalStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) != '(' || i + 1 >= n || text.charAt(i + 1) != '(') {
                i++;
                continue;
            }
            int contentStart = i;
            while (contentStart < n && text.charAt(contentStart) == '(') {
                contentStart++;
            }
            int open = contentStart - 2; // the last "((" of a run opens the placeholder
            if (open - i > 1) {
                // "((((name))))" would render as "((Alex))", which reads like a placeholder left unfilled
                String shown = shorten(text.substring(i, Math.min(n, contentStart + SHOWN_LENGTH)));
                throw new InvalidTemplateException(Reason.UNCLOSED_PLACEHOLDER, shown,
                        "The placeholder " + shown + " has too many brackets: use ((name)), or (((name))) for brackets around the value");
            }
            int end = contentStart;
            while (end < n && !isBracketOrNewline(text.charAt(end))) {
                end++;
            }
            if (end + 1 >= n || text.charAt(end) != ')' || text.charAt(end + 1) != ')') {
                String shown = shorten(text.substring(contentStart, end));
                throw new InvalidTemplateException(Reason.UNCLOSED_PLACEHOLDER, shown,
                        "The placeholder ((" + shown + " is not closed with )) on the same line");
            }
            String name = text.substring(contentStart, end).strip();
            if (!isName(name)) {
                String shown = shorten(name);
                throw new InvalidTemplateException(Reason.BAD_PLACEHOLDER_NAME, shown, "The placeholder ((" + shown
                        + ")) needs a name of lower-case letters, digits and underscores, at most "
                        + MAX_NAME_LENGTH + " characters");
            }
            literals.add(text.substring(literalStart, open));
            names.add(name);
            i = end + 2;
            literalStart = i;
        }
        literals.add(text.substring(literalStart));
        return new TemplateText(text, literals, names);
    }

    public String text() {
        return text;
    }

    /** Every placeholder name, once each, in the order they first appear. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** The placeholders not in {@code allowed}, in the order they first appear: empty when all are known. */
    public List<String> unknown(Set<String> allowed) {
        if (allowed == null) {
            throw new IllegalArgumentException("Allowed placeholders are needed");
        }
        return placeholders.stream().filter(name -> !allowed.contains(name)).toList();
    }

    /**
     * The text with every placeholder replaced by its value, taken literally.
     *
     * @throws InvalidTemplateException with {@link Reason#MISSING_VALUE} naming the first placeholder
     *                                  without a value; the message carries no values
     */
    public String render(Map<String, String> values) {
        if (values == null) {
            throw new IllegalArgumentException("Rendering needs values");
        }
        for (String name : placeholders) {
            if (values.get(name) == null) {
                throw new InvalidTemplateException(Reason.MISSING_VALUE, name,
                        "No value for the placeholder ((" + name + "))");
            }
        }
        var out = new StringBuilder(text.length() + 16 * names.size());
        out.append(literals.get(0));
        for (int p = 0; p < names.size(); p++) {
            out.append(values.get(names.get(p))).append(literals.get(p + 1));
        }
        return out.toString();
    }

    private static void checkCharacters(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidTemplateException(Reason.TOO_LONG, null,
                    "A template can be at most " + MAX_LENGTH + " characters, this one has " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                throw new InvalidTemplateException(Reason.CONTROL_CHARACTER, null, String.format(
                        "A template cannot contain the control character U+%04X (at character %d)", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidTemplateException(Reason.UNPAIRED_SURROGATE, null,
                        "A template cannot contain half a character (an unpaired surrogate at character " + (i + 1) + ")");
            }
        }
    }

    private static boolean isBracketOrNewline(char c) {
        return c == '(' || c == ')' || c == '\n';
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String raw) {
        if (raw.length() <= SHOWN_LENGTH) {
            return raw;
        }
        int cut = Character.isHighSurrogate(raw.charAt(SHOWN_LENGTH - 1)) ? SHOWN_LENGTH - 1 : SHOWN_LENGTH;
        return raw.substring(0, cut) + "…";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TemplateText that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "TemplateText" + names;
    }
}
