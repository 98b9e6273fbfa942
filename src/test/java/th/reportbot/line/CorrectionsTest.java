package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.Webhooks;

/** Unsent and edited messages, including LINE delivering them out of order. */
class CorrectionsTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Ccorrections", webhooks, port);
    }

    private long totalOfRaiKhok() throws Exception {
        return chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong(-1);
    }

    @Test
    void unsendingACorrectionBringsTheEarlierReportBack() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        ObjectNode correction = chat.say("Ua", "อบต.ไร่โคก รวม 215", FRIDAY.plusMinutes(5));
        assertThat(totalOfRaiKhok()).isEqualTo(215);

        chat.post(Webhooks.unsendEvent(chat.groupId(), "Ua", chat.nextEventId(), GroupChat.millis(FRIDAY.plusMinutes(6)),
                correction.path("message").path("id").asText()));

        assertThat(totalOfRaiKhok()).isEqualTo(210);
    }

    @Test
    void aCorrectionWithoutATotalSaysSoInsteadOfADash() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 215", FRIDAY);
        ObjectNode baselineOnly = chat.say("Ua", "อบต.ไร่โคก ยอดเดิม 180", FRIDAY.plusMinutes(5));

        // The report without a total replaces the one with it: the reply says so and what to send.
        assertThat(chat.replyTo(baselineOnly)).singleElement().asString()
                .contains("ยอดเดิม ณ 26 พ.ค. 2566: 180 | ยอดรวม: ยังไม่ทราบ\n"
                        + "รายงานนี้แทนรายงานก่อนหน้า (ยอดรวม 215) แต่ไม่มียอดรวม\n"
                        + "⚠️ ผมบันทึกรายงานนี้แล้ว แต่ยังไม่มียอดรวม กรุณาส่งยอดรวมอีกครั้ง เช่น \"อบต.ไร่โคก รวม ...\" ครับ")
                .doesNotContain("→").doesNotContain(": -");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").isNull())
                .as("no total this week now").isTrue();
    }

    @Test
    void laterMessageWinsEvenWhenItArrivesFirst() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 215", FRIDAY.plusMinutes(5));
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        assertThat(totalOfRaiKhok()).as("the table shows the later message by event time").isEqualTo(215);
    }

    @Test
    void newestEditWinsWhenEditsArriveOutOfOrder() throws Exception {
        ObjectNode original = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        String messageId = original.path("message").path("id").asText();
        ObjectNode newer = Webhooks.editedEvent(chat.groupId(), "Ua", chat.nextEventId(),
                GroupChat.millis(FRIDAY.plusMinutes(10)), messageId, "อบต.ไร่โคก รวม 230");
        ObjectNode older = Webhooks.editedEvent(chat.groupId(), "Ua", chat.nextEventId(),
                GroupChat.millis(FRIDAY.plusMinutes(5)), messageId, "อบต.ไร่โคก รวม 220");

        chat.post(newer);
        chat.post(older);

        assertThat(chat.replyTo(newer)).singleElement().asString().contains("แก้ยอดรวมจาก 210 เป็น 230");
        chat.assertNoReplyTo(older);
        assertThat(totalOfRaiKhok()).isEqualTo(230);
    }

    @Test
    void editThatNoLongerReportsWithdrawsTheReport() throws Exception {
        ObjectNode original = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        ObjectNode edit = Webhooks.editedEvent(chat.groupId(), "Ua", chat.nextEventId(),
                GroupChat.millis(FRIDAY.plusMinutes(1)), original.path("message").path("id").asText(), "ขอบคุณครับ");

        chat.post(edit);

        assertThat(chat.replyTo(edit)).singleElement().asString()
                .isEqualTo("ข้อความที่แก้ไม่มียอดแล้ว ผมจึงถอนรายงานของ อบต.ไร่โคก ออกครับ");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void writtenDateWinsOverTheDayOfPosting() throws Exception {
        // After the week's deadline, only the organisation's own member (or an officer) may write it.
        chat.say("Ua", "ผูก อบต.ไร่โคก", FRIDAY);
        ObjectNode late = chat.say("Ua", "อบต.ไร่โคก ข้อมูล ณ 2 มิ.ย. 2566 รวม 210", FRIDAY.plusDays(3));

        assertThat(chat.replyTo(late)).singleElement().asString().contains("ประจำวันศุกร์ที่ 2 มิ.ย. 2566");
        assertThat(totalOfRaiKhok()).isEqualTo(210);
    }
}
