package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;

/**
 * The officers' page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs).
 * Where they are not installed the test is skipped, saying so. It also takes the README's screenshot.
 */
class DashboardBrowserTest extends BotTestBase {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path downloads;
    private WebDriver browser;

    @BeforeEach
    void browser() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Skipped: Debian's chromium and chromium-driver are not installed here "
                        + "(apt-get install chromium chromium-driver); .ci/run installs them so this test runs in CI.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1100,1500", "--lang=th");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
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

        browser.get(base() + "/dashboard");
        browser.findElement(By.id("token")).sendKeys(ADMIN_TOKEN);
        browser.findElement(By.cssSelector("form.login button")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> browser.findElement(By.linkText(FakeLine.GROUP_NAME + " · อำเภอบ้านลาด")).isDisplayed());
        browser.get(base() + "/dashboard/g/Cbrowser/2023-06-02");

        assertThat(browser.findElement(By.id("reported")).getText()).isEqualTo("4/15");
        assertThat(row("ทต.บ้านลาด", "total")).isEqualTo("1,250");
        assertThat(row("ทต.บ้านลาด", "increase")).isEqualTo("150");
        assertThat(row("อบต.ตำหรุ", "weekly")).isEqualTo("-5");
        assertThat(row("อบต.บ้านหาด", "total")).isEqualTo("-");
        assertThat(browser.findElement(By.cssSelector("tr[data-org='อบต.ไร่สะท้อน']")).getText()).contains("ตัวเลขไม่ลงตัว");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("1,706");
        assertThat(browser.findElement(By.id("district-total-covered")).getText()).isEqualTo("นับ 4/15 หน่วยงาน (organisations counted)");
        assertThat(browser.findElement(By.id("covered")).getText()).startsWith("แถวรวมนับ 4 จาก 15 หน่วยงาน");
        screenshot();

        new Select(browser.findElement(By.id("week"))).selectByVisibleText("วันศุกร์ที่ 26 พ.ค. 2566");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/2023-05-26"));
        assertThat(browser.findElement(By.id("reported")).getText()).isEqualTo("15/15");
        assertThat(row("ทต.บ้านลาด", "total")).isEqualTo("1,100");

        browser.findElement(By.id("download-xlsx")).click();
        Path file = downloads.resolve("thaid-2023-05-26.xlsx");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.size(file) > 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(file.toFile()))) {
            assertThat(wb.getSheet("แบบรายงาน").getRow(5).getCell(4).getNumericCellValue()).isEqualTo(1100);
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

    private String row(String org, String column) {
        return browser.findElement(By.cssSelector("tr[data-org='" + org + "'] td." + column)).getText();
    }

    private void screenshot() throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "dashboard.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
