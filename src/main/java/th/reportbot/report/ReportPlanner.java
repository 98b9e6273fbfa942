package th.reportbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.reportbot.parse.AskReason;
import th.reportbot.parse.Outcome;
import th.reportbot.parse.ParseResult;
import th.reportbot.parse.ParsedReport;
import th.reportbot.parse.ReportParser;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/**
 * Works out what one message would change: reads it, reconciles each report with the organisation's history, and
 * decides to store it, hold it for the sender's confirmation, or refuse its week. Changes nothing itself.
 */
final class ReportPlanner {
    private final District district;
    private final ReportParser parser;
    private final ReportStore store;
    private final Reconciler reconciler;
    private final LocalDate baselineWeek;

    ReportPlanner(District district, ReportParser parser, ReportStore store) {
        this.district = district;
        this.parser = parser;
        this.store = store;
        this.reconciler = new Reconciler(district.baselineDate());
        this.baselineWeek = Weeks.fridayOf(district.baselineDate());
    }

    /** What a message would store, and what the reply is about. */
    record Plan(Submission submission, List<Change> changes) {
    }

    /**
     * @param reading   what the version ids are made of: the message id, or for an edit the message id and its time
     * @param confirmed the sender confirmed this reading: store it even if it would be doubted
     */
    Plan plan(ChatEvent event, String userId, String messageId, String reading, String text, boolean mayBind,
              List<VersionRef> replacing, boolean confirmed) {
        Instant at = Instant.ofEpochMilli(event.timestamp());
        // The sender's binding matters only to a report that names no organisation: read it only then.
        ParseResult parsed = parser.parse(text, null, Weeks.dayOf(at));
        Organisation bound = null;
        if (parsed.outcome() == Outcome.ASK && parsed.reason() == AskReason.NO_ORGANISATION) {
            bound = userId == null ? null
                    : store.boundOrg(event.chatId(), userId).flatMap(district::organisation).orElse(null);
            if (bound != null) {
                parsed = parser.parse(text, bound, Weeks.dayOf(at));
            }
        }
        if (parsed.outcome() != Outcome.REPORT) {
            return new Plan(Submission.nothingStored(parsed, false), List.of());
        }
        LocalDate currentWeek = Weeks.fridayOf(at);
        for (ParsedReport report : parsed.reports()) {
            LocalDate week = report.date() != null ? Weeks.fridayOf(report.date()) : currentWeek;
            if (week.isBefore(baselineWeek) || week.isAfter(currentWeek)) {
                Submission refused = new Submission(parsed, List.of(), week, List.of(), false, false, null, week, false,
                        null);
                return new Plan(refused, List.of());
            }
        }
        List<Organisation> named = parsed.reports().stream()
                .map(r -> district.organisationNamed(r.org()).orElseThrow()).toList();
        ParsedReport firstReport = parsed.reports().get(0);
        LocalDate firstWeek = firstReport.date() != null ? Weeks.fridayOf(firstReport.date()) : currentWeek;
        OrgReports read = store.orgReports(event.chatId(), firstWeek, named.stream().map(Organisation::id).toList(),
                bound == null ? userId : null);
        Map<LocalDate, Map<String, StoredReport>> current = read.reports();
        String senderOrg = bound != null ? bound.id() : read.senderOrg();
        boolean officer = district.isOfficer(userId);
        // A member's first report binds them to its organisation everywhere else; a clerk reporting for the first
        // time just after the deadline is such a member, so one organisation's late report from an unbound sender
        // is theirs (stored, bound, flagged LATE_CHANGE like any late change).
        boolean firstReportOfItsOwn = senderOrg == null && userId != null
                && named.stream().map(Organisation::id).distinct().count() == 1;
        for (int i = 0; i < parsed.reports().size(); i++) {
            ParsedReport report = parsed.reports().get(i);
            LocalDate week = report.date() != null ? Weeks.fridayOf(report.date()) : currentWeek;
            if (pastDeadline(week, at) && !officer && !firstReportOfItsOwn && !named.get(i).id().equals(senderOrg)) {
                Submission refused = new Submission(parsed, List.of(), week, List.of(), false, false, null, null,
                        false, new Submission.TooLate(named.get(i).name(), week));
                return new Plan(refused, List.of());
            }
        }
        Map<String, StoredReport> replacedVersions = new HashMap<>();
        for (VersionRef ref : replacing) {
            store.versions(event.chatId(), ref.week(), ref.orgId()).stream()
                    .filter(v -> v.versionId().equals(ref.versionId()))
                    .findFirst().ifPresent(v -> replacedVersions.put(ref.orgId(), v));
        }
        List<Confirmed> reports = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<Doubt> doubts = new LinkedHashSet<>();
        for (int i = 0; i < parsed.reports().size(); i++) {
            ParsedReport report = parsed.reports().get(i);
            Organisation org = named.get(i);
            LocalDate week = report.date() != null ? Weeks.fridayOf(report.date()) : currentWeek;
            OrgHistory history = otherWeeks(TableBuilder.historyOf(org.id(), current), week);
            StoredReport shownBefore = replacedVersions.containsKey(org.id()) ? replacedVersions.get(org.id())
                    : current.getOrDefault(week, Map.of()).get(org.id());
            StoredReport replaced = shownBefore != null && !shownBefore.at().isAfter(at) ? shownBefore : null;
            Reconciled numbers = reconciler.reconcile(report, week, history, shownBefore, org.population());
            doubts.addAll(numbers.doubts());
            List<ReportWarning> warnings = new ArrayList<>(numbers.kinds());
            if (pastDeadline(week, at)) {
                warnings.add(ReportWarning.LATE_CHANGE);
            }
            StoredReport stored = new StoredReport(StoredReport.versionIdOf(reading, org.id()), org.id(), week,
                    numbers.baseline(), numbers.total(), numbers.statedWeekly(), warnings, userId, at, messageId);
            List<StoredReport> withThis = new ArrayList<>(history.reports());
            withThis.add(stored);
            Long shownBaseline = new OrgHistory(withThis).baseline(baselineWeek).orElse(null);
            reports.add(new Confirmed(org, stored, numbers, replaced, shownBaseline));
            changes.add(new Change.AddVersion(stored));
        }
        boolean onBehalf = senderOrg != null && reports.stream().noneMatch(c -> c.org().id().equals(senderOrg));
        LocalDate week = reports.get(0).stored().week();
        if (!doubts.isEmpty() && !confirmed) {
            Pending pending = new Pending(event.eventId(), userId, messageId, text, event.timestamp(), week,
                    reports.stream().map(c -> new Pending.Held(c.org().id(), c.stored().total())).toList(),
                    List.copyOf(doubts));
            Submission held = new Submission(parsed, reports, week, List.of(), false, false, pending, null, onBehalf,
                    null);
            // Remembered with no versions, so that the same message under another event id is not asked about twice.
            return new Plan(held, List.of(new Change.HoldPending(pending),
                    new Change.RememberMessage(new MessageRecord(messageId, event.timestamp(), List.of()))));
        }
        changes.add(new Change.RememberMessage(new MessageRecord(messageId, event.timestamp(),
                reports.stream().map(c -> VersionRef.of(c.stored())).toList())));
        reports = askForBaselines(reports, read.baselineAsked(), event.timestamp(), changes);
        if (mayBind && senderOrg == null && userId != null && reports.size() == 1) {
            changes.add(new Change.BindIfUnbound(userId, reports.get(0).org().id()));
        }
        List<String> missingBefore = missing(read.reportedInWeek(), List.of());
        List<String> missingAfter = missing(read.reportedInWeek(),
                reports.stream().filter(c -> c.stored().week().equals(week)).map(c -> c.org().id()).toList());
        boolean completes = !missingBefore.isEmpty() && missingAfter.isEmpty();
        if (completes && mayTable(reports, officer)) {
            changes.add(new Change.TableDelivered(week));
        }
        Submission submission = new Submission(parsed, reports, week, missingAfter, completes, false, null, null,
                onBehalf, null);
        return new Plan(submission, changes);
    }

    /**
     * An organisation that only ever sends totals stays out of the district row: its reply asks once (per chat) for
     * the baseline. Only a total can go in the example, so a report without one is not asked about.
     */
    private static List<Confirmed> askForBaselines(List<Confirmed> reports, Set<String> askedBefore, long at,
                                                   List<Change> changes) {
        Set<String> asking = new java.util.HashSet<>();
        List<Confirmed> result = new ArrayList<>();
        for (Confirmed c : reports) {
            StoredReport r = c.stored();
            if (c.baseline() == null && r.total() != null && !askedBefore.contains(r.orgId()) && asking.add(r.orgId())) {
                changes.add(new Change.BaselineAsked(r.orgId(), at));
                result.add(c.askingBaseline());
            } else {
                result.add(c);
            }
        }
        return result;
    }

    /** After the week's deadline (district schedule, Bangkok time) at the event's time. */
    private boolean pastDeadline(LocalDate week, Instant at) {
        return at.isAfter(district.schedule().deadline(week).atZone(Weeks.BANGKOK).toInstant());
    }

    /**
     * Whether this message may mark the week as tabled (which spares the scheduled pushes). One member's message
     * filling in several organisations could otherwise silence the reminders the real organisations need: it may
     * only when the sender is an officer or bound to each organisation it reports for. A member is bound to one
     * organisation, so a message for several is an officer's to table; a message for one tables as before.
     */
    private static boolean mayTable(List<Confirmed> reports, boolean officer) {
        return officer || reports.stream().map(c -> c.org().id()).distinct().count() == 1;
    }

    private List<String> missing(java.util.Set<String> reported, List<String> alsoReported) {
        return district.organisations().stream()
                .filter(o -> !reported.contains(o.id()) && !alsoReported.contains(o.id()))
                .map(Organisation::name).toList();
    }

    private static OrgHistory otherWeeks(OrgHistory history, LocalDate week) {
        return new OrgHistory(history.reports().stream().filter(r -> !r.week().equals(week))
                .sorted(Comparator.comparing(StoredReport::week)).toList());
    }
}
