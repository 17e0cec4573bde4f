package london.victimvoice.portal.campaigns;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who a bulk send goes to: people in these forums with this membership, optionally narrowed by
 * their answer about one meeting of those forums and by the channel their message would go by.
 *
 * @param meetingId a meeting of one of the forums: its day and time fill the template, and
 *                  {@code rsvp} narrows the audience by the answers to it
 */
public record Audience(Set<String> forums, Membership membership, @Nullable UUID meetingId, Rsvp rsvp,
        Channel channel) {

    public Audience {
        forums = Set.copyOf(new TreeSet<>(forums));
    }

    public enum Membership {
        MEMBERS, WAITING_LIST, MEMBERS_AND_WAITING_LIST;

        boolean members() {
            return this != WAITING_LIST;
        }

        boolean waiting() {
            return this != MEMBERS;
        }

        public String labelKey() {
            return "bulk.membership." + name();
        }
    }

    /** An answer about the chosen meeting; {@code NOT_NOT_COMING} is everyone who has not said no. */
    public enum Rsvp {
        ANY, COMING, NOT_SURE, NOT_COMING, NO_ANSWER, NOT_NOT_COMING;

        public String labelKey() {
            return "bulk.rsvp." + name();
        }
    }

    /** The channel the message would go by, as the person chose. */
    public enum Channel {
        ANY, SMS, EMAIL;

        public String labelKey() {
            return "bulk.channel." + name();
        }
    }
}
