package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;

/** Messages that are nearly reports: the bot asks one short question and stores no report. */
class AskTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);

    @Test
    void countWithoutAnOrganisationFromAnUnboundMemberAsksWhichOneAndHowToBind() throws Exception {
        GroupChat chat = new GroupChat("Cask1", webhooks, port);

        ObjectNode count = chat.say("Ua", "รวม 1,302 ราย", FRIDAY);

        assertThat(chat.replyTo(count)).singleElement().asString()
                .startsWith("ได้รับตัวเลขแล้วครับ แต่ยังไม่ทราบว่าเป็นของหน่วยงานใด").contains("\"หน่วยงานของฉัน อบต.ชื่อ\"")
                .doesNotContain("ผูก");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).isZero();
    }

    @Test
    void organisationOutsideTheRosterIsNamedAndNotStored() throws Exception {
        GroupChat chat = new GroupChat("Cask2", webhooks, port);

        ObjectNode outsider = chat.say("Ua", "อบต.บางกระเจ้า 55 ราย", FRIDAY);

        assertThat(chat.replyTo(outsider)).singleElement().asString()
                .isEqualTo("\"อบต.บางกระเจ้า\" ไม่อยู่ในรายชื่อหน่วยงานของอำเภอบ้านลาด\n"
                        + "กรุณาตรวจชื่ออีกครั้ง เช่น \"ทต.บ้านลาด\" หรือพิมพ์ \"สรุป\" เพื่อดูชื่อหน่วยงานทั้งหมดครับ");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).isZero();
    }

    @Test
    void aMisspeltNameIsAskedAboutWithTheNameItWasMostLikelyMeantToBe() throws Exception {
        GroupChat chat = new GroupChat("Cask3", webhooks, port);

        ObjectNode typo = chat.say("Ua", "อบต.หนองกระเจด รวม 300 ราย", FRIDAY);

        assertThat(chat.replyTo(typo)).singleElement().asString()
                .isEqualTo("\"อบต.หนองกระเจด\" ไม่อยู่ในรายชื่อหน่วยงานของอำเภอบ้านลาด จึงยังไม่ได้บันทึก\n"
                        + "หมายถึง อบต.หนองกระเจ็ด หรือเปล่า ถ้าใช่ กรุณาส่งอีกครั้งโดยใช้ชื่อ \"อบต.หนองกระเจ็ด\" ครับ");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).isZero();

        ObjectNode again = chat.say("Ua", "อบต.หนองกระเจ็ด รวม 300 ราย", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(again)).singleElement().asString().startsWith("✅ รับรายงาน อบต.หนองกระเจ็ด");
    }
}
