package th.reportbot.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A job of one week: due at {@code at}, worth running until {@code until}.
 *
 * @param week        the Friday the reports belong to
 * @param deadlineDay the day the reports are due (the Friday, or the working day before a holiday Friday)
 */
public record DueJob(Job job, LocalDate week, LocalDate deadlineDay, Instant at, Instant until) {

    boolean runnableAt(Instant now) {
        return !now.isBefore(at) && now.isBefore(until);
    }
}
