package london.victimvoice.portal.messaging;

import java.util.UUID;

/**
 * Answers a YES or NO texted back to a reminder. Implemented by the meetings module, which knows
 * which meeting is next; messaging sits below it and only carries the words.
 */
public interface RsvpReplies {

    /**
     * Records the answer for the participant's next meeting that can still be answered.
     *
     * @return the reply to text back, in words safe for a shared phone
     */
    String answer(UUID participantId, boolean coming);
}
