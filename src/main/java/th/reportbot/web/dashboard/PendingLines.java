package th.reportbot.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.reportbot.calendar.ThaiDateText;
import th.reportbot.report.Pending;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.Weeks;
import th.reportbot.web.WebSentences;

/** The week's reports held for their senders' confirmation, as the dashboard lists them for officers. */
final class PendingLines {
    private PendingLines() {
    }

    static List<String> of(ReportDesk desk, String groupId, LocalDate week, Clock clock, WebSentences words) {
        List<String> lines = new ArrayList<>();
        for (Pending p : desk.pending(groupId, clock.instant())) {
            if (!p.week().equals(week)) {
                continue;
            }
            var sent = Instant.ofEpochMilli(p.timestamp()).atZone(Weeks.BANGKOK);
            for (Pending.Held h : p.reports()) {
                String org = desk.district().organisation(h.orgId()).map(o -> o.name()).orElse(h.orgId());
                String at = ThaiDateText.time(sent.toLocalTime());
                lines.add(h.total() == null ? words.say("page.pending.line.no-total", org, at)
                        : words.say("page.pending.line", org, DashboardPage.number(h.total()), at));
            }
        }
        return lines;
    }
}
