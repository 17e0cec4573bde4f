package london.victimvoice.portal.voice;

/** The person may not do this with consultations (their role does not allow it); nothing changed. */
public class ConsultationAccessRefused extends RuntimeException {

    public ConsultationAccessRefused(String what) {
        super(what, null, false, false);
    }
}
