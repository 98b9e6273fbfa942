package th.reportbot.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

import th.reportbot.chat.ChatRenderer;
import th.reportbot.chat.Reply;
import th.reportbot.line.LinePusher;
import th.reportbot.line.PushOutcome;
import th.reportbot.line.QuotaGuard;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.Weeks;
import th.reportbot.roster.District;

/**
 * Tells a district's officers, once a month per group, when the channel's remaining quota will not cover the group's
 * scheduled pushes this month: the projection ({@link MonthPlan}) times the group's member count against the quota
 * LINE reports minus what it has used. It runs before a job's push is weighed against the quota, so the officers hear
 * of it before a push is skipped. Each officer gets a push of their own (one message each).
 */
@Component
class QuotaWarner {
    private static final Logger log = LoggerFactory.getLogger(QuotaWarner.class);

    private final JobLedger ledger;
    private final LinePusher pusher;
    private final ChatRenderer messages;

    QuotaWarner(JobLedger ledger, LinePusher pusher, ChatRenderer messages) {
        this.ledger = ledger;
        this.pusher = pusher;
        this.messages = messages;
    }

    /** @return completes when the warning, if one was due, has reached LINE or been given up; never fails */
    CompletableFuture<Void> warnIfShort(String group, ReportDesk desk, Instant now, QuotaGuard.Look look) {
        OptionalLong remaining = look.remaining();
        OptionalLong members = look.pushCost(group);
        if (remaining.isEmpty() || members.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        District district = desk.district();
        int pushes = MonthPlan.remainingPushes(district.schedule(), now,
                (week, job) -> ledger.done(group, week, job.name()).isPresent());
        Reply.QuotaWarning warning = new Reply.QuotaWarning(district, YearMonth.from(Weeks.dayOf(now)),
                remaining.getAsLong(), pushes, members.getAsLong());
        if (warning.needed() <= warning.remaining() || !ledger.claimQuotaWarning(group, warning.month())) {
            return CompletableFuture.completedFuture(null);
        }
        log.warn("Quota short for group={} month={}: {} pushes x {} members = {} messages, {} left",
                group, warning.month(), pushes, warning.members(), warning.needed(), warning.remaining());
        if (district.officers().isEmpty()) {
            log.warn("No officer in the roster of {} to tell that the quota is short", district.id());
            return CompletableFuture.completedFuture(null);
        }
        if (!look.spend(district.officers().size())) {
            log.warn("Not even room in the quota to tell the officers of {} that it is short", district.id());
            return CompletableFuture.completedFuture(null);
        }
        List<Message> text = messages.render(warning);
        List<CompletableFuture<PushOutcome>> sent = new ArrayList<>();
        for (String officer : district.officers()) {
            sent.add(pusher.push(officer, text, retryKey(group, officer, warning.month())));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            boolean undelivered = failure != null || sent.stream().anyMatch(s -> s.join() == PushOutcome.UNAVAILABLE);
            if (undelivered) {
                // Same retry keys next time: LINE takes again only what did not arrive.
                try {
                    ledger.releaseQuotaWarning(group, warning.month());
                } catch (RuntimeException e) {
                    log.warn("Quota warning for group={} not delivered and not released: {}", group, e.toString());
                }
            }
            return null;
        });
    }

    private static UUID retryKey(String group, String officer, YearMonth month) {
        return UUID.nameUUIDFromBytes(("quota-warning|" + group + "|" + officer + "|" + month)
                .getBytes(StandardCharsets.UTF_8));
    }
}
