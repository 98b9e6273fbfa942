package th.reportbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import th.reportbot.parse.Outcome;
import th.reportbot.parse.ReportParser;
import th.reportbot.roster.District;
import th.reportbot.roster.RosterLoader;

/**
 * The desk's rules without Spring or Redis: what a message stores, what a redelivery, a correction, an undo and a
 * held report's answer change. The same paths run end to end against Redis in the webhook tests.
 */
class ReportDeskTest {
    private static final String CHAT = "Cdesk";
    private static final LocalDate FRIDAY = LocalDate.of(2023, 6, 2);
    private static final LocalDateTime FRIDAY_MORNING = FRIDAY.atTime(10, 0);
    /** A bare number among other words in a message about registrations: the bot asks before storing it. */
    private static final String UNSURE = "อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61";

    private final District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
    private final InMemoryReportStore store = new InMemoryReportStore();
    private final ReportDesk desk = new ReportDesk(banLat, new ReportParser(banLat), store);
    private final AtomicInteger events = new AtomicInteger();

    @Test
    void aClearReportIsStoredAndCountsInTheWeeksTable() {
        Submission s = say("Ua", "อบต.ท่าช้าง รวม 61 ราย", 0);

        assertThat(s.outcome()).isEqualTo(Outcome.REPORT);
        assertThat(s.held()).isNull();
        assertThat(s.week()).isEqualTo(FRIDAY);
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(61L);
        assertThat(s.stillMissing()).hasSize(banLat.organisations().size() - 1).doesNotContain("อบต.ท่าช้าง");
        assertThat(store.boundOrg(CHAT, "Ua")).as("a first report binds its sender").isPresent();
    }

    @Test
    void aRedeliveredMessageChangesNothing() {
        ChatEvent event = event(0);
        desk.submit(event, "Ua", "m1", "อบต.ท่าช้าง รวม 61 ราย");
        Submission again = desk.submit(event, "Ua", "m1", "อบต.ท่าช้าง รวม 61 ราย");

        assertThat(again.duplicate()).isTrue();
        assertThat(store.versions(CHAT, FRIDAY, orgId("อบต.ท่าช้าง"))).hasSize(1);
        assertThat(store.history(CHAT)).hasSize(1);
    }

    @Test
    void aCorrectionReplacesTheTotalAndUndoBringsTheEarlierOneBack() {
        say("Ua", "อบต.ท่าช้าง รวม 61 ราย", 0);
        Submission correction = say("Ua", "อบต.ท่าช้าง รวม 65 ราย", 5);

        assertThat(correction.confirmed().get(0).replaced().total()).isEqualTo(61L);
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(65L);

        Withdrawal undo = desk.undo(event(10), "Ua");
        assertThat(undo.withdrawn().total()).isEqualTo(65L);
        assertThat(undo.nowShown().total()).isEqualTo(61L);
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(61L);
    }

    @Test
    void anUnsureReadingIsHeldAndOnlyItsSenderOrAnOfficerCanConfirmIt() {
        ChatEvent message = event(0);
        Submission s = desk.submit(message, "Ua", "m1", UNSURE);
        assertThat(s.held()).as("held for a question").isNotNull();
        assertThat(total("อบต.ท่าช้าง")).as("not in the table while held").isNull();
        assertThat(desk.pendingOf(CHAT, "Ua")).isPresent();

        Answer stranger = desk.answer(event(1), "Ub", "Ua", message.eventId(), true, false);
        assertThat(stranger.kind()).isEqualTo(Answer.Kind.NOT_YOURS);
        assertThat(total("อบต.ท่าช้าง")).isNull();

        Answer sender = desk.answer(event(2), "Ua", "Ua", message.eventId(), true, false);
        assertThat(sender.kind()).isEqualTo(Answer.Kind.STORED);
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(61L);
        assertThat(desk.pendingOf(CHAT, "Ua")).isEmpty();
    }

    @Test
    void noDropsTheHeldReading() {
        ChatEvent message = event(0);
        desk.submit(message, "Ua", "m1", UNSURE);

        Answer no = desk.answer(event(1), "Ua", "Ua", message.eventId(), false, false);

        assertThat(no.kind()).isEqualTo(Answer.Kind.DROPPED);
        assertThat(total("อบต.ท่าช้าง")).isNull();
        assertThat(desk.pendingOf(CHAT, "Ua")).isEmpty();
    }

    @Test
    void chatterStoresOnlyTheEvent() {
        Submission s = say("Ua", "ประชุมประจำเดือนวันที่ 9 เวลา 13.30 น. ห้องประชุม 2", 0);

        assertThat(s.outcome()).isEqualTo(Outcome.IGNORE);
        assertThat(store.currentReports(CHAT)).isEmpty();
        assertThat(store.history(CHAT)).hasSize(1);
    }

    @Test
    void datesFarOutsideTheDistrictsWeeksCreateNoWeek() {
        Submission ancient = say("Ua", "อบต.ท่าช้าง ณ 1 ม.ค. 2400 รวม 61 ราย", 0);
        Submission distant = say("Ua", "อบต.ท่าช้าง ณ 1 ม.ค. 9999 รวม 61 ราย", 1);

        assertThat(ancient.outOfRange()).as("refused with the out-of-range reply").isNotNull();
        assertThat(distant.outOfRange()).as("refused with the out-of-range reply").isNotNull();
        assertThat(store.currentReports(CHAT)).as("no week created").isEmpty();
    }

    @Test
    void aWeekPastItsDeadlineIsChangedOnlyByItsOwnMembersAndOfficers() {
        say("Ua", "อบต.ท่าช้าง รวม 61 ราย", 0); // Ua is now bound to อบต.ท่าช้าง
        say("Ub", "อบต.ไร่โคก รวม 210 ราย", 1); // Ub to อบต.ไร่โคก
        int nextSaturday = 24 * 60;
        String lateCorrection = "อบต.ท่าช้าง ณ 2 มิ.ย. 2566 รวม 99 ราย";

        Submission stranger = say("Ub", lateCorrection, nextSaturday);
        assertThat(stranger.tooLate()).as("refused, and why").isEqualTo(new Submission.TooLate("อบต.ท่าช้าง", FRIDAY));
        assertThat(stranger.stored()).isFalse();
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(61L);

        Submission member = say("Ua", "อบต.ท่าช้าง ณ 2 มิ.ย. 2566 รวม 65 ราย", nextSaturday + 1);
        assertThat(member.stored()).isTrue();
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(65L);
        assertThat(row("อบต.ท่าช้าง").warnings()).as("flagged to officers").contains(ReportWarning.LATE_CHANGE);

        ReportDesk officers = new ReportDesk(withOfficer("Uofficer"), new ReportParser(banLat), store);
        ChatEvent byOfficer = event(nextSaturday + 2);
        Submission officer = officers.submit(byOfficer, "Uofficer", "m" + byOfficer.eventId(), lateCorrection);
        assertThat(officer.stored()).isTrue();
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(99L);
        assertThat(row("อบต.ท่าช้าง").warnings()).contains(ReportWarning.LATE_CHANGE);
    }

    @Test
    void oneMembersMessageForEveryOrganisationIsStoredButDoesNotTableTheWeek() {
        String everyone = String.join("\n", banLat.organisations().stream().map(o -> o.name() + " รวม 100 ราย").toList());

        Submission s = say("Ua", everyone, 0);

        assertThat(s.stored()).isTrue();
        assertThat(desk.table(CHAT, FRIDAY).missing()).isEmpty();
        assertThat(store.tableDelivered(CHAT, FRIDAY)).as("the scheduled pushes still go out").isFalse();
    }

    @Test
    void anOfficersMessageForEveryOrganisationTablesTheWeek() {
        String everyone = String.join("\n", banLat.organisations().stream().map(o -> o.name() + " รวม 100 ราย").toList());
        ReportDesk officers = new ReportDesk(withOfficer("Uofficer"), new ReportParser(banLat), store);

        ChatEvent event = event(0);
        officers.submit(event, "Uofficer", "m1", everyone);

        assertThat(store.tableDelivered(CHAT, FRIDAY)).isTrue();
    }

    @Test
    void theSameMessageUnderAnotherEventIdChangesNothingAndUnsendRemovesIt() {
        desk.submit(event(0), "Ua", "m1", "อบต.ท่าช้าง รวม 61 ราย");
        Submission copy = desk.submit(event(1), "Ua", "m1", "อบต.ท่าช้าง รวม 61 ราย");

        assertThat(copy.duplicate()).as("no second reply").isTrue();
        assertThat(store.versions(CHAT, FRIDAY, orgId("อบต.ท่าช้าง"))).as("one message, one version").hasSize(1);

        desk.unsend(event(2), "m1");
        assertThat(total("อบต.ท่าช้าง")).as("unsend removes it, whichever event stored it").isNull();

        Submission replay = desk.submit(event(3), "Ua", "m1", "อบต.ท่าช้าง รวม 61 ราย");
        assertThat(replay.duplicate()).isTrue();
        assertThat(total("อบต.ท่าช้าง")).as("a copy after the unsend brings nothing back").isNull();
    }

    @Test
    void anUnsendArrivingBeforeItsMessageKeepsTheMessageOut() {
        desk.unsend(event(1), "m1");
        desk.submit(event(0), "Ua", "m1", "อบต.ท่าช้าง รวม 61 ราย");

        assertThat(total("อบต.ท่าช้าง")).isNull();
    }

    @Test
    void versionsStoredUnderEventIdsBeforeTheChangeAreStillWithdrawnByUnsend() {
        long at = FRIDAY_MORNING.atZone(Weeks.BANGKOK).toInstant().toEpochMilli();
        StoredReport old = new StoredReport("e-old:" + orgId("อบต.ท่าช้าง"), orgId("อบต.ท่าช้าง"), FRIDAY, null, 61L,
                null, List.of(), "Ua", java.time.Instant.ofEpochMilli(at), "m-old");
        store.apply(event(0), List.of(new Change.AddVersion(old),
                new Change.RememberMessage(new MessageRecord("m-old", at, List.of(VersionRef.of(old))))));
        assertThat(total("อบต.ท่าช้าง")).isEqualTo(61L);

        desk.unsend(event(1), "m-old");

        assertThat(total("อบต.ท่าช้าง")).isNull();
    }

    @Test
    void aTotalOnlyReportAsksForTheBaselineOnceAndTheNextReportDoesNot() {
        Submission first = say("Ua", "อบต.ท่าช้าง รวม 61 ราย", 0);
        Submission next = say("Ua", "อบต.ท่าช้าง รวม 65 ราย", 5);

        assertThat(first.confirmed().get(0).asksBaseline()).as("the baseline is unknown: asked").isTrue();
        assertThat(next.confirmed().get(0).asksBaseline()).as("asked once per chat").isFalse();
    }

    @Test
    void aReportStatingItsBaselineIsNotAsked() {
        Submission s = say("Ua", "อบต.ท่าช้าง ยอดเดิม 50 รวม 61", 0);

        assertThat(s.confirmed().get(0).stored().baseline()).isEqualTo(50L);
        assertThat(s.confirmed().get(0).asksBaseline()).isFalse();
        assertThat(row("อบต.ท่าช้าง").covered()).as("in the district row").isTrue();
    }

    @Test
    void anOrganisationWithABaselineWeekReportIsNotAsked() {
        Submission baselineWeek = say("Ua", "อบต.ท่าช้าง ณ 26 พ.ค. 2566 รวม 50 ราย", 0);
        Submission thisWeek = say("Ua", "อบต.ท่าช้าง รวม 61 ราย", 5);

        assertThat(baselineWeek.confirmed().get(0).asksBaseline()).isFalse();
        assertThat(thisWeek.confirmed().get(0).stored().baseline()).isEqualTo(50L);
        assertThat(thisWeek.confirmed().get(0).asksBaseline()).isFalse();
    }

    @Test
    void aDryRunShowsTheQuestionButDoesNotUseItUp() {
        Submission dry = desk.dryRun(CHAT, "Ua", "อบต.ท่าช้าง รวม 61 ราย",
                java.time.Instant.ofEpochMilli(event(0).timestamp()));
        Submission real = say("Ua", "อบต.ท่าช้าง รวม 61 ราย", 1);

        assertThat(dry.confirmed().get(0).asksBaseline()).isTrue();
        assertThat(real.confirmed().get(0).asksBaseline()).as("the dry run stored nothing").isTrue();
    }

    @Test
    void aHeldReportIsNotAskedUntilItIsStored() {
        ChatEvent message = event(0);
        Submission held = desk.submit(message, "Ua", "m1", UNSURE);
        Answer yes = desk.answer(event(1), "Ua", "Ua", message.eventId(), true, false);

        assertThat(held.confirmed().get(0).asksBaseline()).as("held: the question comes first").isFalse();
        assertThat(yes.stored().confirmed().get(0).asksBaseline()).as("stored on yes: asked then").isTrue();
    }

    private District withOfficer(String userId) {
        return new District(banLat.id(), banLat.name(), banLat.province(), banLat.groupName(), banLat.baselineDate(),
                List.of(userId), banLat.organisations(), banLat.schedule());
    }

    private TableRow row(String orgName) {
        return desk.table(CHAT, FRIDAY).rows().stream().filter(r -> r.org().equals(orgName)).findFirst().orElseThrow();
    }

    private Submission say(String userId, String text, int minutes) {
        ChatEvent event = event(minutes);
        return desk.submit(event, userId, "m" + event.eventId(), text);
    }

    private ChatEvent event(int minutes) {
        long at = FRIDAY_MORNING.plusMinutes(minutes).atZone(Weeks.BANGKOK).toInstant().toEpochMilli();
        return new ChatEvent(CHAT, "e" + events.incrementAndGet(), "message", at, false, "{}");
    }

    private Long total(String orgName) {
        return desk.table(CHAT, FRIDAY).rows().stream().filter(r -> r.org().equals(orgName)).findFirst()
                .orElseThrow().total();
    }

    private String orgId(String orgName) {
        return banLat.organisations().stream().filter(o -> o.name().equals(orgName)).findFirst().orElseThrow().id();
    }
}
