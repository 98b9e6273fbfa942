package th.reportbot.local;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stops with the refusal's one line instead of a stack trace (registered in META-INF/spring.factories). */
class LocalModeRefusedAnalyzer extends AbstractFailureAnalyzer<LocalModeRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalModeRefused cause) {
        return new FailureAnalysis(cause.getMessage(), "Start the bot on a laptop, or configure LINE for production.", cause);
    }
}
