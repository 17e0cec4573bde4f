package london.victimvoice.portal.messaging.inbound;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads what a participant meant by an SMS reply. Deliberately cautious: a wrong YES or NO silently
 * changes an RSVP, so those need the bare word; a wish to stop texts is honoured in plain words too,
 * because texts someone asked us to stop can put them at risk.
 *
 * <h2>Keywords: the whole message is one word</h2>
 * Case, spaces, punctuation, quotes and emoji around it do not matter ({@code " Yes! "},
 * {@code "stop."}, {@code "Yes 👍"}); full-width letters and ligatures count as their plain form.
 * <ul>
 *   <li>YES, NO: only those words. No {@code Y}/{@code N}, {@code yeah} or {@code yes please}: an
 *       unrecognised reply costs one help text and the person can answer again; a wrong guess
 *       changes whether they are expected.</li>
 *   <li>STOP: {@code STOP STOPALL UNSUBSCRIBE CANCEL END QUIT OPTOUT REVOKE} (Twilio's opt-out list).</li>
 *   <li>START: {@code START UNSTOP}. HELP: {@code HELP INFO}. RECEIVED: {@code RECEIVED} (and the
 *       common misspelling {@code RECIEVED}).</li>
 * </ul>
 *
 * <h2>Sentences meaning STOP</h2>
 * Checked per sentence (split at {@code . ! ? ;} and line breaks), on words:
 * <ol>
 *   <li>{@code unsubscribe}, {@code optout}, {@code stopall} or {@code opt out} anywhere, unless a
 *       negation comes earlier in the sentence ("I don't want to unsubscribe").</li>
 *   <li>{@code stop} (or {@code quit}) followed, within four filler words such as {@code sending me
 *       these}, by a word about messages ({@code text}, {@code texting}, {@code messages},
 *       {@code contacting}, {@code sms}, {@code reminders}…): "please stop texting me", "stop sending
 *       me messages". Not when a negation comes right before: "don't stop texting". "The bus stop was
 *       dark" and "nothing will stop me coming" are not STOP.</li>
 *   <li>A sentence made only of {@code stop}-like words and politeness: "stop it", "STOP ALL",
 *       "no, stop", "stop now please".</li>
 *   <li>A request not to ({@code don't}, {@code do not}, {@code never}, {@code no more}, {@code no longer})
 *       followed, within five words such as {@code want to receive any}, by a word about messages,
 *       and <em>nothing after it</em> but words like {@code me}, {@code again}, {@code any more},
 *       {@code please}: "don't text me any more", "I do not wish to receive messages", "no more texts
 *       please". "Don't text me before 10am" is a request about times, not an opt-out, so it is OTHER
 *       (and gets the help reply); "I did not get the text" and "I don't get the texts" report a
 *       problem, so receiving words count only after a wanting word.</li>
 * </ol>
 * Any input is answered without an exception, in time linear in its length: one pass to split the
 * words, bounded look-ahead from each word, and no regular expressions.
 */
public final class SmsKeywords {

    private static final Map<String, SmsKeyword> KEYWORDS = Map.ofEntries(
            Map.entry("yes", SmsKeyword.YES),
            Map.entry("no", SmsKeyword.NO),
            Map.entry("stop", SmsKeyword.STOP),
            Map.entry("stopall", SmsKeyword.STOP),
            Map.entry("unsubscribe", SmsKeyword.STOP),
            Map.entry("cancel", SmsKeyword.STOP),
            Map.entry("end", SmsKeyword.STOP),
            Map.entry("quit", SmsKeyword.STOP),
            Map.entry("optout", SmsKeyword.STOP),
            Map.entry("revoke", SmsKeyword.STOP),
            Map.entry("start", SmsKeyword.START),
            Map.entry("unstop", SmsKeyword.START),
            Map.entry("help", SmsKeyword.HELP),
            Map.entry("info", SmsKeyword.HELP),
            Map.entry("received", SmsKeyword.RECEIVED),
            Map.entry("recieved", SmsKeyword.RECEIVED));

    /** Rule 1: these words ask to stop on their own. */
    private static final Set<String> OPT_OUT_WORDS = Set.of("unsubscribe", "optout", "stopall");
    private static final Set<String> STOP_VERBS = Set.of("stop", "quit");
    /** Words about being messaged. */
    private static final Set<String> MESSAGING = Set.of("text", "texts", "texting", "txt", "txts", "txting",
            "message", "messages", "messaging", "msg", "msgs", "sms", "smses", "contact", "contacting",
            "reminder", "reminders", "spam", "spamming");
    /** Rule 2: what may come between "stop" and the messaging word. */
    private static final Set<String> STOP_FILLERS = Set.of("sending", "send", "me", "us", "these", "those",
            "the", "this", "all", "your", "any", "more", "with", "them", "of", "such", "please", "now");
    /** Rule 3: a sentence of only these words, with one of {@link #STOP_ALONE}, means stop. */
    private static final Set<String> STOP_SENTENCE = Set.of("stop", "stopall", "unsubscribe", "optout", "quit",
            "please", "pls", "plz", "now", "all", "it", "thanks", "thank", "you", "thx", "ta", "me", "immediately",
            "asap", "right", "away", "no");
    private static final Set<String> STOP_ALONE = Set.of("stop", "stopall", "unsubscribe", "optout");
    /** Any negation: enough to cancel rules 1 and 2 ("I don't want to unsubscribe", "don't stop"). */
    private static final Set<String> NEGATIONS = Set.of("don't", "dont", "not", "never", "doesn't", "doesnt",
            "didn't", "didnt", "won't", "wont", "can't", "cant", "cannot");
    /**
     * Rule 4 starts only at a request, not at a report: "don't text me" but not "I did not get the
     * text". "do not", "no more" and "no longer" are checked as pairs.
     */
    private static final Set<String> REQUEST_NEGATIONS = Set.of("don't", "dont", "never");
    /** Rule 4: what may come between the negation and the messaging word. */
    private static final Set<String> NEGATION_FILLERS = Set.of("ever", "again", "please", "you", "to", "any",
            "more", "these", "those", "the", "your", "send", "sending", "me", "us", "longer", "further");
    /** Rule 4: wanting words, after which receiving words may come too ("don't want to receive texts"). */
    private static final Set<String> WANTING = Set.of("want", "wish", "need", "like", "wanna");
    private static final Set<String> RECEIVING = Set.of("receive", "receiving", "get", "getting");
    /** Rule 4: all that may follow the messaging word. */
    private static final Set<String> CLOSING = Set.of("me", "us", "again", "any", "more", "anymore", "ever",
            "please", "thanks", "thank", "you", "ok", "okay", "now", "on", "this", "number", "phone", "here", "at",
            "all", "from", "longer", "thx", "pls", "plz", "whatsoever");

    private static final int STOP_LOOKAHEAD = 4;
    private static final int NEGATION_LOOKAHEAD = 5;

    private SmsKeywords() {
    }

    /** What the body means; never throws, OTHER for null, empty or unreadable bodies. */
    public static SmsKeyword parse(@Nullable String body) {
        if (body == null || body.isEmpty()) {
            return SmsKeyword.OTHER;
        }
        List<List<String>> sentences = sentences(Normalizer.normalize(body, Normalizer.Form.NFKC));
        int words = 0;
        String only = "";
        for (List<String> sentence : sentences) {
            words += sentence.size();
            if (!sentence.isEmpty()) {
                only = sentence.get(0);
            }
        }
        if (words == 1) {
            return KEYWORDS.getOrDefault(only, SmsKeyword.OTHER);
        }
        for (List<String> sentence : sentences) {
            if (asksToStop(sentence)) {
                return SmsKeyword.STOP;
            }
        }
        return SmsKeyword.OTHER;
    }

    static boolean asksToStop(List<String> words) {
        return hasOptOutWord(words) || hasStopVerbAboutMessages(words) || isOnlyStop(words)
                || hasNegatedMessaging(words);
    }

    private static boolean hasOptOutWord(List<String> words) {
        boolean negated = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean optOut = OPT_OUT_WORDS.contains(word)
                    || (word.equals("opt") && i + 1 < words.size() && words.get(i + 1).equals("out"));
            if (optOut && !negated) {
                return true;
            }
            negated |= NEGATIONS.contains(word);
        }
        return false;
    }

    private static boolean hasStopVerbAboutMessages(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!STOP_VERBS.contains(words.get(i)) || negatedBefore(words, i)) {
                continue;
            }
            for (int j = i + 1; j < words.size() && j <= i + 1 + STOP_LOOKAHEAD; j++) {
                String next = words.get(j);
                if (MESSAGING.contains(next)) {
                    return true;
                }
                if (!STOP_FILLERS.contains(next)) {
                    break;
                }
            }
        }
        return false;
    }

    /** "don't stop", "please don't stop", "do not stop". */
    private static boolean negatedBefore(List<String> words, int index) {
        int before = index - 1;
        if (before >= 0 && words.get(before).equals("please")) {
            before--;
        }
        return before >= 0 && NEGATIONS.contains(words.get(before));
    }

    private static boolean isOnlyStop(List<String> words) {
        boolean stop = false;
        for (String word : words) {
            if (!STOP_SENTENCE.contains(word)) {
                return false;
            }
            stop |= STOP_ALONE.contains(word);
        }
        return stop;
    }

    private static boolean hasNegatedMessaging(List<String> words) {
        int n = words.size();
        // closingFrom[i]: every word from i to the end may close an opt-out sentence
        boolean[] closingFrom = new boolean[n + 1];
        closingFrom[n] = true;
        for (int i = n - 1; i >= 0; i--) {
            closingFrom[i] = closingFrom[i + 1] && CLOSING.contains(words.get(i));
        }
        for (int i = 0; i < n; i++) {
            int after = negationEnd(words, i);
            if (after < 0) {
                continue;
            }
            boolean wanting = false;
            for (int j = after; j < n && j <= after + NEGATION_LOOKAHEAD; j++) {
                String next = words.get(j);
                if (MESSAGING.contains(next) && closingFrom[j + 1]) {
                    return true;
                }
                wanting |= WANTING.contains(next);
                boolean filler = NEGATION_FILLERS.contains(next) || WANTING.contains(next)
                        || (wanting && RECEIVING.contains(next));
                if (!filler) {
                    break;
                }
            }
        }
        return false;
    }

    /** The index after a negation starting at {@code i}, or -1 if none starts there. */
    private static int negationEnd(List<String> words, int i) {
        String word = words.get(i);
        if (REQUEST_NEGATIONS.contains(word)) {
            return i + 1;
        }
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        boolean pair = (word.equals("do") && next.equals("not"))
                || (word.equals("no") && (next.equals("more") || next.equals("longer")));
        return pair ? i + 2 : -1;
    }

    /**
     * Lower-case words (letters and digits, with an apostrophe kept inside a word: {@code don't}),
     * grouped by sentence. Everything else separates words.
     */
    static List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        var word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (isApostrophe(cp) && !word.isEmpty() && i < text.length()
                    && Character.isLetter(text.codePointAt(i))) {
                word.append('\'');
            } else {
                if (!word.isEmpty()) {
                    current.add(word.toString());
                    word.setLength(0);
                }
                if (endsSentence(cp) && !current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!word.isEmpty()) {
            current.add(word.toString());
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC';
    }

    private static boolean endsSentence(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == '\r' || cp == '\u2026'
                || cp == '\u3002';
    }
}
