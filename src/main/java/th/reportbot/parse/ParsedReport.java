package th.reportbot.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What one message states about one organisation. A null field is not stated.
 *
 * @param org      the organisation's canonical roster name
 * @param date     the date the report is "as of", when the message writes one
 * @param baseline the count at the district's baseline Friday
 * @param increase the form's increase column: total minus baseline
 * @param weekly   change since the organisation's previous report
 * @param total    the current total
 * @param previous the previous report's total, when the message carries it forward ("ยกมา", "A ➡️ B")
 * @param unsure   the count is plausible but its evidence is weak (a bare number among other words): the bot asks
 *                 the sender to confirm before storing it
 */
public record ParsedReport(String org, LocalDate date, Long baseline, Long increase, Long weekly, Long total,
                           Long previous, List<ParseWarning> warnings, boolean unsure) {
    public ParsedReport {
        warnings = List.copyOf(warnings);
    }
}
