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
    private static final String ASK = "ℹ️ ช่วยส่งยอดเดิม ณ 26 พ.ค. 2566 ของ อบต.ไร่โคก มาหนึ่งครั้งนะครับ"
            + " ผมจะได้คิดยอดเพิ่มขึ้นและนับรวมในยอดของอำเภอได้ เช่น \"อบต.ไร่โคก ยอดเดิม ... รวม 210\" (ใส่ยอดเดิมแทน ...)";
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
        assertThat(reply).contains("✅ รับรายงาน อบต.ไร่โคก").contains("ยอดเดิม ณ 26 พ.ค. 2566: ยังไม่ทราบ | ยอดรวม: 210 ราย")
                .contains(ASK);
        assertThat(reply.indexOf("ช่วยส่งยอดเดิม")).as("asked once").isEqualTo(reply.lastIndexOf("ช่วยส่งยอดเดิม"));
        // Not asked again, but the confirmation still says the baseline is not known.
        assertThat(String.join("\n", chat.replyTo(second))).contains("✅ รับรายงาน อบต.ไร่โคก")
                .contains("ยอดเดิม ณ 26 พ.ค. 2566: ยังไม่ทราบ | ยอดรวม: 215 ราย").doesNotContain("ช่วยส่งยอดเดิม");
    }

    @Test
    void aMessageForSeveralOrganisationsAsksInOneLine() throws Exception {
        ObjectNode list = chat.say("Ua", "อบต.ไร่โคก รวม 210\nอบต.ท่าช้าง รวม 61", FRIDAY);

        assertThat(String.join("\n", chat.replyTo(list)).lines().filter(l -> l.contains("ช่วยส่งยอดเดิม")))
                .singleElement().asString()
                .startsWith("ℹ️ ช่วยส่งยอดเดิม ณ 26 พ.ค. 2566 ของ อบต.ไร่โคก, อบต.ท่าช้าง มาหนึ่งครั้งนะครับ");
    }

    @Test
    void theStatedBaselineAnswersTheQuestion() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        ObjectNode answer = chat.say("Ua", "อบต.ไร่โคก ยอดเดิม 180 รวม 210", FRIDAY.plusMinutes(5));

        assertThat(String.join("\n", chat.replyTo(answer))).contains("ยอดเดิม ณ 26 พ.ค. 2566: 180 | เพิ่มขึ้น: 30 | ยอดรวม: 210 ราย")
                .doesNotContain("ยังไม่ทราบ").doesNotContain("ช่วยส่งยอดเดิม");
    }
}
