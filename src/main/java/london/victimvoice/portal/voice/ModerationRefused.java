package london.victimvoice.portal.voice;

import org.jspecify.annotations.Nullable;

/**
 * A moderation or sign-off step was refused and nothing changed. {@link #messageKey} is the
 * bundle key of the message staff read (with {@link #args}); {@link #field} names the form field
 * it belongs to, or is null for a refusal about the batch as a whole. Never carries answer text.
 */
public class ModerationRefused extends RuntimeException {

    public static final String NO_SUCH_QUESTION = "voice.moderation.refused.noSuchQuestion";
    public static final String NOT_RELEASED = "voice.moderation.refused.notReleased";
    public static final String NO_SUCH_ANSWER = "voice.moderation.refused.noSuchAnswer";
    public static final String NO_SUCH_INSIGHT = "voice.moderation.refused.noSuchInsight";
    public static final String SUBMITTED = "voice.moderation.refused.submitted";
    public static final String SIGNED_OFF = "voice.moderation.refused.signedOff";
    public static final String TEXT_EMPTY = "voice.moderation.refused.textEmpty";
    public static final String TEXT_TOO_LONG = "voice.moderation.refused.textTooLong";
    public static final String THEME_EMPTY = "voice.moderation.refused.themeEmpty";
    public static final String THEME_TOO_LONG = "voice.moderation.refused.themeTooLong";
    public static final String THEME_MARKUP = "voice.moderation.refused.themeMarkup";
    public static final String TITLE_EMPTY = "voice.moderation.refused.titleEmpty";
    public static final String TITLE_TOO_LONG = "voice.moderation.refused.titleTooLong";
    public static final String TITLE_MARKUP = "voice.moderation.refused.titleMarkup";
    public static final String SUMMARY_EMPTY = "voice.moderation.refused.summaryEmpty";
    public static final String SUMMARY_TOO_LONG = "voice.moderation.refused.summaryTooLong";
    public static final String SUMMARY_MARKUP = "voice.moderation.refused.summaryMarkup";
    public static final String NO_INSIGHT = "voice.moderation.refused.noInsight";
    public static final String CHANGED_MEANWHILE = "voice.moderation.refused.changedMeanwhile";
    public static final String NOT_SUBMITTED = "voice.moderation.signOff.refused.notSubmitted";
    public static final String ALREADY_SIGNED_OFF = "voice.moderation.signOff.refused.alreadySignedOff";
    public static final String OWN_BATCH = "voice.moderation.signOff.refused.ownBatch";
    public static final String REASON_EMPTY = "voice.moderation.signOff.refused.reasonEmpty";
    public static final String REASON_TOO_LONG = "voice.moderation.signOff.refused.reasonTooLong";
    public static final String REASON_MARKUP = "voice.moderation.signOff.refused.reasonMarkup";

    private final String messageKey;
    private final @Nullable String field;
    private final Object[] args;

    public ModerationRefused(String messageKey, @Nullable String field, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.field = field;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
