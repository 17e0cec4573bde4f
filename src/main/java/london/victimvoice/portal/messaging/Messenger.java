package london.victimvoice.portal.messaging;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Sends a message through the channel of its type. Deliberately not transactional: a provider
 * call must never hold a database transaction open.
 */
@Service
public class Messenger {

    private final Map<ChannelType, MessageChannel> channels = new EnumMap<>(ChannelType.class);

    /** Refuses to start without exactly one channel per type, rather than failing at the first send. */
    Messenger(List<MessageChannel> available) {
        for (var channel : available) {
            var clash = channels.putIfAbsent(channel.type(), channel);
            if (clash != null) {
                throw new IllegalStateException("Two channels for " + channel.type() + ": "
                        + clash.getClass().getSimpleName() + " and " + channel.getClass().getSimpleName());
            }
        }
        for (var type : ChannelType.values()) {
            if (!channels.containsKey(type)) {
                throw new IllegalStateException("No " + type + " channel: set portal.messaging.delivery to "
                        + "'providers' (with the Twilio and mail settings) or, outside the prod profile, 'dev-outbox'");
            }
        }
    }

    /**
     * @throws MessageSendException when the channel could not hand the message over
     */
    public SendResult send(OutgoingMessage message) {
        return channels.get(message.channel()).send(message);
    }

    /** For the outbox: sending, and looking up what an unclear send did. */
    MessageChannel channel(ChannelType type) {
        return channels.get(type);
    }
}
