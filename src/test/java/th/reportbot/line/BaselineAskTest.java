package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;

/** An organisation that sends only totals is asked once for its baseline, in the reply to its report. */
class BaselineAskTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private static final String ASK = "ℹ️ ยังไม่ทราบยอด ณ 26 พ.ค. 2566 ของ อบต.ไร่โคก ช่วยส่งยอดเดิมหนึ่งครั้งนะครับ"
            + " เช่น \"อบต.ไร่โคก ยอดเดิม ... รวม 210\" (ใส่ยอด ณ 26 พ.ค. 2566 แทน ...)";
    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Cbaseline-ask", webhooks, port);
    }

    @Test
    void theFirstTotalOnlyReportAsksOnceAndTheNextDoesNot() throws Exception {
        ObjectNode first = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        ObjectNode second = chat.say("Ua", "อบต.ไร่โคก รวม 215", FRIDAY.plusMinutes(5));

        String reply = String.join("\n", chat.replyTo(first));
        assertThat(reply).contains("✅ รับรายงาน อบต.ไร่โคก").contains(ASK);
        assertThat(reply.indexOf("ยังไม่ทราบยอด")).as("asked once").isEqualTo(reply.lastIndexOf("ยังไม่ทราบยอด"));
        assertThat(String.join("\n", chat.replyTo(second))).contains("✅ รับรายงาน อบต.ไร่โคก")
                .doesNotContain("ยังไม่ทราบยอด");
    }

    @Test
    void aMessageForSeveralOrganisationsAsksInOneLine() throws Exception {
        ObjectNode list = chat.say("Ua", "อบต.ไร่โคก รวม 210\nอบต.ท่าช้าง รวม 61", FRIDAY);

        assertThat(String.join("\n", chat.replyTo(list)).lines().filter(l -> l.contains("ยังไม่ทราบยอด")))
                .singleElement().asString()
                .startsWith("ℹ️ ยังไม่ทราบยอด ณ 26 พ.ค. 2566 ของ อบต.ไร่โคก, อบต.ท่าช้าง ช่วยส่งยอดเดิม");
    }

    @Test
    void theStatedBaselineAnswersTheQuestion() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        ObjectNode answer = chat.say("Ua", "อบต.ไร่โคก ยอดเดิม 180 รวม 210", FRIDAY.plusMinutes(5));

        assertThat(String.join("\n", chat.replyTo(answer))).contains("ยอด ณ 26 พ.ค. 2566: 180 | เพิ่มขึ้น: 30 | รวม: 210")
                .doesNotContain("ยังไม่ทราบยอด");
    }
}
