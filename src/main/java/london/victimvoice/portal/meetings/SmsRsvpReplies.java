package london.victimvoice.portal.meetings;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.messaging.RsvpReplies;

/**
 * YES or NO by text answers for the member's next meeting that has not started and is not
 * cancelled, through the same {@link Rsvps#answer} as the website. The reply names the day and
 * time but never the forum, as a text may be read by someone else.
 */
@Component
class SmsRsvpReplies implements RsvpReplies {

    private final Rsvps rsvps;
    private final MessageSource texts;

    SmsRsvpReplies(Rsvps rsvps, MessageSource texts) {
        this.rsvps = rsvps;
        this.texts = texts;
    }

    @Override
    @Transactional
    public String answer(UUID participantId, boolean coming) {
        var next = rsvps.upcomingFor(participantId).stream().filter(m -> !m.cancelled() && !m.started()).findFirst();
        if (next.isEmpty()) {
            return texts.getMessage("meetings.smsReply.none", null, Locale.UK);
        }
        var meeting = rsvps.answer(participantId, next.get().id(), coming ? RsvpAnswer.COMING : RsvpAnswer.NOT_COMING);
        return texts.getMessage(coming ? "meetings.smsReply.coming" : "meetings.smsReply.notComing",
                new Object[] {LondonTimes.day(meeting.startsAt()), LondonTimes.time(meeting.startsAt())}, Locale.UK);
    }
}
