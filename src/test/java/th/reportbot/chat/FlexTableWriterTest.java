package th.reportbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.StoredReport;
import th.reportbot.report.TableBuilder;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;
import th.reportbot.roster.RosterLoader;
import th.reportbot.support.TestSentences;

/** The table as LINE will receive it: valid Flex structure, within LINE's size limits. */
class FlexTableWriterTest {
    private static final LocalDate WEEK = LocalDate.of(2023, 6, 2);
    private final FlexTableWriter writer = new FlexTableWriter(TestSentences.botSentences());
    private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

    @Test
    void banLatTableIsOneBubbleWithEveryOrganisationInOrder() throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        List<Message> messages = writer.write(table(banLat));

        assertThat(messages).hasSize(1);
        JsonNode flex = json.readTree(json.writeValueAsString(messages.get(0)));
        assertThat(flex.path("type").asText()).isEqualTo("flex");
        assertThat(flex.path("altText").asText()).startsWith("สรุปยอดลงทะเบียน ThaiD อำเภอบ้านลาด ประจำวันศุกร์ที่ 2 มิ.ย. 2566")
                .contains("ส่งแล้ว 14/15 แห่ง");
        assertThat(flex.path("contents").path("type").asText()).isEqualTo("bubble");
        assertThat(flex.path("contents").path("size").asText()).as("LINE's widest bubble, 500 px").isEqualTo("giga");
        assertWithinLimits(flex);
        List<String> texts = flex.findValuesAsText("text");
        int previous = -1;
        for (Organisation org : banLat.organisations()) {
            int at = texts.indexOf(org.name());
            assertThat(at).as(org.name() + " in order").isGreaterThan(previous);
            previous = at;
        }
        assertThat(texts).contains("ประจำวันศุกร์ที่ 2 มิ.ย. 2566",
                "ยอดเดิม คือยอด ณ วันศุกร์ที่ 26 พ.ค. 2566 · เพิ่มขึ้น คือเพิ่มจากยอดเดิม",
                "ที่", "หน่วยงาน", "สถานะ", "ยอดเดิม", "เพิ่มขึ้น", "ยอดรวม", "จากครั้งก่อน", "รวมทั้งอำเภอ", "✓ ส่งแล้ว");
    }

    @Test
    void everyTextIsAtLeastLinesXsAndNumbersStandRightAlignedInTheirHeadersColumns() throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        JsonNode bubble = json.readTree(json.writeValueAsString(writer.write(table(banLat)).get(0))).path("contents");

        for (JsonNode text : bubble.findParents("text")) {
            assertThat(text.path("size").asText()).as("size of " + text.path("text").asText())
                    .isIn("xs", "sm", "md", "lg", "xl");
        }
        // The four number columns: the header line and every organisation's second line share one shape, four texts
        // of equal flex, right-aligned, so each number ends where its header ends.
        List<JsonNode> numberLines = new ArrayList<>();
        for (JsonNode box : bubble.path("body").findParents("layout")) {
            if (box.path("layout").asText().equals("horizontal") && box.path("contents").size() == 4) {
                numberLines.add(box);
            }
        }
        assertThat(numberLines).as("the header line, 15 organisations and the district row").hasSize(17);
        assertThat(numberLines.get(0).findValuesAsText("text")).containsExactly("ยอดเดิม", "เพิ่มขึ้น", "ยอดรวม", "จากครั้งก่อน");
        for (JsonNode line : numberLines) {
            assertThat(line.path("spacing").asText()).isEqualTo(numberLines.get(0).path("spacing").asText());
            for (JsonNode cell : line.path("contents")) {
                assertThat(cell.path("align").asText()).as(cell.path("text").asText() + " right-aligned").isEqualTo("end");
                assertThat(cell.path("flex").asInt()).isEqualTo(1);
                assertThat(cell.path("wrap").asBoolean()).as("a number is never broken").isFalse();
            }
        }
    }

    @Test
    void theDistrictRowAddsUpOverTheOrganisationsItSaysItCounts() throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();
        LocalDate baselineWeek = LocalDate.of(2023, 5, 26);
        Organisation banLatMunicipality = banLat.organisations().get(0);
        Organisation banHat = banLat.organisations().get(1);
        reports.put(baselineWeek, Map.of(banLatMunicipality.id(), report(banLatMunicipality, baselineWeek, 1100L)));
        Map<String, StoredReport> week = new HashMap<>();
        week.put(banLatMunicipality.id(), report(banLatMunicipality, WEEK, 1250L));
        // อบต.บ้านหาด sends only a total and has no baseline: shown in its row, left out of the district row
        week.put(banHat.id(), report(banHat, WEEK, 3_000_000L));
        reports.put(WEEK, week);

        JsonNode flex = json.readTree(json.writeValueAsString(
                writer.write(TableBuilder.build(banLat, WEEK, reports)).get(0)));

        List<String> texts = flex.findValuesAsText("text");
        int totals = texts.indexOf("รวมทั้งอำเภอ");
        assertThat(texts.subList(totals, totals + 7)).containsExactly("รวมทั้งอำเภอ", "นับ 1/15 แห่ง",
                "1,100", "150", "1,250", "+150",
                "แถวรวมนับเฉพาะหน่วยงานที่ทราบทั้งยอดเดิมและยอดรวม (1 จาก 15 แห่ง)");
        assertThat(rowTexts(flex, "อบต.บ้านหาด")).as("what is not known says so")
                .containsExactly("2", "อบต.บ้านหาด", "✓ ส่งแล้ว", "ยังไม่ทราบ", "ยังไม่ทราบ", "3,000,000", "ส่งครั้งแรก");
        assertThat(flex.path("altText").asText()).endsWith("ยอดรวมทั้งอำเภอ 1,250 ราย (นับ 1 แห่งที่ทราบทั้งยอดเดิมและยอดรวม)");
    }

    @Test
    void theDistrictsChangeIsUnknownWhenNoCountedOrganisationHasOne() throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        Organisation banLatMunicipality = banLat.organisations().get(0);
        LocalDate baselineWeek = LocalDate.of(2023, 5, 26);
        Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();
        reports.put(baselineWeek, Map.of(banLatMunicipality.id(), report(banLatMunicipality, baselineWeek, 1100L)));

        JsonNode flex = json.readTree(json.writeValueAsString(
                writer.write(TableBuilder.build(banLat, baselineWeek, reports)).get(0)));

        List<String> texts = flex.findValuesAsText("text");
        int totals = texts.indexOf("รวมทั้งอำเภอ");
        assertThat(texts.subList(totals, totals + 6)).as("a first report has no change: the district's is not 0")
                .containsExactly("รวมทั้งอำเภอ", "นับ 1/15 แห่ง", "1,100", "0", "1,100", "ยังไม่ทราบ");
    }

    @Test
    void aLateOrganisationStandsGreyAtItsLatestTotalMarkedWithThatWeekAndTheFootnoteSaysSo() throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        Organisation raiKhok = banLat.organisations().stream().filter(o -> o.name().equals("อบต.ไร่โคก")).findFirst().orElseThrow();
        Organisation tamru = banLat.organisations().stream().filter(o -> o.name().equals("อบต.ตำหรุ")).findFirst().orElseThrow();
        Organisation huaiLuek = banLat.organisations().stream().filter(o -> o.name().equals("อบต.ห้วยลึก")).findFirst().orElseThrow();
        LocalDate baselineWeek = LocalDate.of(2023, 5, 26);
        LocalDate nextWeek = WEEK.plusWeeks(1);
        Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();
        reports.put(baselineWeek, Map.of(raiKhok.id(), report(raiKhok, baselineWeek, 200L),
                tamru.id(), report(tamru, baselineWeek, 45L)));
        reports.put(WEEK, Map.of(raiKhok.id(), report(raiKhok, WEEK, 210L), tamru.id(), report(tamru, WEEK, 52L)));
        // 9 June: อบต.ตำหรุ reports, อบต.ไร่โคก has not yet; อบต.ห้วยลึก has never sent anything
        reports.put(nextWeek, Map.of(tamru.id(), report(tamru, nextWeek, 60L)));

        JsonNode flex = json.readTree(json.writeValueAsString(
                writer.write(TableBuilder.build(banLat, nextWeek, reports)).get(0)));

        assertThat(rowTexts(flex, "อบต.ไร่โคก")).containsExactly("10", "อบต.ไร่โคก", "ณ 2 มิ.ย. 2566",
                "200", "10", "210", "ยังไม่ส่ง");
        for (JsonNode text : row(flex, "อบต.ไร่โคก").findParents("text")) {
            assertThat(text.path("color").asText()).as(text.path("text").asText() + " greyed").isEqualTo("#888888");
        }
        for (JsonNode text : row(flex, "อบต.ตำหรุ").findParents("text")) {
            assertThat(text.path("color").asText()).as("อบต.ตำหรุ sent this week: not greyed").isNotEqualTo("#888888");
        }
        assertThat(rowTexts(flex, "อบต.ห้วยลึก")).as("never sent: said plainly, no numbers")
                .containsExactly("15", "อบต.ห้วยลึก", "✗ ยังไม่ส่ง");

        List<String> texts = flex.findValuesAsText("text");
        int totals = texts.indexOf("รวมทั้งอำเภอ");
        assertThat(texts.subList(totals, texts.size())).containsExactly("รวมทั้งอำเภอ", "นับ 2/15 แห่ง",
                "245", "25", "270", "+8",
                "แถวรวมนับเฉพาะหน่วยงานที่ทราบทั้งยอดเดิมและยอดรวม (2 จาก 15 แห่ง)",
                "ในจำนวนนี้ 1 แห่งยังไม่ส่งสัปดาห์นี้ จึงใช้ยอดล่าสุดที่เคยส่ง (แถวสีเทา)");
        assertThat(texts).as("no bare dash where a number is unknown").doesNotContain("-");
        assertThat(flex.path("altText").asText()).endsWith("(นับ 2 แห่งที่ทราบทั้งยอดเดิมและยอดรวม) ในจำนวนนี้ 1 แห่งยังไม่ส่งสัปดาห์นี้ ใช้ยอดล่าสุดที่เคยส่ง");
    }

    @Test
    void aWarningNamesWhatToCheck() throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        Organisation tamru = banLat.organisations().stream().filter(o -> o.name().equals("อบต.ตำหรุ")).findFirst().orElseThrow();
        Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();
        reports.put(LocalDate.of(2023, 5, 26), Map.of(tamru.id(), report(tamru, LocalDate.of(2023, 5, 26), 52L)));
        reports.put(WEEK, Map.of(tamru.id(), new StoredReport("v", tamru.id(), WEEK, null, 49L, null,
                List.of(ReportWarning.TOTAL_DROPPED), "U", Instant.EPOCH, "m")));

        JsonNode flex = json.readTree(json.writeValueAsString(writer.write(TableBuilder.build(banLat, WEEK, reports)).get(0)));

        assertThat(rowTexts(flex, "อบต.ตำหรุ")).containsExactly("4", "อบต.ตำหรุ", "⚠ ยอดรวมลดลง", "52", "-3", "49", "-3");
    }

    @Test
    void twoHundredOrganisationsSplitIntoCarouselsWithinLinesLimits() throws Exception {
        List<Organisation> orgs = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            orgs.add(new Organisation(i, "org-" + i, "องค์การบริหารส่วนตำบลทดสอบยาวมาก" + i, List.of(), List.of("ทดสอบ" + i)));
        }
        District big = new District("big", "อำเภอทดสอบ", "จังหวัดทดสอบ", "กลุ่ม", LocalDate.of(2023, 5, 26), List.of(), orgs);

        List<Message> messages = writer.write(table(big));

        assertThat(messages).as("a reply carries at most 5 messages").hasSizeBetween(2, 5);
        int rows = 0;
        for (Message m : messages) {
            JsonNode flex = json.readTree(json.writeValueAsString(m));
            assertThat(flex.path("contents").path("type").asText()).isEqualTo("carousel");
            assertWithinLimits(flex);
            for (JsonNode bubble : flex.path("contents").path("contents")) {
                rows += (int) bubble.findValuesAsText("text").stream().filter(t -> t.startsWith("องค์การบริหารส่วนตำบลทดสอบ")).count();
            }
        }
        assertThat(rows).as("every organisation once").isEqualTo(200);
    }

    /** An organisation's block in the table: its number, name and state, then its numbers. */
    private static JsonNode row(JsonNode flex, String org) {
        for (JsonNode block : flex.path("contents").path("body").path("contents")) {
            if (block.findValuesAsText("text").contains(org)) {
                return block;
            }
        }
        throw new AssertionError(org + " is not in the table");
    }

    private static List<String> rowTexts(JsonNode flex, String org) {
        return row(flex, org).findValuesAsText("text");
    }

    private void assertWithinLimits(JsonNode flex) throws Exception {
        assertThat(flex.path("altText").asText().length()).isBetween(1, FlexTableWriter.MAX_ALT_TEXT);
        JsonNode contents = flex.path("contents");
        if (contents.path("type").asText().equals("carousel")) {
            assertThat(bytes(contents)).isLessThanOrEqualTo(FlexTableWriter.MAX_CAROUSEL_BYTES);
            assertThat(contents.path("contents").size()).isBetween(1, FlexTableWriter.MAX_CAROUSEL_BUBBLES);
            for (JsonNode bubble : contents.path("contents")) {
                assertBubble(bubble);
            }
        } else {
            assertBubble(contents);
        }
    }

    private void assertBubble(JsonNode bubble) throws Exception {
        assertThat(bubble.path("type").asText()).isEqualTo("bubble");
        assertThat(bytes(bubble)).isLessThanOrEqualTo(FlexTableWriter.MAX_BUBBLE_BYTES);
        assertThat(bubble.path("body").path("type").asText()).isEqualTo("box");
        for (JsonNode text : bubble.findParents("text")) {
            assertThat(text.path("text").asText()).as("LINE refuses empty text components").isNotEmpty();
        }
    }

    private int bytes(JsonNode node) throws Exception {
        return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Every organisation reported but the first of the roster's second half. */
    private static DistrictTable table(District district) {
        Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();
        Map<String, StoredReport> base = new HashMap<>();
        Map<String, StoredReport> week = new HashMap<>();
        int skip = district.organisations().size() / 2;
        for (Organisation org : district.organisations()) {
            base.put(org.id(), report(org, LocalDate.of(2023, 5, 26), 1000L + org.no()));
            if (org.no() != skip) {
                week.put(org.id(), report(org, WEEK, 1100L + org.no()));
            }
        }
        reports.put(LocalDate.of(2023, 5, 26), base);
        reports.put(WEEK, week);
        return TableBuilder.build(district, WEEK, reports);
    }

    private static StoredReport report(Organisation org, LocalDate week, long total) {
        return new StoredReport(org.id() + week, org.id(), week, null, total, null, List.of(), "U", Instant.EPOCH, "m");
    }
}
