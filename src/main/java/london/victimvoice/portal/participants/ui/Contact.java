package london.victimvoice.portal.participants.ui;

import java.util.Optional;

import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.messaging.ChannelType;

/** Where a code can go: the normalised recipient, and how it is shown back to the person. */
record Contact(ChannelType channel, String recipient, String shown) {

    static Optional<Contact> sms(String typed) {
        return PhoneNumber.parseForSms(typed) instanceof Parsed.Valid<PhoneNumber>(var phone)
                ? Optional.of(new Contact(ChannelType.SMS, phone.e164(), phone.display()))
                : Optional.empty();
    }

    static Optional<Contact> email(String typed) {
        return EmailAddress.parse(typed) instanceof Parsed.Valid<EmailAddress>(var email)
                ? Optional.of(new Contact(ChannelType.EMAIL, email.value(), email.value()))
                : Optional.empty();
    }
}
