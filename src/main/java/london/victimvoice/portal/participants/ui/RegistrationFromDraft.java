package london.victimvoice.portal.participants.ui;


import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.ui.equality.EqualityDraft;

/** Turns what was typed into what the sign-up service stores; the service checks it all again. */
final class RegistrationFromDraft {

    private RegistrationFromDraft() {
    }

    static NewRegistration of(SignUpDraft draft, EqualityDraft equality) {
        var mobile = PhoneNumber.parseForSms(draft.mobile) instanceof Parsed.Valid<PhoneNumber>(var phone)
                ? phone.e164() : null;
        var email = EmailAddress.parse(draft.email) instanceof Parsed.Valid<EmailAddress>(var address)
                ? address.value() : null;
        var safety = draft.safety();
        return new NewRegistration(draft.chosenName, draft.fullName.isBlank() ? null : draft.fullName, mobile, email,
                draft.verifiedChannel, draft.verifiedRecipient, draft.referralCode,
                draft.heardFrom == null ? null : draft.heardFrom.name(), draft.forumCodes, safety, equality.answers(),
                draft.agreedNoticeVersion, draft.agreedToContact);
    }
}
