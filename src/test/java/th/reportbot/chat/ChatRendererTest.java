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

    private Submission say(String text) {
        long at = LocalDateTime.of(2023, 6, 2, 10, ++events).atZone(Weeks.BANGKOK).toInstant().toEpochMilli();
        ChatEvent event = new ChatEvent(CHAT, "e" + events, "message", at, false, "{}");
        return desk.submit(event, "Ua", "m" + events, text);
    }

    private static String text(List<Message> messages) {
        return ((TextMessage) messages.get(0)).text();
    }
}
