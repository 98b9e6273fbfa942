package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;

/** One bot serving two districts: a group reports only once a district officer has bound it. */
@TestPropertySource(properties = "reportbot.roster-files=config/ban-lat.yaml,src/test/resources/rosters/tha-yang.yaml")
class SeveralDistrictsTest extends BotTestBase {

    @Override
    protected boolean chatsAreBound() {
        return false; // binding is what this test is about
    }
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Cthayang", webhooks, port);
    }

    @Test
    void reportInAnUnboundGroupIsAnsweredWithHowToBindIt() throws Exception {
        ObjectNode report = chat.say("Ua", "อบต.หนองจอก รวม 80", FRIDAY);
        ObjectNode hello = chat.say("Ua", "สวัสดีครับ", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(report)).singleElement().asString().isEqualTo("กลุ่มนี้ยังไม่เปิดรับรายงาน ผมจึงยังบันทึกรายงานไม่ได้ครับ\n"
                        + "ขอให้เจ้าหน้าที่อำเภอพิมพ์ \"เปิดรับรายงาน อำเภอ...\" ในกลุ่มนี้ก่อนครับ");
        chat.assertNoReplyTo(hello);
    }

    @Test
    void onlyTheDistrictsOfficersMayBindTheGroup() {
        ObjectNode member = chat.say("Ua", "ผูกอำเภอ ท่ายาง", FRIDAY);

        assertThat(chat.replyTo(member)).singleElement().asString()
                .isEqualTo("เฉพาะเจ้าหน้าที่ของอำเภอท่ายางที่มีชื่อในระบบเท่านั้นที่เปิดรับรายงานในกลุ่มได้ครับ");
    }

    @Test
    void aDistrictOfficerMayConfirmAMembersHeldReport() throws Exception {
        chat.replyTo(chat.say("Uofficer-tha-yang", "ผูกอำเภอ อำเภอท่ายาง", FRIDAY));
        ObjectNode unsure = chat.say("Ua", "อบต.หนองจอก ThaiD ประชุมเสร็จแล้วได้ 80", FRIDAY.plusMinutes(1));
        String yes = chat.replyMessagesTo(unsure).get(0).path("quickReply").path("items").findValuesAsText("data").get(0);

        ObjectNode officerTaps = chat.tap("Uofficer-tha-yang", yes, FRIDAY.plusMinutes(2));

        assertThat(chat.replyTo(officerTaps).get(0)).startsWith("✅ รับรายงาน อบต.หนองจอก");
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(1).path("total").asLong()).isEqualTo(80);
    }

    @Test
    void unknownDistrictIsNamed() {
        ObjectNode bind = chat.say("Uofficer-tha-yang", "ผูกอำเภอ เมืองเพชรบุรี", FRIDAY);

        assertThat(chat.replyTo(bind)).singleElement().asString().isEqualTo("ไม่พบอำเภอ \"เมืองเพชรบุรี\" ในรายชื่อที่ผมดูแลครับ");
    }

    @Test
    void anOfficerOpensTheGroupInPlainWordsAndAnAnnouncementIsNotTakenForACommand() throws Exception {
        ObjectNode announcement = chat.say("Uofficer-tha-yang", "เปิดรับรายงาน ThaiD ประจำสัปดาห์นะคะ", FRIDAY);
        ObjectNode open = chat.say("Uofficer-tha-yang", "เปิดรับรายงาน อำเภอท่ายาง", FRIDAY.plusMinutes(1));

        chat.assertNoReplyTo(announcement);
        assertThat(chat.replyTo(open)).singleElement().asString().startsWith("เปิดรับรายงานของอำเภอท่ายางในกลุ่มนี้แล้วครับ");
    }

    @Test
    void afterTheOfficerBindsItReportsGoToThatDistrictsTable() throws Exception {
        ObjectNode bind = chat.say("Uofficer-tha-yang", "ผูกอำเภอ อำเภอท่ายาง", FRIDAY);
        ObjectNode report = chat.say("Ua", "อบต.หนองจอก รวม 80", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(bind)).singleElement().asString().isEqualTo("เปิดรับรายงานของอำเภอท่ายางในกลุ่มนี้แล้วครับ พิมพ์ \"ช่วยเหลือ\" เพื่อดูวิธีรายงาน");
        assertThat(chat.replyTo(report)).singleElement().asString().contains("อบต.หนองจอก").contains("ยังไม่ส่ง 2 แห่ง: ทต.ท่ายาง, อบต.กลัดหลวง");
        JsonNode table = chat.table("2023-06-02", ADMIN_TOKEN);
        assertThat(table.path("district").asText()).isEqualTo("อำเภอท่ายาง");
        assertThat(table.path("expected").asInt()).isEqualTo(3);
        assertThat(table.path("rows").get(1).path("total").asLong()).isEqualTo(80);
    }
}
