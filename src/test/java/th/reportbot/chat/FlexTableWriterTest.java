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
        assertThat(flex.path("altText").asText()).startsWith("สรุปยอดลงทะเบียน ThaiD อำเภอบ้านลาด วันศุกร์ที่ 2 มิ.ย. 2566")
                .contains("ส่งแล้ว 14/15");
        assertThat(flex.path("contents").path("type").asText()).isEqualTo("bubble");
        assertWithinLimits(flex);
        List<String> texts = flex.findValuesAsText("text");
        int previous = -1;
        for (Organisation org : banLat.organisations()) {
            int at = texts.indexOf(org.name());
            assertThat(at).as(org.name() + " in order").isGreaterThan(previous);
            previous = at;
        }
        assertThat(texts).contains("รวมทั้งอำเภอ", "ณ 26 พ.ค. 2566", "เพิ่มขึ้น", "รวม", "สัปดาห์นี้", "✗", "✓");
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
        assertThat(texts.subList(totals, totals + 6)).containsExactly("รวมทั้งอำเภอ", "1,100", "150", "1,250", "+150", " ");
        assertThat(texts.get(totals + 6)).isEqualTo("แถวรวมนับ 1 จาก 15 หน่วยงาน เฉพาะที่ทราบครบทั้งยอดเดิม ยอดเพิ่มขึ้น และยอดรวม");
        assertThat(texts).contains("3,000,000");
        assertThat(flex.path("altText").asText()).endsWith("ยอดรวม 1,250 ราย (นับ 1 หน่วยงานที่ทราบครบทั้งยอดเดิมและยอดรวม)");
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
