package th.reportbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.TextMessage;

import th.reportbot.report.ChatEvent;
import th.reportbot.report.InMemoryReportStore;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.Submission;
import th.reportbot.report.TableRow;
import th.reportbot.report.Weeks;
import th.reportbot.parse.ReportParser;
import th.reportbot.roster.District;
import th.reportbot.roster.RosterLoader;
import th.reportbot.support.TestSentences;

/** What each kind of reply looks like in LINE, rendered without Spring from values a real desk produced. */
class ChatRendererTest {
    private static final String CHAT = "Crender";
    private static final LocalDate FRIDAY = LocalDate.of(2023, 6, 2);

    private final ChatRenderer renderer = new ChatRenderer(TestSentences.botSentences());
    private final District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
    private final ReportDesk desk = new ReportDesk(banLat, new ReportParser(banLat), new InMemoryReportStore());
    private int events;

    @Test
    void silenceIsNoMessage() {
        assertThat(renderer.render(Reply.NONE)).isEmpty();
        assertThat(renderer.text(Reply.NONE)).isNull();
    }

    @Test
    void aSentenceWritesDatesAndNumbersTheHouseWay() {
        assertThat(text(renderer.render(Reply.Sentence.of("confirm.lapsed", FRIDAY)))).contains("วันศุกร์ที่ 2 มิ.ย. 2566");
        assertThat(text(renderer.render(Reply.Sentence.of("undo.restored", 1250L)))).contains("1,250");
    }

    @Test
    void aConfirmationIsOneTextAndCarriesTheTableWhenItCompletedTheWeek() {
        Submission s = say("อบต.ไร่โคก รวม 210 ราย");

        List<Message> alone = renderer.render(new Reply.Confirmation(s, banLat, true, null));
        assertThat(alone).singleElement().isInstanceOf(TextMessage.class);
        assertThat(text(alone)).startsWith("✅ รับรายงาน อบต.ไร่โคก").contains("210");

        List<Message> withTable = renderer.render(new Reply.Confirmation(s, banLat, true, desk.table(CHAT, FRIDAY)));
        assertThat(withTable).hasSize(2);
        assertThat(withTable.get(1)).isInstanceOf(FlexMessage.class);
        assertThat(((FlexMessage) withTable.get(1)).altText()).contains("อำเภอบ้านลาด");
    }

    @Test
    void aQuestionHasTwoPostbackButtonsForTheHeldReport() {
        Submission s = say("อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61");
        assertThat(s.held()).isNotNull();

        TextMessage question = (TextMessage) renderer.render(new Reply.Question(s)).get(0);

        assertThat(question.text()).contains("รวม 61 ราย").isEqualTo(renderer.text(new Reply.Question(s)));
        assertThat(question.quickReply().items()).hasSize(2);
        assertThat(question.quickReply().items()).extracting(i -> ((PostbackAction) i.action()).data())
                .containsExactly("rb:yes|Ua|" + s.held().id(), "rb:no|Ua|" + s.held().id());
    }

    @Test
    void anUnknownBaselineIsSaidToBeUnknownNotShownAsADash() {
        String reply = confirmation(say("อบต.ไร่โคก รวม 210 ราย"));

        assertThat(reply).contains("ยอดเดิม ณ 26 พ.ค. 2566: ยังไม่ทราบ | ยอดรวม: 210 ราย").doesNotContain("เพิ่มขึ้น:");
        assertNoBareDash(reply);
    }

    @Test
    void aCorrectionByAReportWithoutATotalSaysTheTotalIsMissingAndWhatToSend() {
        say("อบต.ไร่โคก รวม 215");

        String reply = confirmation(say("อบต.ไร่โคก ยอดเดิม 180"));

        assertThat(reply).contains("ยอดเดิม ณ 26 พ.ค. 2566: 180 | ยอดรวม: ยังไม่ทราบ")
                .contains("รายงานนี้แทนรายงานก่อนหน้า (ยอดรวม 215) แต่ไม่มียอดรวม")
                .contains("⚠️ ผมบันทึกรายงานนี้แล้ว แต่ยังไม่มียอดรวม กรุณาส่งยอดรวมอีกครั้ง เช่น \"อบต.ไร่โคก รวม ...\" ครับ")
                .doesNotContain("→");
        assertNoBareDash(reply);
    }

    @Test
    void aFormMismatchSaysWhichFiguresWereKeptAndItsExampleAddsUp() {
        String reply = confirmation(say("อบต.ไร่โคก ยอดเดิม 150 เพิ่ม 30 รวม 185"));

        assertThat(reply).contains("ยอดเดิม ณ 26 พ.ค. 2566: 150 | เพิ่มขึ้น: 35 | ยอดรวม: 185 ราย\n"
                + "⚠️ ยอดเดิม 150 + เพิ่มขึ้น 30 = 180 ไม่ตรงกับยอดรวม 185\n"
                + "ผมบันทึกยอดเดิม 150 และยอดรวม 185 ตามที่พิมพ์ ยอดเพิ่มขึ้นจึงเป็น 35 ถ้าไม่ถูกต้อง กรุณาส่งใหม่ เช่น"
                + " \"อบต.ไร่โคก ยอดเดิม 150 เพิ่มขึ้น 30 รวม 180\" ครับ");
        // What the reply says was kept is what the district table holds.
        TableRow row = raiKhok();
        assertThat(List.of(row.baseline(), row.increase(), row.total())).containsExactly(150L, 35L, 185L);

        String fixed = confirmation(say("อบต.ไร่โคก ยอดเดิม 150 เพิ่มขึ้น 30 รวม 180"));

        assertThat(fixed).contains("ยอดเดิม ณ 26 พ.ค. 2566: 150 | เพิ่มขึ้น: 30 | ยอดรวม: 180 ราย")
                .contains("แก้ยอดรวมจาก 185 เป็น 180").doesNotContain("⚠️");
    }

    @Test
    void aMismatchWithThePreviousTotalAsWrittenKeepsTheTotal() {
        String reply = confirmation(say("อบต.ไร่โคก ยกมา 150 เพิ่ม 30 รวม 185"));

        assertThat(reply).contains("⚠️ ยกมา 150 + เพิ่ม 30 = 180 ไม่ตรงกับยอดรวม 185\n"
                + "ผมบันทึกยอดรวม 185 ตามที่พิมพ์ ถ้ายอดรวมไม่ถูกต้อง กรุณาส่งยอดรวมใหม่ เช่น \"อบต.ไร่โคก รวม 180\" ครับ");
        assertThat(raiKhok().total()).isEqualTo(185);
    }

    @Test
    void aFirstReportHasNoChangeFromBeforeAndTheNextWeeksHas() {
        String first = confirmation(say("อบต.ไร่โคก สัปดาห์นี้เพิ่ม 52 รวม 300"));
        String next = confirmation(say(FRIDAY.plusWeeks(1), "อบต.ไร่โคก รวม 310"));

        assertThat(first).contains("ยอดรวม: 300 ราย").doesNotContain("เปลี่ยนจากครั้งก่อน");
        assertThat(next).contains("ยอดรวม: 310 ราย\nเปลี่ยนจากครั้งก่อน: +10");
    }

    @Test
    void anUnclearIncreaseKeepsTheTotalAndItsExampleStoresTheBaseline() {
        String reply = confirmation(say("อบต.ไร่โคก เพิ่ม 5 รวม 300"));

        assertThat(reply).contains("⚠️ \"เพิ่ม 5\" ไม่ชัดว่าเพิ่มจากยอดเดิมหรือจากครั้งก่อน ผมจึงบันทึกเฉพาะยอดรวม 300\n"
                + "ถ้า 5 คือยอดที่เพิ่มขึ้นจากยอดเดิม กรุณาส่ง \"อบต.ไร่โคก ยอดเดิม 295 รวม 300\" เพื่อบันทึกยอดเดิมด้วยครับ");
        assertThat(raiKhok().total()).isEqualTo(300);
        assertThat(raiKhok().baseline()).isNull();

        say("อบต.ไร่โคก ยอดเดิม 295 รวม 300");

        assertThat(List.of(raiKhok().baseline(), raiKhok().increase())).containsExactly(295L, 5L);
    }

    @Test
    void aBaselineThatDiffersFromTheBaselineWeeksReportShowsTheFigureTheTableKeeps() {
        say(LocalDateTime.of(2023, 5, 26, 10, 0), "อบต.ไร่โคก รวม 100");

        String reply = confirmation(say("อบต.ไร่โคก ยอดเดิม 120 รวม 150"));

        // The reply shows the numbers the table shows: the 26 May report's 100 stands as the baseline.
        assertThat(reply).contains("ยอดเดิม ณ 26 พ.ค. 2566: 100 | เพิ่มขึ้น: 50 | ยอดรวม: 150 ราย");
        assertThat(List.of(raiKhok().baseline(), raiKhok().increase(), raiKhok().total())).containsExactly(100L, 50L, 150L);
        assertThat(reply).contains("⚠️ ยอดเดิม ณ 26 พ.ค. 2566 ที่แจ้ง (120) ไม่ตรงกับยอดที่ส่งไว้ในวันนั้น (100)\n"
                + "ผมบันทึกยอดรวมของรายงานนี้แล้ว แต่ตารางของอำเภอยังใช้ยอดเดิม 100 ตามรายงานวันนั้น"
                + " ถ้ายอดเดิมที่ถูกต้องคือ 120 กรุณาส่งยอดของวันนั้นใหม่ เช่น \"อบต.ไร่โคก ณ 26 พ.ค. 2566 รวม 120\" ครับ");

        say("อบต.ไร่โคก ณ 26 พ.ค. 2566 รวม 120");

        assertThat(List.of(raiKhok().baseline(), raiKhok().increase(), raiKhok().total())).containsExactly(120L, 30L, 150L);
    }

    @Test
    void aBaselineThatDiffersFromOneStatedBeforeIsUsedAsWritten() {
        say(LocalDateTime.of(2023, 5, 26, 10, 0).plusWeeks(1), "อบต.ไร่โคก ยอดเดิม 100 รวม 140");

        String reply = confirmation(say("อบต.ไร่โคก ยอดเดิม 120 รวม 150"));

        assertThat(reply).contains("ยอดเดิม ณ 26 พ.ค. 2566: 120 | เพิ่มขึ้น: 30 | ยอดรวม: 150 ราย");
        assertThat(List.of(raiKhok().baseline(), raiKhok().increase())).containsExactly(120L, 30L);
        assertThat(reply).contains("⚠️ ยอดเดิม ณ 26 พ.ค. 2566 ที่แจ้ง (120) ไม่ตรงกับที่เคยแจ้งไว้ (100)\n"
                + "ผมบันทึกยอดเดิม 120 ตามที่พิมพ์ ถ้ายอดเดิมที่ถูกต้องคือ 100 กรุณาส่งรายงานนี้ใหม่โดยใช้ยอดเดิม 100 ครับ");

        say("อบต.ไร่โคก ยอดเดิม 100 รวม 150");

        assertThat(List.of(raiKhok().baseline(), raiKhok().increase())).containsExactly(100L, 50L);
    }

    @Test
    void undoingTheOnlyReportOfTheWeekSaysItsTotal() {
        say("อบต.ไร่โคก รวม 215");
        long at = LocalDateTime.of(2023, 6, 2, 11, 0).atZone(Weeks.BANGKOK).toInstant().toEpochMilli();

        String reply = renderer.text(new Reply.Withdrawn(desk.undo(new ChatEvent(CHAT, "undo", "message", at, false,
                "{}"), "Ua")));

        assertThat(reply).isEqualTo("ยกเลิกรายงาน อบต.ไร่โคก (ยอดรวม 215) ของสัปดาห์นี้แล้วครับ");
    }

    private TableRow raiKhok() {
        return desk.table(CHAT, FRIDAY).rows().stream().filter(r -> r.org().equals("อบต.ไร่โคก")).findFirst().orElseThrow();
    }

    /** A dash alone, where a number should be: "รวม: -" or "215 → -". A minus sign before digits is a number. */
    private static void assertNoBareDash(String reply) {
        assertThat(reply).doesNotContainPattern("(^|\\s|:)-(?!\\d)");
    }

    private String confirmation(Submission s) {
        assertThat(s.held()).as("stored, not held").isNull();
        return renderer.text(new Reply.Confirmation(s, banLat, true, null));
    }

    private Submission say(String text) {
        return say(FRIDAY, text);
    }

    /** Said on the given week's Friday (or that day), ten o'clock and a minute per message. */
    private Submission say(LocalDate day, String text) {
        return say(day.atTime(10, 0), text);
    }

    private Submission say(LocalDateTime when, String text) {
        long at = when.plusMinutes(++events).atZone(Weeks.BANGKOK).toInstant().toEpochMilli();
        ChatEvent event = new ChatEvent(CHAT, "e" + events, "message", at, false, "{}");
        return desk.submit(event, "Ua", "m" + events, text);
    }

    private static String text(List<Message> messages) {
        return ((TextMessage) messages.get(0)).text();
    }
}
