package london.victimvoice.portal.participants;

import org.springframework.stereotype.Service;

import london.victimvoice.portal.base.CollisionRetry;

/**
 * Stores a finished sign-up: the participant, their contacts, consent, a request for each chosen
 * forum (pending approval) and, if given, their equality answers apart from their identity. Then
 * {@link RegistrationSubmitted} is published.
 *
 * <p>One person is one participant: a phone number or email address belongs to at most one. Two
 * tabs submitting the same contact at once give exactly one participant; the other is refused
 * with {@link SignUpRefused#ALREADY_REGISTERED}, as is any later sign-up with that contact.
 */
@Service
public class SignUps {


    private final SignUpChecks checks;
    private final Enrolment enrolment;

    SignUps(SignUpChecks checks, Enrolment enrolment) {
        this.checks = checks;
        this.enrolment = enrolment;
    }

    /**
     * @throws SignUpRefused when a value is not acceptable or a contact is already registered;
     *                       nothing is stored then
     */
    public RegistrationReceipt submit(NewRegistration registration) {
        var checked = checks.check(registration);
        // Another sign-up may take one of the contacts while this one is stored; the retry then
        // sees it and refuses in plain words.
        return CollisionRetry.run("sign-up", () -> enrolment.enrol(checked));
    }
}
