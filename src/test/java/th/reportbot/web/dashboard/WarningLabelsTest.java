package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.reportbot.report.ReportWarning;
import th.reportbot.support.TestSentences;
import th.reportbot.web.WebSentences;

/** Every warning the reconciler can raise has its own Thai label on the officers' page. */
class WarningLabelsTest {
    private final WebSentences words = new WebSentences(TestSentences.messageSource(), Locale.forLanguageTag("th"));

    @Test
    void everyWarningHasItsOwnLabel() {
        Set<String> labels = new HashSet<>();
        for (ReportWarning w : ReportWarning.values()) {
            String label = DashboardPage.warning(w, words);
            assertThat(label).as(w.name()).isNotBlank().doesNotContain("page.warning");
            assertThat(labels.add(label)).as(w + " has a label of its own: " + label).isTrue();
        }
        assertThat(DashboardPage.warning(ReportWarning.TOTAL_DROPPED, words)).isEqualTo("ยอดรวมลดลง");
    }
}
