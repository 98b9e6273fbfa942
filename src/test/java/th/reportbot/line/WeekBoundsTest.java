package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.reportbot.schedule.JobRunner;
import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;
import th.reportbot.support.MovableClock;
import th.reportbot.support.MovableClockConfig;
import th.reportbot.support.TestSentences;

/**
 * Which weeks a member can write: none outside the district's weeks, a week past its deadline only as its own
 * organisation's member (or an officer), and one member's message for every organisation does not stop the Friday
 * table's push.
 */
@Import(MovableClockConfig.class)
class WeekBoundsTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private static final LocalDateTime SATURDAY = LocalDateTime.of(2023, 6, 3, 9, 0);

    @Autowired
    MovableClock clock;
    @Autowired
    JobRunner runner;

    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Cweeks-" + java.util.UUID.randomUUID().toString().substring(0, 6), webhooks, port);
        clock.setBangkok(FRIDAY);
    }

    private JsonNode raiKhok() throws Exception {
        return chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9);
    }

    @Test
    void datesFarOutsideTheDistrictsWeeksCreateNoWeek() {
        ObjectNode ancient = chat.say("Ua", "อบต.ไร่โคก ณ 1 ม.ค. 2400 รวม 210", FRIDAY);
        ObjectNode distant = chat.say("Ua", "อบต.ไร่โคก ณ 1 ม.ค. 9999 รวม 210", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(ancient).get(0)).startsWith("ยังไม่ได้บันทึก");
        assertThat(chat.replyTo(distant).get(0)).startsWith("ยังไม่ได้บันทึก");
        assertThat(redis.opsForZSet().size("rb:{" + chat.groupId() + "}:weeks")).as("weeks with reports").isZero();
    }

    @Test
    void aWeekPastItsDeadlineIsChangedOnlyByItsOwnMemberAndTheChangeIsFlagged() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY); // Ua is bound to อบต.ไร่โคก by this first report
        chat.say("Ub", "อบต.ท่าช้าง รวม 61", FRIDAY.plusMinutes(1)); // Ub to อบต.ท่าช้าง

        ObjectNode stranger = chat.say("Ub", "อบต.ไร่โคก ณ 2 มิ.ย. 2566 รวม 999", SATURDAY);
        assertThat(chat.replyTo(stranger)).containsExactly(
                TestSentences.botSentences().say("week.too-late", "วันศุกร์ที่ 2 มิ.ย. 2566", "อบต.ไร่โคก"));
        assertThat(raiKhok().path("total").asLong()).isEqualTo(210);

        ObjectNode member = chat.say("Ua", "อบต.ไร่โคก ณ 2 มิ.ย. 2566 รวม 215", SATURDAY.plusMinutes(1));
        assertThat(String.join("\n", chat.replyTo(member))).contains(TestSentences.botSentences().say("warning.late-change"));
        assertThat(raiKhok().path("total").asLong()).isEqualTo(215);
        assertThat(raiKhok().path("warnings").toString()).as("flagged to officers").contains("LATE_CHANGE");
    }

    @Test
    void aClerksFirstReportJustAfterTheDeadlineIsStoredFlaggedAndBindsThem() throws Exception {
        ObjectNode late = chat.say("Uc", "อบต.ไร่โคก ณ 2 มิ.ย. 2566 รวม 210", SATURDAY.withHour(9));

        assertThat(String.join("\n", chat.replyTo(late))).startsWith("✅ รับรายงาน อบต.ไร่โคก")
                .contains(TestSentences.botSentences().say("warning.late-change"));
        assertThat(raiKhok().path("total").asLong()).isEqualTo(210);
        ObjectNode another = chat.say("Uc", "อบต.ท่าช้าง ณ 2 มิ.ย. 2566 รวม 61", SATURDAY.withHour(9).plusMinutes(1));
        assertThat(chat.replyTo(another)).as("now bound to อบต.ไร่โคก, not a member of อบต.ท่าช้าง")
                .containsExactly(TestSentences.botSentences().say("week.too-late", "วันศุกร์ที่ 2 มิ.ย. 2566", "อบต.ท่าช้าง"));
    }

    @Test
    void oneMembersMessageForEveryOrganisationDoesNotStopTheFridayTablePush() throws Exception {
        String everyone = String.join("\n", List.of("ทต.บ้านลาด", "อบต.บ้านหาด", "อบต.บ้านทาน", "อบต.ตำหรุ",
                "อบต.สมอพลือ", "อบต.ไร่มะขาม", "อบต.ท่าเสน", "อบต.หนองกระเจ็ด", "อบต.หนองกะปุ", "อบต.ไร่โคก",
                "อบต.โรงเข้", "อบต.ไร่สะท้อน", "อบต.ท่าช้าง", "อบต.ถ้ำรงค์", "อบต.ห้วยลึก").stream()
                .map(name -> name + " รวม 100 ราย").toList());
        chat.say("Ua", everyone, FRIDAY);
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).as("stored").isEqualTo(15);
        webhooks.awaitOutboxDrained();
        FakeLine.reset();

        clock.setBangkok(FRIDAY.withHour(16).withMinute(30));
        runner.tick().join();

        List<LoggedRequest> pushes = FakeLine.pushes();
        assertThat(pushes).as("the table still goes to the group at the deadline").hasSize(1);
        assertThat(FakeLine.json(pushes.get(0)).path("to").asText()).isEqualTo(chat.groupId());
    }
}
