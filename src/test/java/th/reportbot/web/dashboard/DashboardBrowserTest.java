package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.HeadlessChromium;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;

/**
 * The officers' page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs).
 * Where they are not installed the test is skipped, saying so. It also takes the README's screenshots.
 */
class DashboardBrowserTest extends BotTestBase {

    @TempDir
    Path downloads;
    private WebDriver browser;

    @BeforeEach
    void browser() {
        ChromeOptions options = HeadlessChromium.options("--window-size=1100,1500");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = HeadlessChromium.start(options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void officerLogsInReadsTheWeekSwitchesWeeksAndDownloadsTheForm() throws Exception {
        GroupChat chat = new GroupChat("Cbrowser", webhooks, port);
        twoWeeks(chat);

        logIn();
        browser.get(base() + "/dashboard/g/Cbrowser/2023-06-02");

        assertThat(browser.findElement(By.id("reported")).getText()).isEqualTo("4/15");
        assertThat(row("ทต.บ้านลาด", "total")).isEqualTo("1,250");
        assertThat(row("ทต.บ้านลาด", "increase")).isEqualTo("150");
        assertThat(row("อบต.ตำหรุ", "weekly")).isEqualTo("-5");
        assertThat(row("อบต.บ้านหาด", "total")).isEqualTo("90\nยอด ณ 26 พ.ค. 2566");
        assertThat(browser.findElement(By.cssSelector("tr[data-org='อบต.ไร่สะท้อน']")).getText()).contains("ตัวเลขไม่ตรงกัน");
        // 1,250 + 231 + 40 + 185 reported, and the eleven others at their 26 May totals (1,111)
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("2,817");
        // +150 +31 -5 +35
        assertThat(browser.findElement(By.id("total-weekly")).getText()).isEqualTo("+211");
        assertThat(browser.findElement(By.id("district-total-covered")).getText()).isEqualTo("นับ 15/15 แห่ง (organisations counted)");
        assertThat(browser.findElement(By.id("covered")).getText()).startsWith("แถวรวมนับเฉพาะหน่วยงานที่ทราบทั้งยอดเดิมและยอดรวม (15 จาก 15 แห่ง)");

        new Select(browser.findElement(By.id("week"))).selectByVisibleText("วันศุกร์ที่ 26 พ.ค. 2566");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/2023-05-26"));
        assertThat(browser.findElement(By.id("reported")).getText()).isEqualTo("15/15");
        assertThat(row("ทต.บ้านลาด", "total")).isEqualTo("1,100");
        assertThat(browser.findElement(By.id("total-weekly")).getText()).as("no change is known in the first week")
                .isEqualTo("ยังไม่ทราบ");
        assertThat(row("ทต.บ้านลาด", "weekly")).as("a first report").endsWith("ส่งครั้งแรก");

        browser.findElement(By.id("download-xlsx")).click();
        Path file = downloads.resolve("thaid-2023-05-26.xlsx");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.size(file) > 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(file.toFile()))) {
            assertThat(wb.getSheet("แบบรายงาน").getRow(5).getCell(4).getNumericCellValue()).isEqualTo(1100);
        }
    }

    /**
     * Phone first: at 390 px (a phone held upright), at 861 px (the narrowest screen given the whole table) and at
     * 1280 px the page never scrolls sideways, every organisation's total, change and status is on screen, nothing is
     * cut, the chart's words are at least 11 px as drawn, and late organisations stand greyed at their latest earlier
     * total with that week's date, under a footnote. It takes the README's screenshots of the desktop and the phone.
     */
    @Test
    void readableOnAPhoneAndOnADesktopWithLateOrganisationsMarked() throws Exception {
        GroupChat chat = new GroupChat("Cphone", webhooks, port);
        twoWeeks(chat);
        chat.say("U9", "อบต.ไร่โคก รวม 240", LocalDateTime.of(2023, 6, 9, 9, 0));
        chat.say("U3", "อบต.ตำหรุ รวม 38", LocalDateTime.of(2023, 6, 9, 9, 5));
        chat.say("U12", "อบต.ท่าช้าง รวม 52", LocalDateTime.of(2023, 6, 9, 9, 10));
        logIn();

        for (int width : new int[]{390, 861, 1280}) {
            viewport(width);
            browser.get(base() + "/dashboard/g/Cphone/2023-06-09");
            String at = width + " px: ";

            assertThat(layoutProblems()).as(at + "layout").isEmpty();
            assertThat(chartProblems()).as(at + "chart").isEmpty();
            if (width > 860) {
                assertThat(browser.findElements(By.cssSelector("#table thead th")))
                        .as(at + "the form's columns as headers").hasSize(8).filteredOn(WebElement::isDisplayed)
                        .hasSize(width > 1000 ? 8 : 7);
            }

            assertThat(row("อบต.บ้านหาด", "total")).as(at).contains("90").contains("ยอด ณ 26 พ.ค. 2566");
            assertThat(row("ทต.บ้านลาด", "total")).as(at).contains("1,250").contains("ยอด ณ 2 มิ.ย. 2566");
            assertThat(row("อบต.ไร่โคก", "total")).as(at).contains("240").doesNotContain("ยอดของ");
            assertThat(row("อบต.บ้านหาด", "weekly")).as(at + "a late organisation has no change: it has not sent")
                    .endsWith("ยังไม่ส่ง");
            String grey = color("อบต.บ้านหาด");
            assertThat(grey).as(at + "a late organisation is greyed").isEqualTo(color("ทต.บ้านลาด"))
                    .isNotEqualTo(color("อบต.ไร่โคก"));
            assertThat(brightness(grey)).as(at + "grey, not black: " + grey).isGreaterThan(80);
            // 240 + 38 + 52 reported, and 1,250 + 185 + 1,071 carried from earlier weeks
            assertThat(browser.findElement(By.id("total")).getText()).as(at).isEqualTo("2,836");
            assertThat(browser.findElement(By.id("carried-note")).getText()).as(at)
                    .startsWith("ในจำนวนนี้ 12 แห่งยังไม่ส่งสัปดาห์นี้ จึงใช้ยอดล่าสุดที่เคยส่ง");
            assertThat(browser.findElement(By.id("carried-note")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("legend")).getText()).as(at + "what the cards' ยอดเดิม is")
                    .startsWith("ยอดเดิม คือยอด ณ วันศุกร์ที่ 26 พ.ค. 2566");
            assertThat(browser.findElement(By.id("legend")).isDisplayed()).isTrue();
            if (width == 390) {
                screenshot("dashboard-phone.png", ".summary", 844);
            } else {
                screenshot(width == 1280 ? "dashboard.png" : "dashboard-" + width + ".png", "body", 0);
            }
        }
    }

    @Test
    void expiredLinkShowsTheRefusal() {
        new GroupChat("Cbrowser2", webhooks, port).say("Ua", "อบต.ไร่โคก รวม 210", LocalDateTime.of(2023, 6, 2, 9, 0));
        LinkSigner past = new LinkSigner(ADMIN_TOKEN, java.time.Clock.fixed(java.time.Instant.now().minus(Duration.ofDays(8)),
                java.time.ZoneOffset.UTC));
        LinkSigner.Signed s = past.sign(DashboardAccess.weekScope("Cbrowser2", java.time.LocalDate.of(2023, 6, 2)), SignedPageLinks.VALID_FOR);

        browser.get(base() + "/dashboard/g/Cbrowser2/2023-06-02?exp=" + s.expires() + "&sig=" + s.signature());

        assertThat(browser.findElement(By.id("refused")).getText()).contains("ลิงก์นี้หมดอายุแล้ว");
        assertThat(browser.getPageSource()).doesNotContain("อบต.ไร่โคก");
    }

    /** Every organisation reports on 26 May 2023, the baseline week; four of them again on 2 June. */
    private static void twoWeeks(GroupChat chat) {
        String[][] baseline = {{"ทต.บ้านลาด", "1100"}, {"อบต.บ้านหาด", "90"}, {"อบต.บ้านทาน", "60"}, {"อบต.ตำหรุ", "45"},
                {"อบต.สมอพลือ", "130"}, {"อบต.ไร่มะขาม", "64"}, {"อบต.ท่าเสน", "87"}, {"อบต.หนองกระเจ็ด", "280"},
                {"อบต.หนองกะปุ", "120"}, {"อบต.ไร่โคก", "200"}, {"อบต.โรงเข้", "200"}, {"อบต.ไร่สะท้อน", "150"},
                {"อบต.ท่าช้าง", "40"}, {"อบต.ถ้ำรงค์", "30"}, {"อบต.ห้วยลึก", "10"}};
        for (int i = 0; i < baseline.length; i++) {
            chat.say("U" + i, baseline[i][0] + " รวม " + baseline[i][1], LocalDateTime.of(2023, 5, 26, 9, i));
        }
        chat.say("U0", "ทต.บ้านลาด รวม 1,250", LocalDateTime.of(2023, 6, 2, 9, 0));
        chat.say("U9", "อบต.ไร่โคก รวม 231", LocalDateTime.of(2023, 6, 2, 9, 5));
        chat.say("U3", "อบต.ตำหรุ รวม 40", LocalDateTime.of(2023, 6, 2, 9, 10));
        chat.say("U11", "อบต.ไร่สะท้อน: ยอดเดิม 150 เพิ่ม 30 รวม 185", LocalDateTime.of(2023, 6, 2, 9, 15));
    }

    private void logIn() {
        browser.get(base() + "/dashboard");
        browser.findElement(By.id("token")).sendKeys(ADMIN_TOKEN);
        browser.findElement(By.cssSelector("form.login button")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> browser.findElement(By.linkText(FakeLine.GROUP_NAME + " · อำเภอบ้านลาด")).isDisplayed());
    }

    /** The page as a phone (touch, its own viewport) or a desktop browser of this width shows it. */
    private void viewport(int width) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", width < 800 ? 844 : 900, "deviceScaleFactor", width < 800 ? 2 : 1, "mobile", width < 800));
    }

    /**
     * What would make the page hard to read at this width, each as a sentence: sideways scrolling of the page or of any
     * part of it; an organisation's total, change or status off screen or cut; a header broken other than at a space.
     */
    @SuppressWarnings("unchecked")
    private List<String> layoutProblems() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const problems = [];
                const vw = window.innerWidth;
                const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className.trim().replace(/\\s+/g, '.') : '');
                const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
                if (document.documentElement.scrollWidth > vw) {
                  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
                }
                for (const el of document.querySelectorAll('body *')) {
                  const o = getComputedStyle(el).overflowX;
                  if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
                    problems.push(name(el) + ' scrolls sideways: ' + el.scrollWidth + ' > ' + el.clientWidth);
                  }
                }
                for (const el of document.querySelectorAll('body [style]')) {
                  problems.push(name(el) + ' has a style attribute: looks belong in dashboard.css');
                }
                for (const tr of document.querySelectorAll('#table tbody tr')) {
                  for (const c of ['total', 'weekly', 'status']) {
                    const td = tr.querySelector('td.' + c);
                    const r = td.getBoundingClientRect();
                    if (!shown(td)) {
                      problems.push(tr.dataset.org + ' ' + c + ' is not shown');
                    } else if (r.left < 0 || r.right > vw + 0.5) {
                      problems.push(tr.dataset.org + ' ' + c + ' is off screen: ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + vw);
                    }
                  }
                }
                for (const cell of document.querySelectorAll('#table th, #table td, .summary div')) {
                  if (shown(cell) && cell.scrollWidth > cell.clientWidth + 1) {
                    problems.push(name(cell) + ' "' + cell.innerText.trim() + '" is cut: ' + cell.scrollWidth + ' > ' + cell.clientWidth);
                  }
                }
                // A header or a status may break only at a space: Thai has no spaces between words, so a break elsewhere
                // is inside a word.
                const range = document.createRange();
                for (const th of document.querySelectorAll('#table thead th, #table td.status')) {
                  if (!shown(th)) continue;
                  const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
                  let before = '', lastTop = null, text = '';
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (let i = 0; i < node.length; i++) {
                      range.setStart(node, i);
                      range.setEnd(node, i + 1);
                      const rect = range.getClientRects()[0];
                      const ch = node.data[i];
                      if (rect && rect.width > 0 && !/\\s/.test(ch)) {
                        if (lastTop !== null && rect.top > lastTop + 2 && !/[ \\n]$/.test(text)) {
                          problems.push(name(th) + ' "' + th.innerText.replace(/\\n/g, ' ') + '" breaks inside a word: "' + text.slice(-6) + '|' + node.data.slice(i, i + 6) + '"');
                        }
                        lastTop = rect.top;
                      }
                      text += ch;
                    }
                  }
                }
                return problems;
                """);
    }

    /** The district chart: its words at least 11 px tall as drawn, no axis label cut by the chart's edge or the screen's. */
    @SuppressWarnings("unchecked")
    private List<String> chartProblems() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const problems = [];
                const vw = window.innerWidth;
                const svg = [...document.querySelectorAll('svg.chart')].find(s => !s.closest('td'));
                if (!svg) return ['no district chart'];
                const box = svg.getBoundingClientRect();
                const texts = [...svg.querySelectorAll('text')].filter(t => getComputedStyle(t).display !== 'none');
                if (texts.length === 0) problems.push('the chart has no labels');
                for (const t of texts) {
                  const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                  const r = t.getBoundingClientRect();
                  if (px < 11 || r.height < 11) {
                    problems.push('"' + t.textContent + '" is drawn at ' + px.toFixed(1) + ' px, ' + r.height.toFixed(1) + ' px tall');
                  }
                  if (r.left < 0 || r.right > vw) problems.push('"' + t.textContent + '" is off screen');
                }
                const xLabels = texts.filter(t => t.classList.contains('x-label'));
                if (xLabels.length === 0) problems.push('no x-axis labels');
                for (const t of xLabels) {
                  const r = t.getBoundingClientRect();
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
                    problems.push('x-axis label "' + t.textContent + '" is cut: ' + r.left.toFixed(1) + '..' + r.right.toFixed(1)
                        + ' outside the chart ' + box.left.toFixed(1) + '..' + box.right.toFixed(1));
                  }
                  for (const other of xLabels) {
                    const o = other.getBoundingClientRect();
                    if (other !== t && r.left < o.left && r.right > o.left + 0.5) {
                      problems.push('x-axis labels "' + t.textContent + '" and "' + other.textContent + '" overlap');
                    }
                  }
                }
                return problems;
                """);
    }

    private String color(String org) {
        return browser.findElement(By.cssSelector("tr[data-org='" + org + "'] td.total")).getCssValue("color");
    }

    /** 0 (black) to 255 (white), from a CSS colour as the browser gives it: "rgba(107, 114, 128, 1)". */
    private static int brightness(String cssColor) {
        String[] parts = cssColor.replaceAll("[^0-9,]", "").split(",");
        return (Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]) + Integer.parseInt(parts[2])) / 3;
    }

    private String row(String org, String column) {
        return browser.findElement(By.cssSelector("tr[data-org='" + org + "'] td." + column)).getText();
    }

    /**
     * The page from the top of {@code selector} down, {@code height} CSS px of it (0: to the end), whether on screen or not,
     * into target/screenshots; the README's pictures are copies.
     */
    @SuppressWarnings("unchecked")
    private void screenshot(String name, String selector, int height) throws Exception {
        ChromeDriver chrome = (ChromeDriver) browser;
        Map<String, Object> page = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Number top = (Number) chrome.executeScript("return arguments[0].getBoundingClientRect().top + window.scrollY",
                browser.findElement(By.cssSelector(selector)));
        double rest = ((Number) page.get("height")).doubleValue() - top.doubleValue();
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", top, "width", page.get("width"), "height", height == 0 ? rest : Math.min(height, rest),
                        "scale", 1)));
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
