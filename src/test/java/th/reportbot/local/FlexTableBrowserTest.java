package th.reportbot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;

import th.reportbot.calendar.ThaiDateText;
import th.reportbot.chat.BotSentences;
import th.reportbot.chat.ChatRenderer;
import th.reportbot.chat.Reply;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.StoredReport;
import th.reportbot.report.TableBuilder;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;
import th.reportbot.roster.RosterLoader;
import th.reportbot.support.HeadlessChromium;
import th.reportbot.support.TestSentences;

/**
 * The district table as LINE draws it: the Flex JSON the bot sends for Ban Lat's 15 organisations, drawn by the
 * simulator's renderer (simulator.js and flex.css, LINE's sizes and widths) in headless Chromium at the width of the
 * bubble, then measured. It takes the README's picture, {@code target/screenshots/flex-table.png}. Skipped, saying so,
 * where Debian's chromium and chromium-driver are not installed.
 */
class FlexTableBrowserTest {
    /** LINE's width for a giga bubble, the size the table is sent in. */
    private static final int GIGA = 500;
    /** A bubble as narrow as a small phone might show it: our margin, not a width LINE documents. */
    private static final int NARROW_PHONE = 330;
    /** LINE's xs text size: nothing in the table may be smaller. */
    private static final double XS_PX = 13;
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,]*");

    private static final LocalDate BASELINE = LocalDate.of(2023, 5, 26);
    private static final LocalDate JUNE_9 = LocalDate.of(2023, 6, 9);
    private static final LocalDate JUNE_16 = LocalDate.of(2023, 6, 16);

    private final BotSentences say = TestSentences.botSentences();
    private WebDriver browser;

    @BeforeEach
    void browser() {
        browser = HeadlessChromium.start(
                HeadlessChromium.options("--allow-file-access-from-files", "--window-size=700,2600"));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void banLatsTableReadsWellAtTheWidthOfAGigaBubble() throws Exception {
        WebElement stage = drawAndCheck(GIGA);
        screenshot(stage);
    }

    /** A phone narrower than the bubble's 500 px shows it narrower: the table must still read. */
    @Test
    void andStillReadsOnANarrowPhone() throws Exception {
        drawAndCheck(NARROW_PHONE);
    }

    private WebElement drawAndCheck(int width) throws Exception {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        DistrictTable table = banLatInJune(banLat);
        WebElement stage = draw(table, width);
        List<Map<String, Object>> texts = measure();

        assertThat(texts).as("the table drew its texts").hasSizeGreaterThan(15 * 3);
        for (Map<String, Object> t : texts) {
            String text = (String) t.get("text");
            assertThat(num(t, "fontSize")).as("size of \"%s\" (LINE's xs is 13 px)", text).isGreaterThanOrEqualTo(XS_PX);
            assertThat(num(t, "scrollWidth")).as("\"%s\" is cut or ends in an ellipsis", text)
                    .isLessThanOrEqualTo(num(t, "clientWidth"));
        }

        for (Organisation org : banLat.organisations()) {
            List<Map<String, Object>> named = texts.stream().filter(t -> org.name().equals(t.get("text"))).toList();
            assertThat(named).as(org.name() + " is in the table once").hasSize(1);
            assertThat(num(named.get(0), "lines")).as(org.name() + " on one line, never broken inside").isEqualTo(1);
        }

        List<String> headers = List.of(say.say("table.head.baseline", ThaiDateText.dayMonthYear(BASELINE)),
                say.say("table.head.increase"), say.say("table.head.total"), say.say("table.head.weekly"));
        List<Map<String, Object>> headerTexts = texts.stream().filter(t -> headers.contains(t.get("text"))).toList();
        assertThat(headerTexts.stream().map(t -> t.get("text")).distinct()).as("every number column has its header")
                .containsExactlyInAnyOrderElementsOf(headers);
        for (Map<String, Object> h : headerTexts) {
            assertThat(num(h, "lines")).as("header \"%s\" on one line", h.get("text")).isEqualTo(1);
        }

        String noHeader = say.say("table.head.no");
        Map<String, Object> noColumn = texts.stream().filter(t -> noHeader.equals(t.get("text"))).findFirst().orElseThrow();
        int aligned = 0;
        int rowNumbers = 0;
        for (Map<String, Object> t : texts) {
            if (!NUMBER.matcher((String) t.get("text")).matches()) {
                continue;
            }
            if (sameColumn(noColumn, t)) {
                rowNumbers++;
                continue;
            }
            List<Map<String, Object>> over = headerTexts.stream().filter(h -> sameColumn(h, t)).toList();
            assertThat(over).as("the column of %s has one header", t.get("text")).hasSize(1);
            assertThat(num(t, "glyphRight")).as("%s right-aligned under \"%s\"", t.get("text"), over.get(0).get("text"))
                    .isCloseTo(num(over.get(0), "glyphRight"), Offset.offset(1.5));
            aligned++;
        }
        assertThat(rowNumbers).as("each organisation's number, in the first column").isEqualTo(15);
        assertThat(aligned).as("every figure shown was checked").isEqualTo(numbersShown(table));
        return stage;
    }

    /** Two texts are in one column when their boxes end at the same place and overlap. */
    private static boolean sameColumn(Map<String, Object> a, Map<String, Object> b) {
        return Math.abs(num(a, "right") - num(b, "right")) <= 2
                && Math.min(num(a, "right"), num(b, "right")) > Math.max(num(a, "left"), num(b, "left"));
    }

    /** The numbers a reader sees: every known figure of each row, and the district row's four. */
    private static int numbersShown(DistrictTable table) {
        int n = 4;
        for (var r : table.rows()) {
            for (Long v : new Long[] {r.baseline(), r.increase(), r.total(), r.weekly()}) {
                n += v == null ? 0 : 1;
            }
        }
        return n;
    }

    private WebElement draw(DistrictTable table, int width) throws Exception {
        List<Message> messages = new ChatRenderer(say).render(new Reply.Table(table));
        assertThat(messages).hasSize(1);
        ObjectMapper json = ModelObjectMapper.createNewObjectMapper();
        String message = json.writeValueAsString(messages.get(0));

        Path page = Path.of("target", "flex-table", "index.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Path resources = Path.of("src", "main", "resources", "local").toAbsolutePath();
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="th"><head><meta charset="utf-8">
                <link rel="stylesheet" href="%s">
                <style>body { margin: 0; background: #8cabd9; } #stage { display: inline-block; padding: 12px; background: #8cabd9; }</style>
                </head><body><div id="stage"></div><script src="%s"></script></body></html>
                """.formatted(resources.resolve("flex.css").toUri(), resources.resolve("simulator.js").toUri()),
                StandardCharsets.UTF_8);
        Files.writeString(page.resolveSibling("message.json"), message, StandardCharsets.UTF_8);

        browser.manage().window().setSize(new Dimension(width + 200, 2600));
        browser.get(page.toUri().toString());
        WebElement stage = browser.findElement(By.id("stage"));
        ((JavascriptExecutor) browser).executeScript("""
                const root = renderFlexMessage(JSON.parse(arguments[0]));
                document.getElementById('stage').style.width = arguments[1] + 'px';
                document.getElementById('stage').appendChild(root);
                """, message, width);
        Object bubbleWidth = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.fx-bubble').getBoundingClientRect().width;");
        assertThat(((Number) bubbleWidth).doubleValue()).as("the bubble is drawn at LINE's width").isEqualTo(width);
        return stage;
    }

    /** Every text of the bubble: its size, its box, where its glyphs end, how many lines it takes, whether it is cut. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> measure() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('.fx-text')].map(t => {
                  const p = t.querySelector('p');
                  const style = getComputedStyle(p);
                  const range = document.createRange();
                  range.selectNodeContents(p);
                  const glyphs = [...range.getClientRects()];
                  const box = t.getBoundingClientRect();
                  return {
                    text: p.textContent,
                    fontSize: parseFloat(style.fontSize),
                    lines: Math.round(p.getBoundingClientRect().height / parseFloat(style.lineHeight)),
                    scrollWidth: p.scrollWidth,
                    clientWidth: p.clientWidth,
                    left: box.left,
                    right: box.right,
                    glyphRight: Math.max(...glyphs.map(g => g.right))
                  };
                });
                """);
    }

    private void screenshot(WebElement stage) throws Exception {
        File shot = stage.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "flex-table.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static double num(Map<String, Object> t, String key) {
        return ((Number) t.get(key)).doubleValue();
    }

    /**
     * Ban Lat on Friday 16 June 2023, as a district officer would see it: most organisations sent, อบต.ตำหรุ sent a
     * total below last week's, อบต.หนองกระเจ็ด has not sent yet and stands at its 9 June total, อบต.ถ้ำรงค์ reports
     * for the first time with no baseline, and อบต.ห้วยลึก has never sent.
     */
    private static DistrictTable banLatInJune(District banLat) {
        Object[][] totals = {
                {"ทต.บ้านลาด", 1100L, 1215L, 1250L}, {"อบต.บ้านหาด", 90L, 104L, 118L}, {"อบต.บ้านทาน", 60L, 71L, 77L},
                {"อบต.ตำหรุ", 45L, 52L, 49L}, {"อบต.สมอพลือ", 130L, 146L, 158L}, {"อบต.ไร่มะขาม", 64L, 70L, 81L},
                {"อบต.ท่าเสน", 87L, 95L, 102L}, {"อบต.หนองกระเจ็ด", 280L, 318L, null},
                {"อบต.หนองกะปุ", 120L, 133L, 141L}, {"อบต.ไร่โคก", 200L, 210L, 231L}, {"อบต.โรงเข้", 200L, 226L, 240L},
                {"อบต.ไร่สะท้อน", 150L, 172L, 185L}, {"อบต.ท่าช้าง", 40L, 52L, 61L}, {"อบต.ถ้ำรงค์", null, null, 52L},
                {"อบต.ห้วยลึก", null, null, null}};
        LocalDate[] weeks = {BASELINE, JUNE_9, JUNE_16};
        Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();
        for (Object[] row : totals) {
            Organisation org = banLat.organisations().stream().filter(o -> o.name().equals(row[0])).findFirst().orElseThrow();
            for (int w = 0; w < weeks.length; w++) {
                Long total = (Long) row[w + 1];
                if (total != null) {
                    List<ReportWarning> warnings = new ArrayList<>();
                    if (w > 0 && row[w] != null && total < (Long) row[w]) {
                        warnings.add(ReportWarning.TOTAL_DROPPED);
                    }
                    reports.computeIfAbsent(weeks[w], k -> new HashMap<>()).put(org.id(), new StoredReport(
                            org.id() + weeks[w], org.id(), weeks[w], null, total, null, warnings, "U" + org.no(),
                            Instant.EPOCH, "m" + org.no() + w));
                }
            }
        }
        return TableBuilder.build(banLat, JUNE_16, reports);
    }
}
