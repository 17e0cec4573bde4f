package london.victimvoice.portal.messaging;

import java.util.UUID;

/**
 * Answers a RECEIVED texted back about a thank-you gift. Implemented by the vouchers module, which
 * knows what the person has been given; messaging sits below it and only carries the words.
 */
public interface ReceivedReplies {

    /**
     * Confirms the participant's oldest gift that was sent and not yet confirmed, if there is one;
     * with none outstanding nothing changes.
     *
     * @return the reply to text back, in words safe for a shared phone
     */
    String received(UUID participantId);
}
