package london.victimvoice.portal.voice;

/** Consultations on the embedded H2 database (MariaDB mode). */
class ConsultationsH2Test extends ConsultationsContract {
}
