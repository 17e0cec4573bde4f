package london.victimvoice.portal.base.config;

/** Start-up refused: the prod profile lacks a setting it cannot run without. */
class MissingProductionSettingException extends RuntimeException {

    private final String action;

    MissingProductionSettingException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What the operator should do, shown under the message in Boot's failure report. */
    String action() {
        return action;
    }
}
