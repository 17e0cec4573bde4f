package london.victimvoice.portal.voice;

import java.util.List;

/** A multiple-choice part beside the free text: a prompt and 2 to 8 options. */
public record ChoicePart(String prompt, List<String> options) {
    public ChoicePart {
        options = List.copyOf(options);
    }
}
