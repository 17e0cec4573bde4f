package london.victimvoice.portal.participants;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

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

    private static final Logger log = LoggerFactory.getLogger(SignUps.class);
    private static final int ATTEMPTS = 3;

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
        for (var attempt = 1; ; attempt++) {
            try {
                return enrolment.enrol(checked);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // Another sign-up took one of the contacts while this one was being stored (the unique
                // hash said no, or MariaDB chose this one to give way). Everything here rolled back;
                // the next attempt sees the other one's contact and refuses in plain words.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Sign-up collided with another for the same contact; trying again", e);
                pause(Duration.ofMillis(20L * attempt));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing a sign-up", e);
        }
    }
}
