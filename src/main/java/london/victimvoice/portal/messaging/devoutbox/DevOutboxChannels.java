package london.victimvoice.portal.messaging.devoutbox;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageChannel;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;

/** The dev outbox stands in for every channel type. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDevOutbox
class DevOutboxChannels {

    @Bean
    MessageChannel devOutboxSms(DevOutbox outbox) {
        return new DevOutboxChannel(ChannelType.SMS, outbox);
    }

    @Bean
    MessageChannel devOutboxEmail(DevOutbox outbox) {
        return new DevOutboxChannel(ChannelType.EMAIL, outbox);
    }

    record DevOutboxChannel(ChannelType type, DevOutbox outbox) implements MessageChannel {

        @Override
        public SendResult send(OutgoingMessage message) {
            if (message.channel() != type) {
                throw new IllegalArgumentException("Not " + type + ": " + message.channel());
            }
            return outbox.keep(message);
        }

        @Override
        public Lookup find(OutgoingMessage message, Instant attemptedFrom) {
            return message.reference() == null ? new Lookup.Unknown("no outbox id to look for")
                    : outbox.find(message.reference());
        }
    }
}
