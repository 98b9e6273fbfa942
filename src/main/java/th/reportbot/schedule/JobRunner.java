package th.reportbot.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

import io.micrometer.core.instrument.MeterRegistry;
import th.reportbot.chat.ChatRenderer;
import th.reportbot.chat.Reply;
import th.reportbot.line.LinePusher;
import th.reportbot.line.PushOutcome;
import th.reportbot.line.QuotaGuard;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.ChatDirectory;
import th.reportbot.report.GroupNames;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.StoreUnavailableException;

/**
 * Runs each group's due jobs once per week across every bot instance: a Redis lock per job and a done marker. A job
 * missed while every instance was down runs when one comes back, while it is still useful. Free before paid: a job
 * whose message no longer helps (everyone reported, the table went out in a reply) is saved, not pushed.
 */
@Component
public class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final ReportDesks desks;
    private final JobLedger ledger;
    private final ChatDirectory chats;
    private final LinePusher pusher;
    private final QuotaGuard quota;
    private final QuotaWarner warner;
    private final ChatRenderer messages;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final GroupNames names;
    private final String instance = UUID.randomUUID().toString();

    JobRunner(ReportDesks desks, JobLedger ledger, ChatDirectory chats, LinePusher pusher, QuotaGuard quota,
              QuotaWarner warner, ChatRenderer messages, MeterRegistry metrics, Clock clock, GroupNames names) {
        this.desks = desks;
        this.ledger = ledger;
        this.chats = chats;
        this.pusher = pusher;
        this.quota = quota;
        this.warner = warner;
        this.messages = messages;
        this.metrics = metrics;
        this.clock = clock;
        this.names = names;
    }

    /**
     * Starts whatever is due now. Called every few seconds by the scheduler; safe to call from several instances. It
     * does not wait for LINE: a job's lock is held until its push has ended, retries and all, so a later tick leaves
     * the job alone meanwhile.
     *
     * @return completes when every job this tick started has ended (the scheduler does not wait for it)
     */
    public CompletableFuture<Void> tick() {
        Instant now = clock.instant();
        QuotaGuard.Look look = quota.look();
        List<CompletableFuture<Void>> started = new ArrayList<>();
        try {
            for (String group : chats.groups()) {
                Optional<ReportDesk> desk = desks.forChat(group);
                if (desk.isEmpty()) {
                    continue;
                }
                for (DueJob job : WeekPlan.jobs(desk.get().district().schedule(), now)) {
                    if (job.runnableAt(now)) {
                        started.add(runOnce(group, desk.get(), job, now, look));
                    }
                }
            }
        } catch (StoreUnavailableException e) {
            log.warn("Scheduled jobs wait for Redis: {}", e.getMessage());
        }
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> runOnce(String group, ReportDesk desk, DueJob job, Instant now,
                                            QuotaGuard.Look look) {
        String name = job.job().name();
        if (ledger.done(group, job.week(), name).isPresent()
                || !ledger.lock(group, job.week(), name, instance, LEASE)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<String> outcome;
        try {
            if (ledger.done(group, job.week(), name).isPresent()) {
                ledger.unlock(group, job.week(), name, instance);
                return CompletableFuture.completedFuture(null); // another instance finished it between the two looks
            }
            outcome = run(group, desk, job, now, look);
        } catch (RuntimeException e) {
            ledger.unlock(group, job.week(), name, instance);
            throw e;
        }
        // Asked here, on the scheduler's thread, not where the push ends; cached, so LINE is asked every few hours.
        String groupName = names.nameOf(group);
        return outcome.thenAccept(ended -> record(group, groupName, job, ended))
                .handle((ignored, failure) -> {
                    if (failure != null) {
                        log.error("Job {} group={} week={} failed", name, group, job.week(), failure);
                    }
                    unlock(group, job);
                    return null;
                });
    }

    /** @param outcome how the job ended, or null to try again on a later tick */
    private void record(String group, String groupName, DueJob job, String outcome) {
        String name = job.job().name();
        if (outcome != null) {
            ledger.markDone(group, job.week(), name, outcome);
        }
        metrics.counter("reportbot.pushes", "job", name, "outcome", outcome == null ? "retry-later" : outcome)
                .increment();
        log.info("Job {} group={} ({}) week={}: {}", name, group, groupName, job.week(),
                outcome == null ? "retry later" : outcome);
    }

    private void unlock(String group, DueJob job) {
        try {
            ledger.unlock(group, job.week(), job.job().name(), instance);
        } catch (StoreUnavailableException e) {
            log.warn("Job {} group={} week={}: lock not given back, it lapses after {}: {}", job.job(), group,
                    job.week(), LEASE, e.getMessage());
        }
    }

    /** @return how the job ended, or null to try again on a later tick */
    private CompletableFuture<String> run(String group, ReportDesk desk, DueJob job, Instant now,
                                          QuotaGuard.Look look) {
        // The table push is saved, without reading anything more, when a reply already carried the table.
        if (job.job() == Job.FRIDAY_TABLE && ledger.tableDelivered(group, job.week())) {
            return CompletableFuture.completedFuture("saved");
        }
        DistrictTable table = desk.table(group, job.week());
        var schedule = desk.district().schedule();
        List<Message> push;
        switch (job.job()) {
            case MORNING_REMINDER -> {
                if (table.missing().isEmpty()) {
                    return CompletableFuture.completedFuture("saved");
                }
                push = messages.render(new Reply.MorningReminder(job.deadlineDay(), schedule.table(), job.week()));
            }
            case MISSING_REMINDER -> {
                if (table.missing().isEmpty()) {
                    return CompletableFuture.completedFuture("saved");
                }
                push = messages.render(new Reply.MissingReminder(table, job.deadlineDay(), schedule.table(),
                        desk.membersByOrg(group)));
            }
            case FRIDAY_TABLE -> push = messages.render(new Reply.FridayTable(table));
            default -> throw new IllegalStateException("No run for " + job.job());
        }
        // The officers hear that the month's quota runs short before any push is skipped for it.
        CompletableFuture<Void> warned = warner.warnIfShort(group, desk, now, look);
        // A reminder keeps room for the table, unless the roster switched the table's push off.
        if (!look.take(group, job.job() == Job.FRIDAY_TABLE || !schedule.pushes().fridayTable())) {
            log.warn("Job {} group={} week={}: skipped, the channel's message quota would not cover it",
                    job.job(), group, job.week());
            return warned.thenApply(ignored -> "skipped-quota");
        }
        return pusher.push(group, push, retryKey(group, job)).thenApply(JobRunner::outcome)
                .thenCombine(warned, (ended, ignored) -> ended);
    }

    private static String outcome(PushOutcome push) {
        return switch (push) {
            case SENT -> "sent";
            case ALREADY_SENT -> "sent-before";
            case QUOTA_EXHAUSTED -> "skipped-quota";
            case REFUSED -> "refused";
            case UNAVAILABLE -> null;
        };
    }

    /** The same for every attempt at a job, on every instance: LINE accepts a retry key once. */
    static UUID retryKey(String group, DueJob job) {
        return UUID.nameUUIDFromBytes((group + "|" + job.job() + "|" + job.week()).getBytes(StandardCharsets.UTF_8));
    }
}
