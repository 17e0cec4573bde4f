package london.victimvoice.portal.participants;

/** A participant's account and kept drafts on the embedded H2 database (MariaDB mode). */
class AccountsH2Test extends AccountsContract {
}
