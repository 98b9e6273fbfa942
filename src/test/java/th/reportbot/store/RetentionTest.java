package th.reportbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamRecords;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.Webhooks;

/** What Redis keeps, and for how long (README "Operations", docs/design.md "Redis"). */
class RetentionTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private static final long DAY = Duration.ofDays(1).toMillis();
    private GroupChat chat;

    @BeforeEach
    void group() {
        chat = new GroupChat("Cretention", webhooks, port);
    }

    @Test
    void chatterIsKeptAsWhoAndWhenWithoutWhatWasWritten() {
        chat.say("Ua", "พรุ่งนี้ประชุมที่อำเภอ 9.30 น. ติดต่อคุณสมศรี 081-234-5678", FRIDAY);
        ObjectNode location = Webhooks.groupEvent("message", chat.groupId(), "Ub", chat.nextEventId(),
                GroupChat.millis(FRIDAY.plusMinutes(1)));
        location.putObject("message").put("type", "location").put("id", "m-location")
                .put("address", "99 หมู่ 3 ตำบลไร่โคก").put("latitude", 13.0).put("longitude", 99.9);
        chat.post(location);

        List<MapRecord<String, Object, Object>> history = history(chat.groupId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getValue()).containsEntry("type", "message").containsEntry("user", "Ua")
                .containsEntry("ignored", "1").containsEntry("ts", Long.toString(GroupChat.millis(FRIDAY)))
                .doesNotContainKey("raw");
        assertThat(history.get(1).getValue()).containsEntry("user", "Ub").containsEntry("message", "location")
                .containsEntry("ignored", "1");
        assertThat(history).allSatisfy(entry -> assertThat(entry.getValue().values())
                .noneMatch(v -> v.toString().contains("สมศรี") || v.toString().contains("081")
                        || v.toString().contains("ไร่โคก")));
    }

    @Test
    void aReportAndACommandKeepTheirTextForTheAudit() {
        chat.say("Ua", "อบต.ไร่โคก รวม 210 ราย", FRIDAY);
        chat.say("Ua", "สรุป", FRIDAY.plusMinutes(1));

        assertThat(history(chat.groupId())).extracting(e -> (String) e.getValue().get("raw"))
                .satisfiesExactly(raw -> assertThat(raw).contains("อบต.ไร่โคก รวม 210 ราย"),
                        raw -> assertThat(raw).contains("สรุป"));
        assertThat(history(chat.groupId())).allSatisfy(e -> assertThat(e.getValue()).doesNotContainKey("ignored"));
    }

    @Test
    void historyOlderThanHistoryForIsTrimmedWhenTheNextEventIsStored() {
        long now = GroupChat.millis(FRIDAY);
        String key = "rb:{" + chat.groupId() + "}:history";
        // Entries a server stored long ago: their ids are the time they were added.
        addAt(key, now - 401 * DAY, "too-old");
        addAt(key, now - 399 * DAY, "within-a-year-and-a-month");

        chat.say("Ua", "อบต.ไร่โคก รวม 210 ราย", FRIDAY);

        assertThat(history(chat.groupId())).extracting(e -> e.getValue().get("id"))
                .doesNotContain("too-old").contains("within-a-year-and-a-month").hasSize(2);
    }

    private void addAt(String key, long millis, String id) {
        redis.opsForStream().add(StreamRecords.newRecord().in(key).ofMap(Map.of("id", id, "type", "message"))
                .withId(RecordId.of(millis, 0)));
    }

    @Test
    void reportsNeverExpireWhileMessageRecordsAndQuestionsDo() {
        String g = "rb:{" + chat.groupId() + "}:";
        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210 ราย", FRIDAY);
        chat.say("Ub", "อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61", FRIDAY.plusMinutes(1)); // asked, not stored

        for (String kept : List.of("week:2023-06-02", "weeks", "versions:2023-06-02:rai-khok", "version", "binding",
                "history", "district", "baseline-asked")) {
            assertThat(redis.getExpire(g + kept)).as(kept + " never expires").isEqualTo(-1L);
        }
        // They live as long as an event id is remembered: reportbot.store.dedupe-for, which the test base sets long
        // (its events are dated 2023) at DEDUPE_FOR_TESTS.
        long dedupeDays = java.time.Duration.parse("P" + DEDUPE_FOR_TESTS.toUpperCase()).toDays();
        String message = g + "msg:" + report.path("message").path("id").asText();
        assertThat(redis.getExpire(message, TimeUnit.DAYS)).as("the message's record, for edit and unsend")
                .isBetween(dedupeDays - 1, dedupeDays);
        assertThat(redis.getExpire(g + "pending", TimeUnit.DAYS)).as("the question held for Ub")
                .isBetween(dedupeDays - 1, dedupeDays);
    }

    @Test
    void aFullRedisRefusesTheEventWithA503AndTheRedeliveryIsStored() throws Exception {
        chat.say("Ua", "สวัสดีค่ะ", FRIDAY.minusMinutes(1)); // the group is known and bound before Redis fills up
        ObjectNode report = Webhooks.textEvent(chat.groupId(), "Ua", chat.nextEventId(), GroupChat.millis(FRIDAY),
                "อบต.ไร่โคก รวม 210 ราย");
        String body = Webhooks.body(report);
        redis.getRequiredConnectionFactory().getConnection().serverCommands().setConfig("maxmemory-policy", "noeviction");
        redis.getRequiredConnectionFactory().getConnection().serverCommands().setConfig("maxmemory", "1");
        try {
            assertThat(webhooks.post(body).statusCode()).as("Redis is full: LINE is asked to redeliver").isEqualTo(503);
        } finally {
            redis.getRequiredConnectionFactory().getConnection().serverCommands().setConfig("maxmemory", "0");
        }
        assertThat(webhooks.post(Webhooks.body(Webhooks.redelivered(report))).statusCode()).isEqualTo(200);
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong()).isEqualTo(210);
    }
}
