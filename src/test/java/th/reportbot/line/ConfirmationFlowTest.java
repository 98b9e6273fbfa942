package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;

/**
 * A reading the bot is not sure of is asked about with two buttons and held until its sender answers (docs/design.md,
 * "Plausibility and confirmation"). The table and the API show only what was confirmed.
 */
class ConfirmationFlowTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private static final String WEEK = "2023-06-02";
    /** A bare number among other words, in a message about ThaiD: plausible, not certain. */
    private static final String UNSURE = "อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61";

    @Test
    void unsureReadingIsAskedWithTwoButtonsAndNotStored() throws Exception {
        GroupChat chat = new GroupChat("Cconf1", webhooks, port);

        ObjectNode message = chat.say("Ua", UNSURE, FRIDAY);

        JsonNode question = chat.replyMessagesTo(message).get(0);
        assertThat(question.path("text").asText())
                .contains("อบต.ท่าช้าง ประจำวันศุกร์", "ยอดรวม 61 ราย", "พิมพ์ตอบว่า \"ใช่\" หรือ \"ไม่ใช่\"");
        assertThat(question.path("quickReply").path("items").findValuesAsText("label"))
                .containsExactly("✅ ถูกต้อง", "❌ ไม่ใช่");
        assertThat(question.path("quickReply").path("items").findValuesAsText("type")).contains("postback");
        assertThat(row(chat, "อบต.ท่าช้าง").path("total").isNull()).as("held, not in the table").isTrue();
        assertThat(chat.table(WEEK, ADMIN_TOKEN).path("reported").asInt()).isZero();
    }

    @Test
    void senderTapsYesAndTheReportIsStoredAndInTheTable() throws Exception {
        GroupChat chat = new GroupChat("Cconf2", webhooks, port);
        ObjectNode message = chat.say("Ua", UNSURE, FRIDAY);
        String yes = buttonData(chat, message, 0);

        ObjectNode tap = chat.tap("Ua", yes, FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(tap).get(0)).startsWith("✅ รับรายงาน อบต.ท่าช้าง").contains("รวม: 61 ราย");
        assertThat(row(chat, "อบต.ท่าช้าง").path("total").asLong()).isEqualTo(61);
    }

    @Test
    void senderTypesYesForLinePcAndTheReportIsStored() throws Exception {
        GroupChat chat = new GroupChat("Cconf3", webhooks, port);
        chat.replyTo(chat.say("Ua", UNSURE, FRIDAY));

        ObjectNode typed = chat.say("Ua", "ใช่ค่ะ", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(typed).get(0)).startsWith("✅ รับรายงาน อบต.ท่าช้าง");
        assertThat(row(chat, "อบต.ท่าช้าง").path("total").asLong()).isEqualTo(61);
    }

    @Test
    void anotherMembersTapChangesNothing() throws Exception {
        GroupChat chat = new GroupChat("Cconf4", webhooks, port);
        ObjectNode message = chat.say("Ua", UNSURE, FRIDAY);
        String yes = buttonData(chat, message, 0);

        ObjectNode stranger = chat.tap("Ub", yes, FRIDAY.plusMinutes(1));
        ObjectNode strangerTypes = chat.say("Ub", "ใช่", FRIDAY.plusMinutes(2));

        assertThat(chat.replyTo(stranger)).containsExactly(
                "ปุ่มนี้สำหรับผู้ส่งรายงานนี้หรือเจ้าหน้าที่อำเภอเท่านั้น ยอดจึงยังไม่เปลี่ยนครับ");
        chat.assertNoReplyTo(strangerTypes);
        assertThat(chat.table(WEEK, ADMIN_TOKEN).path("reported").asInt()).isZero();
        // the question is still the sender's to answer
        assertThat(chat.replyTo(chat.tap("Ua", yes, FRIDAY.plusMinutes(3))).get(0)).startsWith("✅ รับรายงาน");
    }

    @Test
    void noDropsTheReadingAndSaysHowToWriteIt() throws Exception {
        GroupChat chat = new GroupChat("Cconf5", webhooks, port);
        ObjectNode message = chat.say("Ua", UNSURE, FRIDAY);
        String no = buttonData(chat, message, 1);

        ObjectNode tap = chat.tap("Ua", no, FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(tap).get(0)).isEqualTo("ไม่บันทึกยอดนี้แล้วครับ กรุณาส่งชื่อหน่วยงานพร้อมยอดที่ถูกต้องอีกครั้งครับ");
        assertThat(chat.table(WEEK, ADMIN_TOKEN).path("reported").asInt()).isZero();
        ObjectNode late = chat.tap("Ua", buttonData(chat, message, 0), FRIDAY.plusMinutes(2));
        assertThat(chat.replyTo(late).get(0)).startsWith("คำถามนี้ตอบไปแล้ว หรือมีข้อความใหม่ส่งมาแทนแล้วครับ");
        assertThat(chat.table(WEEK, ADMIN_TOKEN).path("reported").asInt()).isZero();
    }

    @Test
    void unansweredQuestionLapsesAtTheDeadlineAndTheOrganisationStaysMissing() throws Exception {
        GroupChat chat = new GroupChat("Cconf6", webhooks, port);
        ObjectNode message = chat.say("Ua", UNSURE, FRIDAY);
        String yes = buttonData(chat, message, 0);

        ObjectNode afterDeadline = chat.tap("Ua", yes, FRIDAY.withHour(17));

        assertThat(chat.replyTo(afterDeadline).get(0)).startsWith("หมดเวลาตอบคำถามนี้แล้ว (เลยกำหนดส่งของวันศุกร์ที่ 2 มิ.ย. 2566)");
        JsonNode table = chat.table(WEEK, ADMIN_TOKEN);
        assertThat(table.path("reported").asInt()).isZero();
        assertThat(row(chat, "อบต.ท่าช้าง").path("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void theSameTapDeliveredTwiceActsOnce() throws Exception {
        GroupChat chat = new GroupChat("Cconf7", webhooks, port);
        ObjectNode message = chat.say("Ua", UNSURE, FRIDAY);
        ObjectNode tap = chat.tap("Ua", buttonData(chat, message, 0), FRIDAY.plusMinutes(1));
        chat.replyTo(tap);

        chat.post(tap);

        assertThat(chat.table(WEEK, ADMIN_TOKEN).path("reported").asInt()).isEqualTo(1);
        assertThat(history("Cconf7")).filteredOn(r -> "postback".equals(r.getValue().get("type"))).hasSize(1);
    }

    @Test
    void increaseAloneAfterAStoredTotalNeverEmptiesTheWeek() throws Exception {
        GroupChat chat = new GroupChat("Cconf8", webhooks, port);
        chat.replyTo(chat.say("Ua", "อบต.ไร่โคก รวม 215 ราย", FRIDAY));

        ObjectNode increase = chat.say("Ua", "ไร่โคกเพิ่มขึ้น 8 ราย", FRIDAY.plusHours(1));

        assertThat(chat.replyTo(increase).get(0)).contains("รวม 223 ราย", "(215)");
        assertThat(row(chat, "อบต.ไร่โคก").path("total").asLong()).as("the stored total stays until confirmed").isEqualTo(215);
        chat.replyTo(chat.say("Ua", "ใช่", FRIDAY.plusHours(1).plusMinutes(1)));
        assertThat(row(chat, "อบต.ไร่โคก").path("total").asLong()).isEqualTo(223);
    }

    @Test
    void totalNoSubdistrictCouldHaveIsAskedAbout() throws Exception {
        GroupChat chat = new GroupChat("Cconf9", webhooks, port);

        ObjectNode huge = chat.say("Ua", "อบต.ไร่โคก รวม 3,000,000 ราย", FRIDAY);

        assertThat(chat.replyTo(huge).get(0)).contains("รวม 3,000,000 ราย", "สูงเกินกว่าจำนวนคนในพื้นที่ของหน่วยงานหนึ่งจะมีได้");
        assertThat(chat.table(WEEK, ADMIN_TOKEN).path("reported").asInt()).isZero();
    }

    @Test
    void totalFarOutOfLineWithLastWeekIsAskedAbout() throws Exception {
        GroupChat chat = new GroupChat("Cconf10", webhooks, port);
        chat.replyTo(chat.say("Ua", "อบต.ไร่โคก รวม 215 ราย", FRIDAY));

        ObjectNode jump = chat.say("Ua", "อบต.ไร่โคก รวม 2,150 ราย", FRIDAY.plusWeeks(1));

        assertThat(chat.replyTo(jump).get(0)).contains("ต่างจากที่รายงานครั้งก่อน (215) มากผิดปกติ");
        JsonNode row = row(chat, "2023-06-09", "อบต.ไร่โคก");
        assertThat(row.path("status").asText()).as("the unsure 2,150 is held, not stored").isEqualTo("MISSING");
        assertThat(row.path("total").asLong()).as("last week's total stands in").isEqualTo(215);
        assertThat(row.path("carriedFrom").asText()).isEqualTo("2023-06-02");
    }

    @Test
    void reportsForAWeekBeforeTheBaselineOrAfterThisOneAreRefusedWithTheReason() throws Exception {
        GroupChat chat = new GroupChat("Cconf11", webhooks, port);

        ObjectNode before = chat.say("Ua", "อบต.ไร่โคก รวม 210 ราย ณ 1 ม.ค. 2566", FRIDAY);
        ObjectNode nextYear = chat.say("Ub", "อบต.ท่าช้าง รวม 61 ราย ณ 7 มิ.ย. 2567", FRIDAY);

        assertThat(chat.replyTo(before).get(0)).startsWith("ยังไม่ได้บันทึกครับ").contains("รอบวันศุกร์ที่ 6 ม.ค. 2566", "ตั้งแต่รอบวันศุกร์ที่ 26 พ.ค. 2566");
        assertThat(chat.replyTo(nextYear).get(0)).startsWith("ยังไม่ได้บันทึกครับ").contains("รอบวันศุกร์ที่ 7 มิ.ย. 2567");
        assertThat(redis.keys("rb:{Cconf11}:week:*")).isEmpty();
    }

    @Test
    void reportingForAColleagueKeepsTheSendersBinding() throws Exception {
        GroupChat chat = new GroupChat("Cconf12", webhooks, port);
        chat.replyTo(chat.say("Ua", "อบต.ตำหรุ รวม 50 ราย", FRIDAY));

        ObjectNode forColleague = chat.say("Ua", "อบต.ท่าเสน รวม 102 ราย", FRIDAY.plusMinutes(5));
        ObjectNode own = chat.say("Ua", "รวม 55 ค่ะ", FRIDAY.plusMinutes(10));

        assertThat(chat.replyTo(forColleague).get(0)).contains("(รายงานนี้ส่งแทน อบต.ท่าเสน)");
        assertThat(chat.replyTo(own).get(0)).startsWith("✅ รับรายงาน อบต.ตำหรุ").doesNotContain("ส่งแทน");
        assertThat(row(chat, "อบต.ตำหรุ").path("total").asLong()).isEqualTo(55);
        assertThat(row(chat, "อบต.ท่าเสน").path("total").asLong()).isEqualTo(102);
    }

    private static String buttonData(GroupChat chat, ObjectNode message, int button) {
        List<String> data = chat.replyMessagesTo(message).get(0).path("quickReply").path("items").findValuesAsText("data");
        return data.get(button);
    }

    private JsonNode row(GroupChat chat, String org) throws Exception {
        return row(chat, WEEK, org);
    }

    private JsonNode row(GroupChat chat, String week, String org) throws Exception {
        for (JsonNode r : chat.table(week, ADMIN_TOKEN).path("rows")) {
            if (r.path("org").asText().equals(org)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + org);
    }
}
