package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.MovableClock;
import th.reportbot.support.MovableClockConfig;
import th.reportbot.support.Webhooks;

/**
 * One LINE message, one version: the same message under a second event id, and an event replayed after the dedupe
 * window, change nothing. The bot's clock is the test's, and the dedupe window the production default.
 */
@Import(MovableClockConfig.class)
@TestPropertySource(properties = "reportbot.store.dedupe-for=35d")
class ReplaysTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    /** 48 days after the Friday: past the 35-day window. */
    private static final LocalDateTime SEVEN_WEEKS_LATER = LocalDateTime.of(2023, 7, 20, 10, 0);

    @Autowired
    MovableClock clock;

    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Creplays-" + java.util.UUID.randomUUID().toString().substring(0, 6), webhooks, port);
        clock.setBangkok(FRIDAY.plusMinutes(1));
    }

    private long totalOfRaiKhok() throws Exception {
        return chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong(-1);
    }

    /** The same event as LINE would send it again under a new webhookEventId (and so a new reply token). */
    private ObjectNode underAnotherEventId(ObjectNode event) {
        String id = chat.nextEventId();
        ObjectNode copy = event.deepCopy();
        copy.put("webhookEventId", id);
        copy.put("replyToken", "reply-" + id);
        return copy;
    }

    @Test
    void aMessageUnderTwoEventIdsIsOneVersionWithOneReplyAndUnsendRemovesIt() throws Exception {
        ObjectNode first = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        ObjectNode copy = underAnotherEventId(first);
        chat.post(copy);

        assertThat(chat.replyTo(first)).isNotEmpty();
        chat.assertNoReplyTo(copy);
        assertThat(redis.opsForZSet().size("rb:{" + chat.groupId() + "}:versions:2023-06-02:rai-khok"))
                .as("one message, one version").isEqualTo(1);
        assertThat(history(chat.groupId())).as("both events kept for the audit").hasSize(2);

        chat.post(Webhooks.unsendEvent(chat.groupId(), "Ua", chat.nextEventId(), GroupChat.millis(FRIDAY.plusMinutes(5)),
                first.path("message").path("id").asText()));

        assertThat(totalOfRaiKhok()).as("unsent, whichever event id stored it").isEqualTo(-1);
        chat.post(underAnotherEventId(first));
        assertThat(totalOfRaiKhok()).as("a copy after the unsend brings nothing back").isEqualTo(-1);
    }

    @Test
    void anEventOlderThanTheDedupeWindowIsAnswered200KeptAsRefusedAndChangesNothing() throws Exception {
        clock.setBangkok(SEVEN_WEEKS_LATER);

        ObjectNode late = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY); // say() asserts the 200

        chat.assertNoReplyTo(late);
        assertThat(totalOfRaiKhok()).isEqualTo(-1);
        assertThat(history(chat.groupId())).singleElement()
                .satisfies(e -> assertThat(e.getValue()).containsEntry("refused", "older than the dedupe window"));
    }

    @Test
    void aCapturedRequestReplayedAfterItsMarkerExpiredCannotBringAWithdrawnReportBack() throws Exception {
        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        chat.post(Webhooks.unsendEvent(chat.groupId(), "Ua", chat.nextEventId(), GroupChat.millis(FRIDAY.plusMinutes(5)),
                report.path("message").path("id").asText()));
        assertThat(totalOfRaiKhok()).isEqualTo(-1);

        clock.setBangkok(SEVEN_WEEKS_LATER);
        redis.delete("rb:{" + chat.groupId() + "}:seen:" + report.path("webhookEventId").asText()); // expired by now
        chat.post(report);

        assertThat(totalOfRaiKhok()).isEqualTo(-1);
    }
}
