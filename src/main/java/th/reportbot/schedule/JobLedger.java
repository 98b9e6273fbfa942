package th.reportbot.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import th.reportbot.report.StoreUnavailableException;

/**
 * What the scheduled jobs need to run once per group and week across every bot instance: a lock per job, and a
 * marker once a job is done. The scheduler owns this port; the store implements it. Every method may throw
 * {@link StoreUnavailableException}.
 */
public interface JobLedger {

    /** Takes the job's lock for this instance, if no instance holds it; it lapses after {@code lease}. */
    boolean lock(String chatId, LocalDate week, String job, String owner, Duration lease);

    /** Gives the lock back, if this instance still holds it. */
    void unlock(String chatId, LocalDate week, String job, String owner);

    /** How the job ended, once it did (sent, saved, skipped...). */
    Optional<String> done(String chatId, LocalDate week, String job);

    void markDone(String chatId, LocalDate week, String job, String outcome);

    /** Whether a reply already carried the week's table (the last missing organisation reported). */
    boolean tableDelivered(String chatId, LocalDate week);

    /**
     * Claims the month's warning to the officers that the quota will not cover the chat's scheduled pushes.
     *
     * @return true for the one caller, on any instance, that should send it this month
     */
    boolean claimQuotaWarning(String chatId, YearMonth month);

    /** Gives the claim back when the warning did not reach LINE, so that a later tick sends it. */
    void releaseQuotaWarning(String chatId, YearMonth month);
}
