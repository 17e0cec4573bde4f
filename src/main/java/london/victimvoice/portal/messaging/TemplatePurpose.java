package london.victimvoice.portal.messaging;

import java.util.Set;

/**
 * What a template is for, and so which placeholders it may use. A placeholder outside this list is
 * refused when the template is saved, naming it, rather than failing when a message is made.
 * {@code name} (the person's chosen name) and, in email, {@code stop_link} are filled in by the
 * outbox itself.
 */
public enum TemplatePurpose {
    MEETING_REMINDER(Set.of("meeting_day", "meeting_time", "meeting_end", "link")),
    MEETING_CHANGED(Set.of("old_day", "meeting_day", "meeting_time", "meeting_end", "link")),
    MEETING_CANCELLED(Set.of("meeting_day", "meeting_time", "link")),
    APPROVAL_DECISION(Set.of("forums", "link")),
    WAITING_LIST_OFFER(Set.of("forum", "accept_by", "link")),
    VOUCHER(Set.of("voucher_value", "voucher_code", "link")),
    /** A question between meetings has opened, or is about to close. */
    VOICE_QUESTION(Set.of("closes_on", "link")),
    /** A "you said, we did" entry someone asked to follow has moved on. */
    VOICE_UPDATE(Set.of("status", "link")),
    /** A coordinator's own words for a bulk send. */
    CUSTOM(Set.of("meeting_day", "meeting_time", "link"));

    /** Filled in by the outbox for every message. */
    public static final Set<String> ALWAYS = Set.of("name", "stop_link");

    private final Set<String> placeholders;

    TemplatePurpose(Set<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** The placeholders a caller supplies (beside {@link #ALWAYS}). */
    public Set<String> placeholders() {
        return placeholders;
    }

    public boolean allows(String placeholder) {
        return placeholders.contains(placeholder) || ALWAYS.contains(placeholder);
    }

    public String labelKey() {
        return "messaging.purpose." + name();
    }
}
