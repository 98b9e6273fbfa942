package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.Webhooks;

/** Each command, as a member types it in the group. */
class CommandsTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Ccommands", webhooks, port);
    }

    @Test
    void summaryRepliesWithTheDistrictTable() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        ObjectNode summary = chat.say("Ub", "สรุป", FRIDAY.plusMinutes(1));

        // อบต.ไร่โคก has no baseline yet, so the district row counts no one, and the summary says so.
        assertThat(chat.replyTo(summary)).singleElement().asString()
                .isEqualTo("สรุปยอดลงทะเบียน ThaiD อำเภอบ้านลาด ประจำวันศุกร์ที่ 2 มิ.ย. 2566: ส่งแล้ว 1/15 แห่ง"
                        + " · ยอดรวมทั้งอำเภอ 0 ราย (นับ 0 แห่งที่ทราบทั้งยอดเดิมและยอดรวม)");
        assertThat(chat.replyMessagesTo(summary).get(0).path("contents").findValuesAsText("text")).contains("อบต.ไร่โคก", "210");
    }

    @Test
    void englishAliasAfterAMentionOfTheBotWorksToo() {
        ObjectNode event = chat.say("Ub", "@ThaiD Bot summary", FRIDAY);
        event.with("message").putObject("mention").putArray("mentionees").addObject()
                .put("index", 0).put("length", 10).put("type", "user").put("isSelf", true);
        // the text above was sent without the mention data; send it again as LINE would, with a new id
        ObjectNode withMention = event.deepCopy();
        withMention.put("webhookEventId", chat.nextEventId());
        withMention.put("replyToken", "reply-" + withMention.path("webhookEventId").asText());
        chat.post(withMention);

        assertThat(chat.replyTo(withMention)).singleElement().asString().contains("ส่งแล้ว 0/15");
    }

    @Test
    void missingListsWhoHasNotReported() {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        ObjectNode missing = chat.say("Ub", "ยังไม่ส่ง", FRIDAY.plusMinutes(1));

        String reply = chat.replyTo(missing).get(0);
        assertThat(reply).startsWith("หน่วยงานที่ยังไม่ส่งรายงาน ประจำวันศุกร์ที่ 2 มิ.ย. 2566 (ส่งแล้ว 1/15)")
                .contains("1. ทต.บ้านลาด").contains("15. อบต.ห้วยลึก").doesNotContain("ไร่โคก");
    }

    @Test
    void undoWithdrawsMyLastReportAndTheEarlierOneComesBack() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        chat.say("Ua", "อบต.ไร่โคก รวม 215", FRIDAY.plusMinutes(1));

        ObjectNode undo = chat.say("Ua", "ยกเลิก", FRIDAY.plusMinutes(2));

        assertThat(chat.replyTo(undo)).singleElement().asString()
                .isEqualTo("ยกเลิกรายงาน อบต.ไร่โคก (ยอดรวม 215) ของสัปดาห์นี้แล้วครับ\nตอนนี้ใช้รายงานที่ส่งก่อนหน้าแทน: ยอดรวม 210");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong()).isEqualTo(210);
    }

    @Test
    void undoWithNothingToWithdrawSaysSo() {
        ObjectNode undo = chat.say("Ua", "undo", FRIDAY);

        assertThat(chat.replyTo(undo)).singleElement().asString().isEqualTo("ไม่มีรายงานของคุณในสัปดาห์นี้ให้ยกเลิกครับ");
    }

    @Test
    void bindThenABareCountIsThatOrganisationsTotal() {
        ObjectNode bind = chat.say("Ua", "ผูก อบต.ท่าเสน", FRIDAY);
        ObjectNode count = chat.say("Ua", "102 ค่ะ", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(bind)).singleElement().asString().startsWith("ตั้งหน่วยงานของคุณเป็น อบต.ท่าเสน แล้วครับ");
        assertThat(chat.replyTo(count)).singleElement().asString().contains("อบต.ท่าเสน").contains("รวม: 102 ราย");
    }

    @Test
    void aFirstReportBindsItsSenderSoThatTheNextBareCountIsTheSameOrganisations() {
        chat.say("Ub", "อบต.ไร่โคก รวม 135 คน", FRIDAY);
        ObjectNode count = chat.say("Ub", "140", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(count)).singleElement().asString().contains("อบต.ไร่โคก").contains("รวม: 140 ราย");
    }

    @Test
    void aReportForAnotherOrganisationLeavesTheSendersBindingAsItWas() {
        chat.say("Ua", "ผูก อบต.ท่าเสน", FRIDAY);
        chat.say("Ua", "อบต.ไร่โคก รวม 135 คน", FRIDAY.plusMinutes(1));
        ObjectNode count = chat.say("Ua", "102", FRIDAY.plusMinutes(2));

        assertThat(chat.replyTo(count)).singleElement().asString().contains("อบต.ท่าเสน").contains("รวม: 102 ราย");
    }

    @Test
    void bindToAnOrganisationOutsideTheRosterIsRefused() {
        ObjectNode bind = chat.say("Ua", "bind อบต.บางกระเจ้า", FRIDAY);

        assertThat(chat.replyTo(bind)).singleElement().asString().startsWith("\"อบต.บางกระเจ้า\" ไม่อยู่ในรายชื่อ");
    }

    @Test
    void bindWithoutANameAsksWhich() {
        ObjectNode bind = chat.say("Ua", "ผูก", FRIDAY);

        assertThat(chat.replyTo(bind)).singleElement().asString().isEqualTo("คุณรายงานให้หน่วยงานใดครับ พิมพ์ เช่น \"หน่วยงานของฉัน อบต.ไร่โคก\"");
    }

    @Test
    void unbindForgetsTheBinding() {
        chat.say("Ua", "ผูก ไร่โคก", FRIDAY);
        ObjectNode unbind = chat.say("Ua", "เลิกผูก", FRIDAY.plusMinutes(1));
        ObjectNode count = chat.say("Ua", "135", FRIDAY.plusMinutes(2));

        assertThat(chat.replyTo(unbind)).singleElement().asString().isEqualTo("ผมลืมหน่วยงานของคุณ (อบต.ไร่โคก) แล้วครับ ต่อไปกรุณาพิมพ์ชื่อหน่วยงานพร้อมยอด");
        assertThat(chat.replyTo(count)).singleElement().asString().startsWith("ได้รับตัวเลขแล้วครับ แต่ยังไม่ทราบว่าเป็นของหน่วยงานใด");
    }

    @Test
    void unbindWhenNotBoundSaysSo() {
        ObjectNode unbind = chat.say("Ua", "unbind", FRIDAY);

        assertThat(chat.replyTo(unbind)).singleElement().asString().isEqualTo("คุณยังไม่ได้ตั้งหน่วยงานไว้ครับ");
    }

    @Test
    void helpExplainsHowToReport() {
        ObjectNode help = chat.say("Ua", "ช่วยเหลือ", FRIDAY);

        assertThat(chat.replyTo(help)).singleElement().asString().startsWith("วิธีรายงานยอด ThaiD")
                .contains("(ยอดเดิม คือยอด ณ วันศุกร์ที่ 26 พ.ค. 2566)")
                .contains("• หน่วยงานของฉัน อบต.ชื่อ: ตั้งหรือเปลี่ยนหน่วยงานของฉัน").doesNotContain("ผูก");
    }

    @Test
    void theCommandsInPlainWordsSetAndForgetMyOrganisation() {
        ObjectNode set = chat.say("Ua", "หน่วยงานของฉัน อบต.ท่าเสน", FRIDAY);
        ObjectNode count = chat.say("Ua", "102 ค่ะ", FRIDAY.plusMinutes(1));
        ObjectNode forget = chat.say("Ua", "ลบหน่วยงานของฉัน", FRIDAY.plusMinutes(2));
        ObjectNode bare = chat.say("Ua", "110", FRIDAY.plusMinutes(3));

        assertThat(chat.replyTo(set)).singleElement().asString()
                .isEqualTo("ตั้งหน่วยงานของคุณเป็น อบต.ท่าเสน แล้วครับ ต่อไปพิมพ์แค่ยอดได้เลย เช่น \"รวม 135\"");
        assertThat(chat.replyTo(count)).singleElement().asString().startsWith("✅ รับรายงาน อบต.ท่าเสน");
        assertThat(chat.replyTo(forget)).singleElement().asString().startsWith("ผมลืมหน่วยงานของคุณ (อบต.ท่าเสน) แล้วครับ");
        assertThat(chat.replyTo(bare)).singleElement().asString().startsWith("ได้รับตัวเลขแล้วครับ");
    }

    @Test
    void aCommandWordInsideASentenceIsNotACommand() throws InterruptedException {
        ObjectNode sentence = chat.say("Ua", "ขอสรุปยอดหน่อยครับ", FRIDAY);

        chat.assertNoReplyTo(sentence);
    }

    @Test
    void myIdGivesTheSendersLineIdInAOneToOneChatOnly() {
        ObjectNode oneToOne = Webhooks.textEvent("Uclerk-1", "Uclerk-1", chat.nextEventId(), GroupChat.millis(FRIDAY),
                "ไอดีของฉัน");
        oneToOne.with("source").removeAll();
        oneToOne.with("source").put("type", "user").put("userId", "Uclerk-1");
        chat.post(oneToOne);
        assertThat(chat.replyTo(oneToOne)).singleElement().asString().contains("Uclerk-1");

        ObjectNode inGroup = chat.say("Uclerk-1", "ไอดีของฉัน", FRIDAY.plusMinutes(1));
        assertThat(chat.replyTo(inGroup)).singleElement().asString()
                .contains("แชตส่วนตัว").doesNotContain("Uclerk-1");
    }

    @Test
    void bindingAGroupWhileTheRosterListsNoOfficerSaysHowToAddOne() {
        ObjectNode bind = chat.say("Ua", "ผูกอำเภอ", FRIDAY);

        assertThat(chat.replyTo(bind)).singleElement().asString()
                .contains("ยังไม่มีรายชื่อเจ้าหน้าที่อำเภอบ้านลาด").contains("\"เปิดรับรายงาน\"").contains("officers")
                .contains("ไอดีของฉัน");
    }

    @Test
    void exportWhileTheRosterListsNoOfficerSaysHowToAddOneAndGivesNoLink() {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        ObjectNode export = chat.say("Ua", "ส่งออก", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(export)).singleElement().asString()
                .contains("ยังไม่มีรายชื่อเจ้าหน้าที่อำเภอบ้านลาด").contains("\"ส่งออก\"").contains("officers")
                .contains("ไอดีของฉัน").doesNotContain("http");
    }
}
