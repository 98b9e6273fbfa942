package th.reportbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;
import th.reportbot.support.MovableClock;
import th.reportbot.support.MovableClockConfig;
import th.reportbot.support.Webhooks;

/**
 * With one district too, a group takes part only once a district officer has bound it: a group the bot is merely
 * invited to gets one greeting saying how to enable it, and no scheduled push spends the channel's quota on it.
 */
@Import(MovableClockConfig.class)
@TestPropertySource(properties = "reportbot.roster-files=src/test/resources/rosters/tha-yang.yaml")
class BoundGroupsOnlyTest extends BotTestBase {
    private static final LocalDateTime THURSDAY = LocalDateTime.of(2023, 6, 1, 10, 0);
    private static final LocalDateTime FRIDAY_NINE = LocalDateTime.of(2023, 6, 2, 9, 0);
    private static final String OFFICER = "Uofficer-tha-yang";

    @Autowired
    MovableClock clock;
    @Autowired
    JobRunner runner;

    @Override
    protected boolean chatsAreBound() {
        return false; // binding is what this test is about
    }

    @Test
    void anUnboundGroupIsGreetedOnceAndNeitherStoresReportsNorGetsPushes() throws Exception {
        GroupChat stranger = new GroupChat("Cstranger", webhooks, port);
        ObjectNode join = Webhooks.groupEvent("join", stranger.groupId(), null, stranger.nextEventId(),
                GroupChat.millis(THURSDAY));
        join.put("replyToken", "reply-join-stranger");
        stranger.post(join);
        assertThat(stranger.replyTo(join)).singleElement().asString()
                .isEqualTo("สวัสดีครับ ผมเป็นบอทรับรายงานยอดผู้ลงทะเบียนแอป ThaiD\n"
                        + "กลุ่มนี้ยังไม่เปิดรับรายงาน ขอให้เจ้าหน้าที่อำเภอพิมพ์ \"เปิดรับรายงาน\" ในกลุ่มนี้หนึ่งครั้งครับ");

        ObjectNode report = stranger.say("Ua", "ทต.ท่ายาง รวม 120 ราย", THURSDAY.plusMinutes(5));
        assertThat(stranger.replyTo(report)).singleElement().asString().startsWith("กลุ่มนี้ยังไม่เปิดรับรายงาน");
        assertThat(stranger.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).as("nothing stored").isZero();

        FakeLine.reset();
        clock.setBangkok(FRIDAY_NINE);
        runner.tick().join();
        assertThat(FakeLine.pushes()).as("no morning reminder to an unbound group").isEmpty();
    }

    @Test
    void onceAnOfficerBindsTheGroupItReportsAndGetsTheSchedule() throws Exception {
        GroupChat district = new GroupChat("Cbound", webhooks, port);
        ObjectNode member = district.say("Ua", "ผูกอำเภอ", THURSDAY);
        assertThat(district.replyTo(member)).singleElement().asString().startsWith("เฉพาะเจ้าหน้าที่");

        // The plain-words command; the member above used the older word, which still works.
        ObjectNode officer = district.say(OFFICER, "เปิดรับรายงาน", THURSDAY.plusMinutes(1));
        assertThat(district.replyTo(officer)).singleElement().asString()
                .isEqualTo("เปิดรับรายงานของอำเภอท่ายางในกลุ่มนี้แล้วครับ พิมพ์ \"ช่วยเหลือ\" เพื่อดูวิธีรายงาน");

        ObjectNode report = district.say("Ua", "ทต.ท่ายาง รวม 120 ราย", THURSDAY.plusMinutes(5));
        assertThat(district.replyTo(report).get(0)).startsWith("✅ รับรายงาน ทต.ท่ายาง");

        FakeLine.reset();
        clock.setBangkok(FRIDAY_NINE);
        runner.tick().join();
        assertThat(FakeLine.pushes()).singleElement()
                .satisfies(p -> assertThat(FakeLine.json(p).path("to").asText()).isEqualTo("Cbound"));
    }
}
