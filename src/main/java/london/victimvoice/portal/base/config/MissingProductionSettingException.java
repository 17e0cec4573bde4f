package london.victimvoice.portal.base.config;

/** Start-up refused: the prod profile lacks a setting it cannot run without. */
class MissingProductionSettingException extends RuntimeException {

    MissingProductionSettingException(String message) {
        super(message);
    }
}
