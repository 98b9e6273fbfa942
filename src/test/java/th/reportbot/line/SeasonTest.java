package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.Webhooks;

/**
 * Three Fridays of Ban Lat through the webhook, LINE played by WireMock. The expected tables were worked out by hand
 * from docs/design.md's rules; the comments show the arithmetic.
 */
class SeasonTest extends BotTestBase {
    private static final LocalDateTime FRI1 = LocalDateTime.of(2023, 5, 26, 9, 0);
    private static final LocalDateTime FRI2 = LocalDateTime.of(2023, 6, 2, 9, 0);
    private static final LocalDateTime FRI3 = LocalDateTime.of(2023, 6, 9, 9, 0);

    record Row(int no, String org, Long baseline, Long increase, Long total, Long weekly, String status, String warnings,
               String carriedFrom) {
        Row(int no, String org, Long baseline, Long increase, Long total, Long weekly, String status, String warnings) {
            this(no, org, baseline, increase, total, weekly, status, warnings, "");
        }

        /** Not reported this week: shown at its latest earlier total, from the week named. */
        static Row late(int no, String org, long baseline, long total, String week) {
            return new Row(no, org, baseline, total - baseline, total, null, "MISSING", "", week);
        }
    }

    @Test
    void threeFridaysOfBanLat() throws Exception {
        GroupChat chat = new GroupChat("Cbanlat", webhooks, port);

        // ---- Friday 26 May 2023, the baseline week: every organisation reports; the count is its baseline.
        String[][] first = {
                {"Utt-ban-lat", "ทต.บ้านลาด ThaiD ๑,๑๐๐ ราย"},
                {"Uban-hat", "อบต บ้านหาด ยอด ThaiD วันนี้ 90"},
                {"Uban-than", "อบต.บ้านทาน 60 ราย"},
                {"Utamru", "อ.บ.ต.ตำหรุ\nรวม 45"},
                {"Usamo-phlue", "องค์การบริหารส่วนตำบลสมอพลือ ขอรายงานจำนวนผู้ลงทะเบียน ThaiD ณ วันที่ 26 พฤษภาคม 2566 รวมทั้งสิ้น 130 ราย"},
                {"Urai-makham", "ไร่มะขาม 64 คน ครับ"},
                {"Utha-sen", "รายงานยอดลงทะเบียน THaiD\nหน่วยงาน อบต.ท่าเสน\nณ วันศุกร์ที่ ๒๖ พฤษภาคม ๒๕๖๖ จำนวน ๘๗ ราย"},
                {"Unong-krachet", "อบต.หนองกระเจ็ด รายงาน ThaiD ครั้งที่ 1 หมู่ 1-12 รวม 280 ราย"},
                {"Unong-kapu", "อบต.หนองกะปี่ รวม 120"},
                {"Urai-khok", "อบต.\u200bไร่โคก 200"},
                {"Urong-khe", "อบต.โรงเข้ ThaiD\n- ต.โรงเข้ 100\n- ต.ลาดโพธิ์ 60\n- ต.สะพานไกร 40\nรวม 200"},
                {"Urai-sathon", "อบต.ไร่สะท้อน ๑๕๐"},
                {"Utha-chang", "อบต.ท่าช้าง ลงทะเบียนผ่านเจ้าหน้าที่ 20 ราย ลงทะเบียนด้วยตนเอง 20 ราย รวม 40 ราย"},
                {"Utham-rong", "อบต.ถ้ำรงค์: 30"},
        };
        List<ObjectNode> sent = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            sent.add(chat.say(first[i][0], first[i][1], FRI1.plusMinutes(i)));
        }
        ObjectNode hello = chat.say("Uofficer", "สวัสดีค่ะ ทุกท่าน", FRI1.plusMinutes(20));
        ObjectNode last = chat.say("Uhuai-luek", "ห้วยลึก ๑๐ ราย", FRI1.plusHours(2));

        assertThat(chat.replyTo(sent.get(0))).singleElement().asString()
                .contains("✅ รับรายงาน ทต.บ้านลาด ประจำวันศุกร์ที่ 26 พ.ค. 2566")
                .contains("ยอดเดิม ณ 26 พ.ค. 2566: 1,100 | เพิ่มขึ้น: 0 | ยอดรวม: 1,100 ราย")
                .contains("ยังไม่ส่ง 14 แห่ง");
        assertThat(chat.replyTo(sent.get(13))).singleElement().asString()
                .contains("อบต.ถ้ำรงค์").contains("รวม: 30 ราย").contains("ยังไม่ส่ง 1 แห่ง: อบต.ห้วยลึก");
        chat.assertNoReplyTo(hello);
        List<String> lastReply = chat.replyTo(last);
        assertThat(lastReply).as("the last report completes the week: the reply carries the table").hasSize(2);
        assertThat(lastReply.get(0)).contains("อบต.ห้วยลึก").contains("ส่งครบทั้ง 15 แห่งแล้ว");
        assertThat(lastReply.get(1)).contains("ส่งแล้ว 15/15 แห่ง").contains("ยอดรวมทั้งอำเภอ 2,606 ราย");
        assertThat(chat.replyMessagesTo(last).get(1).path("type").asText()).isEqualTo("flex");

        assertTable(chat.table("2023-05-26", ADMIN_TOKEN), 15, new long[]{2606, 0, 2606, 0, 15, 0}, List.of(
                new Row(1, "ทต.บ้านลาด", 1100L, 0L, 1100L, null, "REPORTED", ""),
                new Row(2, "อบต.บ้านหาด", 90L, 0L, 90L, null, "REPORTED", ""),
                new Row(3, "อบต.บ้านทาน", 60L, 0L, 60L, null, "REPORTED", ""),
                new Row(4, "อบต.ตำหรุ", 45L, 0L, 45L, null, "REPORTED", ""),
                new Row(5, "อบต.สมอพลือ", 130L, 0L, 130L, null, "REPORTED", ""),
                new Row(6, "อบต.ไร่มะขาม", 64L, 0L, 64L, null, "REPORTED", ""),
                new Row(7, "อบต.ท่าเสน", 87L, 0L, 87L, null, "REPORTED", ""),
                new Row(8, "อบต.หนองกระเจ็ด", 280L, 0L, 280L, null, "REPORTED", ""),
                new Row(9, "อบต.หนองกะปุ", 120L, 0L, 120L, null, "REPORTED", ""),
                new Row(10, "อบต.ไร่โคก", 200L, 0L, 200L, null, "REPORTED", ""),
                new Row(11, "อบต.โรงเข้", 200L, 0L, 200L, null, "REPORTED", ""),
                new Row(12, "อบต.ไร่สะท้อน", 150L, 0L, 150L, null, "REPORTED", ""),
                new Row(13, "อบต.ท่าช้าง", 40L, 0L, 40L, null, "REPORTED", ""),
                new Row(14, "อบต.ถ้ำรงค์", 30L, 0L, 30L, null, "REPORTED", ""),
                new Row(15, "อบต.ห้วยลึก", 10L, 0L, 10L, null, "REPORTED", "")));

        // ---- Friday 2 June: corrections, an undo, an unsend, a redelivery, a late report, three missing.
        ObjectNode banLat = chat.say("Utt-ban-lat", "1,250 ราย", FRI2); // bound since last week: a bare count
        ObjectNode banHat = chat.say("Uban-hat", "อบต.บ้านหาด\nยอดยกมา 90\nเพิ่ม 8\nรวม 98", FRI2.plusMinutes(1));
        ObjectNode tamru = chat.say("Utamru", "อ.บ.ต.ตำหรุ\nเดิม 45\nเพิ่ม 5\nรวม 50", FRI2.plusMinutes(2));
        chat.say("Usamo-phlue", "อบต.สมอพลือ ยอดรวม 141 (เพิ่มขึ้นจากสัปดาห์ที่แล้ว 11 ราย)", FRI2.plusMinutes(3));
        chat.say("Urai-makham", "อบต.ไร่มะขาม 64/12/76", FRI2.plusMinutes(4));
        chat.say("Utha-sen", "อบต.ท่าเสน 👍 ThaiD 95 คน 🎉", FRI2.plusMinutes(5));
        chat.say("Urai-khok", "ไร่โคก 210 คน ครับ", FRI2.plusMinutes(6));
        ObjectNode rongKhe = chat.say("Urong-khe", "อบต.โรงเข้ ยอดรวม ๒๓๔ ราย", FRI2.plusMinutes(7));
        ObjectNode raiSathon = chat.say("Urai-sathon", "อบต.ไร่สะท้อน: ยอดเดิม 150 เพิ่ม 30 รวม 185", FRI2.plusMinutes(8));
        ObjectNode thaChang = chat.say("Utha-chang", "อบต.ท่าช้าง 40 ➡️ 46", FRI2.plusMinutes(9));
        chat.say("Utham-rong", "อบต.ถ้ำรงค์ ThaiD ยังไม่มีผู้ลงทะเบียนเพิ่มค่ะ ยอดรวมคงเดิม 30", FRI2.plusMinutes(10));
        ObjectNode huaiLuek = chat.say("Uhuai-luek", "อบต.ห้วยลึก ยอดเท่าเดิมค่ะ", FRI2.plusMinutes(11));
        ObjectNode meeting = chat.say("Uofficer", "ประชุมวันจันทร์ที่ 5 มิ.ย. 2566 เวลา 09.30 น. ห้องประชุมอำเภอ ชั้น 2", FRI2.plusMinutes(12));
        ObjectNode tamruFix = chat.say("Utamru", "อบต.ตำหรุ รวม 52 แก้ไขจากที่ส่งไปเมื่อเช้านะคะ", FRI2.plusHours(1));
        ObjectNode undo = chat.say("Urai-khok", "ยกเลิก", FRI2.plusHours(1).plusMinutes(1));
        chat.say("Urai-khok", "อบต.ไร่โคก 212", FRI2.plusHours(1).plusMinutes(2));
        chat.post(Webhooks.unsendEvent(chat.groupId(), "Urong-khe", chat.nextEventId(),
                GroupChat.millis(FRI2.plusHours(1).plusMinutes(3)), rongKhe.path("message").path("id").asText()));
        chat.post(Webhooks.redelivered(banHat));
        ObjectNode late = chat.say("Unong-kapu", "อบต.หนองกะปุ รายงาน ณ วันที่ 2 มิ.ย. 2566 รวม 135 ราย",
                LocalDateTime.of(2023, 6, 3, 9, 0));

        assertThat(chat.replyTo(banLat)).singleElement().asString()
                .contains("ทต.บ้านลาด").contains("เพิ่มขึ้น: 150 | ยอดรวม: 1,250 ราย").contains("เปลี่ยนจากครั้งก่อน: +150");
        assertThat(chat.replyTo(banHat)).singleElement().asString().contains("รวม: 98 ราย").contains("+8");
        assertThat(chat.replyTo(tamru)).singleElement().asString().contains("ยอดเดิม ณ 26 พ.ค. 2566: 45 | เพิ่มขึ้น: 5 | ยอดรวม: 50 ราย");
        assertThat(chat.replyTo(raiSathon)).singleElement().asString()
                .contains("ยอดเดิม ณ 26 พ.ค. 2566: 150 | เพิ่มขึ้น: 35 | ยอดรวม: 185 ราย")
                .contains("⚠️ ยอดเดิม 150 + เพิ่มขึ้น 30 = 180 ไม่ตรงกับยอดรวม 185\n"
                        + "ผมบันทึกยอดเดิม 150 และยอดรวม 185 ตามที่พิมพ์ ยอดเพิ่มขึ้นจึงเป็น 35 ถ้าไม่ถูกต้อง กรุณาส่งใหม่ เช่น"
                        + " \"อบต.ไร่สะท้อน ยอดเดิม 150 เพิ่มขึ้น 30 รวม 180\" ครับ");
        assertThat(chat.replyTo(thaChang)).singleElement().asString().contains("รวม: 46 ราย").contains("+6");
        assertThat(chat.replyTo(huaiLuek)).singleElement().asString().contains("รวม: 10 ราย").contains("เปลี่ยนจากครั้งก่อน: 0");
        chat.assertNoReplyTo(meeting);
        assertThat(chat.replyTo(tamruFix)).singleElement().asString().contains("แก้ยอดรวมจาก 50 เป็น 52");
        assertThat(chat.replyTo(undo)).singleElement().asString().isEqualTo("ยกเลิกรายงาน อบต.ไร่โคก (ยอดรวม 210) ของสัปดาห์นี้แล้วครับ");
        assertThat(chat.replyTo(late)).singleElement().asString().contains("อบต.หนองกะปุ ประจำวันศุกร์ที่ 2 มิ.ย. 2566");
        assertThat(FakeLineReplies.countFor(banHat, webhooks)).as("the redelivery is not answered again").isEqualTo(1);

        // increase = total − 26 May count; weekly = total − the previous reported total. The district row sums all 15:
        // the 12 that reported and the 3 late ones at their 26 May totals, so it adds up across: 2,606 + 264 = 2,870.
        // The three that did not report stand at their 26 May totals (60, 280, 200) and are counted in the district row.
        assertTable(chat.table("2023-06-02", ADMIN_TOKEN), 12, new long[]{2606, 264, 2870, 264, 15, 3}, List.of(
                new Row(1, "ทต.บ้านลาด", 1100L, 150L, 1250L, 150L, "REPORTED", ""),
                new Row(2, "อบต.บ้านหาด", 90L, 8L, 98L, 8L, "REPORTED", ""),
                Row.late(3, "อบต.บ้านทาน", 60, 60, "2023-05-26"),
                new Row(4, "อบต.ตำหรุ", 45L, 7L, 52L, 7L, "REPORTED", ""),
                new Row(5, "อบต.สมอพลือ", 130L, 11L, 141L, 11L, "REPORTED", ""),
                new Row(6, "อบต.ไร่มะขาม", 64L, 12L, 76L, 12L, "REPORTED", ""),
                new Row(7, "อบต.ท่าเสน", 87L, 8L, 95L, 8L, "REPORTED", ""),
                Row.late(8, "อบต.หนองกระเจ็ด", 280, 280, "2023-05-26"),
                // sent on Saturday by its own member: stored, and flagged to officers as written after the deadline
                new Row(9, "อบต.หนองกะปุ", 120L, 15L, 135L, 15L, "WARNING", "LATE_CHANGE"),
                new Row(10, "อบต.ไร่โคก", 200L, 12L, 212L, 12L, "REPORTED", ""),
                // its 2 June report was unsent
                Row.late(11, "อบต.โรงเข้", 200, 200, "2023-05-26"),
                new Row(12, "อบต.ไร่สะท้อน", 150L, 35L, 185L, 35L, "WARNING", "MISMATCH"),
                new Row(13, "อบต.ท่าช้าง", 40L, 6L, 46L, 6L, "REPORTED", ""),
                new Row(14, "อบต.ถ้ำรงค์", 30L, 0L, 30L, 0L, "REPORTED", ""),
                new Row(15, "อบต.ห้วยลึก", 10L, 0L, 10L, 0L, "REPORTED", "")));

        // ---- Friday 9 June: warnings, an edit, one member reporting for two others, questions.
        chat.say("Utt-ban-lat", "ทต. บ้านลาด : 1,302 (สัปดาห์นี้ +52)", FRI3);
        ObjectNode banHat3 = chat.say("Uban-hat", "อบต.บ้านหาด รายงานครับ\nสัปดาห์ที่ 3\nเพิ่ม 7\nรวม 105", FRI3.plusMinutes(1));
        ObjectNode tamru3 = chat.say("Utamru", "ตำหรุ ยอดรวม 48 ค่ะ", FRI3.plusMinutes(2));
        chat.say("Usamo-phlue", "152", FRI3.plusMinutes(3));
        ObjectNode thaSen = chat.say("Utha-sen", "อบต.ท่าเสน 100", FRI3.plusMinutes(4));
        ObjectNode jump = chat.say("Unong-krachet", "อบต.หนองกระเจ็ด 700 ราย", FRI3.plusMinutes(5));
        ObjectNode baseline = chat.say("Urai-sathon", "อบต.ไร่สะท้อน ยอดเดิม 140 รวม 190", FRI3.plusMinutes(6));
        ObjectNode onBehalf = chat.say("Utt-ban-lat", "ฝากรายงานแทน อบต.ถ้ำรงค์ 44 ราย และ อบต.ท่าช้าง 50 ราย ค่ะ", FRI3.plusMinutes(7));
        chat.say("Uhuai-luek", "อบต.ห้วยลึก ยอดสะสมถึงวันที่ 9 มิ.ย. 2566 จำนวน 25 ราย", FRI3.plusMinutes(8));
        ObjectNode edit = Webhooks.editedEvent(chat.groupId(), "Utha-sen", chat.nextEventId(),
                GroupChat.millis(FRI3.plusMinutes(9)), thaSen.path("message").path("id").asText(), "อบต.ท่าเสน 102");
        chat.post(edit);
        ObjectNode stillBound = chat.say("Utt-ban-lat", "1,302 ราย", FRI3.plusMinutes(10));
        ObjectNode stranger = chat.say("Ustranger", "ยอด ThaiD 77 ค่ะ", FRI3.plusMinutes(11));
        ObjectNode outsider = chat.say("Ustranger", "อบต.บางกระเจ้า 55 ราย", FRI3.plusMinutes(12));

        assertThat(chat.replyTo(banHat3)).singleElement().asString().contains("รวม: 105 ราย").contains("+7")
                .doesNotContain("⚠️");
        assertThat(chat.replyTo(tamru3)).singleElement().asString().contains("⚠️ ยอดรวมลดลงจากครั้งก่อน (52 → 48)\nผมบันทึก 48 ตามที่พิมพ์");
        // A total far out of line with last week is asked about first; confirmed, it is stored with its warning.
        assertThat(chat.replyTo(jump)).singleElement().asString().startsWith("🔎 รบกวนตรวจสอบยอดก่อนบันทึกครับ")
                .contains("รวม 700 ราย", "ต่างจากที่รายงานครั้งก่อน (280) มากผิดปกติ");
        ObjectNode jumpConfirmed = chat.say("Unong-krachet", "ใช่ครับ", FRI3.plusMinutes(13));
        assertThat(chat.replyTo(jumpConfirmed)).singleElement().asString().contains("⚠️ ยอดเพิ่มขึ้นมากผิดปกติ (280 → 700)\nผมบันทึก 700 ตามที่พิมพ์");
        assertThat(chat.replyTo(baseline)).singleElement().asString().contains("ยอดเดิม ณ 26 พ.ค. 2566: 150 | เพิ่มขึ้น: 40 | ยอดรวม: 190 ราย")
                .contains("⚠️ ยอดเดิม ณ 26 พ.ค. 2566 ที่แจ้ง (140) ไม่ตรงกับยอดที่ส่งไว้ในวันนั้น (150)");
        assertThat(chat.replyTo(onBehalf)).singleElement().asString().contains("อบต.ถ้ำรงค์").contains("อบต.ท่าช้าง");
        assertThat(chat.replyTo(edit)).singleElement().asString().contains("อบต.ท่าเสน").contains("แก้ยอดรวมจาก 100 เป็น 102");
        assertThat(chat.replyTo(stillBound)).as("reporting for others did not rebind the sender")
                .singleElement().asString().contains("ทต.บ้านลาด").contains("ยอดรวมเท่ากับที่ส่งไว้แล้ว (1,302)");
        assertThat(chat.replyTo(stranger)).singleElement().asString().startsWith("ได้รับตัวเลขแล้วครับ แต่ยังไม่ทราบว่าเป็นของหน่วยงานใด");
        assertThat(chat.replyTo(outsider)).singleElement().asString().startsWith("\"อบต.บางกระเจ้า\" ไม่อยู่ในรายชื่อหน่วยงานของอำเภอบ้านลาด");

        assertTable(chat.table("2023-06-09", ADMIN_TOKEN), 10, new long[]{2606, 795, 3401, 531, 15, 5}, List.of(
                new Row(1, "ทต.บ้านลาด", 1100L, 202L, 1302L, 52L, "REPORTED", ""),
                new Row(2, "อบต.บ้านหาด", 90L, 15L, 105L, 7L, "REPORTED", ""),
                Row.late(3, "อบต.บ้านทาน", 60, 60, "2023-05-26"),
                new Row(4, "อบต.ตำหรุ", 45L, 3L, 48L, -4L, "WARNING", "TOTAL_DROPPED"),
                new Row(5, "อบต.สมอพลือ", 130L, 22L, 152L, 11L, "REPORTED", ""),
                Row.late(6, "อบต.ไร่มะขาม", 64, 76, "2023-06-02"),
                new Row(7, "อบต.ท่าเสน", 87L, 15L, 102L, 7L, "REPORTED", ""),
                new Row(8, "อบต.หนองกระเจ็ด", 280L, 420L, 700L, 420L, "WARNING", "IMPLAUSIBLE_JUMP"),
                Row.late(9, "อบต.หนองกะปุ", 120, 135, "2023-06-02"),
                Row.late(10, "อบต.ไร่โคก", 200, 212, "2023-06-02"),
                Row.late(11, "อบต.โรงเข้", 200, 200, "2023-05-26"),
                new Row(12, "อบต.ไร่สะท้อน", 150L, 40L, 190L, 5L, "WARNING", "BASELINE_CHANGED"),
                new Row(13, "อบต.ท่าช้าง", 40L, 10L, 50L, 4L, "REPORTED", ""),
                new Row(14, "อบต.ถ้ำรงค์", 30L, 14L, 44L, 14L, "REPORTED", ""),
                new Row(15, "อบต.ห้วยลึก", 10L, 15L, 25L, 15L, "REPORTED", "")));

        // The earlier weeks still read as they did.
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("totals").path("total").asLong()).isEqualTo(2870);
    }

    private static void assertTable(JsonNode table, int reported, long[] totals, List<Row> rows) {
        assertThat(table.path("district").asText()).isEqualTo("อำเภอบ้านลาด");
        assertThat(table.path("baselineDate").asText()).isEqualTo("2023-05-26");
        assertThat(table.path("expected").asInt()).isEqualTo(15);
        assertThat(table.path("reported").asInt()).isEqualTo(reported);
        List<Row> actual = new ArrayList<>();
        for (JsonNode r : table.path("rows")) {
            List<String> warnings = new ArrayList<>();
            r.path("warnings").forEach(w -> warnings.add(w.asText()));
            actual.add(new Row(r.path("no").asInt(), r.path("org").asText(), number(r.path("baseline")),
                    number(r.path("increase")), number(r.path("total")), number(r.path("weekly")),
                    r.path("status").asText(), String.join(",", warnings), r.path("carriedFrom").asText("")));
            assertThat(r.path("reportedAt").isNull()).as("when the row's figure was reported")
                    .isEqualTo("MISSING".equals(r.path("status").asText()) && r.path("carriedFrom").isNull());
        }
        assertThat(actual).containsExactlyElementsOf(rows);
        JsonNode t = table.path("totals");
        assertThat(new long[]{t.path("baseline").asLong(), t.path("increase").asLong(), t.path("total").asLong(),
                t.path("weekly").asLong(), t.path("covered").asLong(), t.path("carried").asLong()})
                .as("baseline, increase, total, weekly, covered, carried")
                .containsExactly(totals);
    }

    private static Long number(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asLong();
    }
}
