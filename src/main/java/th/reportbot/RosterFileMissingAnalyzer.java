package th.reportbot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stops with one line naming the missing roster file instead of a stack trace (META-INF/spring.factories). */
class RosterFileMissingAnalyzer extends AbstractFailureAnalyzer<RosterFileMissing> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RosterFileMissing cause) {
        return new FailureAnalysis(cause.getMessage(),
                "README.md, \"Configuration\": the roster is data, one YAML file a district.", cause);
    }
}
