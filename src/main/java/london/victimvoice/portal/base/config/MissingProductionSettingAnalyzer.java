package london.victimvoice.portal.base.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
class MissingProductionSettingAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
