package cn.luoshi.bulletins;

import cn.luoshi.support.TestClock;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser (Debian's Chromium): the 督查室 is told clearly when a period ends before it starts, generates
 * this month's bulletin on the demo ledger, edits the requirements and publishes it; a unit user then finds and reads
 * it, on a desktop and on a phone. Screenshots in {@code target/screenshots/bulletins-*.png}.
 */
@LuoshiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinBrowserTests {

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(cn.luoshi.browser.Browser.launchOptions());
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theOfficePublishesAMonthlyBulletinAndAUnitReadsIt() throws Exception {
        String month = YearMonth.from(TestClock.today()).toString();
        String title;
        String issue;
        try (Page office = signIn("duchashi", false)) {
            office.navigate(url("/bulletins"));
            assertThat(office.locator("nav .nav-link.active")).hasText("通报");

            // A period that ends before it starts: the message stands next to the field, nothing is generated.
            office.selectOption("#periodKind", "CUSTOM");
            office.fill("#from", "2026-06-30");
            office.fill("#to", "2026-06-01");
            office.getByTestId("generate").click();
            assertThat(office.getByTestId("to-error")).containsText("统计截止日期（2026-06-01）早于开始日期（2026-06-30）");
            screenshot(office, "bulletins-1-period-error");

            office.selectOption("#periodKind", "MONTH");
            office.fill("#month", month);
            office.selectOption("#scopeKind", "ALL");
            office.getByTestId("generate").click();
            office.waitForURL(u -> u.matches(".*/bulletins/\\d+$"));
            assertThat(office.getByTestId("status")).hasText("草稿");
            title = office.getByTestId("bulletin-title").textContent();
            assertThat(office.getByTestId("bulletin-title")).containsText("重点工作推进情况通报");
            assertThat(office.getByTestId("units-table").locator("tbody tr").first()).containsText("1");
            assertThat(office.locator("#unitChart canvas")).hasCount(1);
            assertThat(office.locator("#lightChart canvas")).hasCount(1);
            assertThat(office.getByTestId("summary")).containsText("纳入本期通报的任务");
            screenshot(office, "bulletins-2-draft");

            office.fill("#requirements", "一、请各牵头单位对照红灯事项逐项整改。\n二、下月5日前报送整改情况。");
            office.locator("[data-testid=edit-form] button[type=submit]").click();
            assertThat(office.locator(".alert-success")).containsText("已保存");

            office.onDialog(dialog -> dialog.accept());
            office.getByTestId("publish").click();
            // publishing took over the default 5 s once, in a full suite on two loaded cores (session 16)
            assertThat(office.getByTestId("status")).hasText("已发布",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
            issue = office.getByTestId("issue").textContent();
            assertThat(office.getByTestId("issue")).hasText(java.util.regex.Pattern.compile("\\d{4}年第\\d+期"));
            assertThat(office.getByTestId("requirements")).containsText("下月5日前报送整改情况");
            assertThat(office.getByTestId("publish")).hasCount(0);
            screenshot(office, "bulletins-3-published");

            Download pdf = office.waitForDownload(() -> office.getByTestId("download-pdf").click());
            byte[] bytes = Files.readAllBytes(pdf.path());
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(pdf.suggestedFilename()).startsWith(issue).endsWith(".pdf");
        }

        for (boolean phone : new boolean[] {false, true}) {
            try (Page unit = signIn("zhujian", phone)) {
                unit.navigate(url("/bulletins"));
                assertThat(unit.getByTestId("generate-form")).hasCount(0);
                unit.getByTestId("bulletin-table").getByText(title).first().click();
                assertThat(unit.getByTestId("issue")).hasText(issue);
                assertThat(unit.getByTestId("units-table")).isVisible();
                assertThat(unit.getByTestId("publish")).hasCount(0);
                assertThat(unit.getByTestId("edit-form")).hasCount(0);
                assertThat(unit.getByTestId("requirements")).containsText("逐项整改");
                assertThat(unit.locator("#unitChart canvas")).hasCount(1);
                screenshot(unit, phone ? "bulletins-5-unit-phone" : "bulletins-4-unit-reads");
            }
        }
    }

    @Test
    void theTemplatePageRefusesABrokenTemplateAndKeepsTheOneInForce() throws Exception {
        try (Page office = signIn("duchashi", false)) {
            office.navigate(url("/bulletins/template"));
            assertThat(office.getByTestId("template-name")).containsText("系统默认模板");
            office.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "我们的模板.docx", "application/octet-stream", BulletinLifecycleTests.brokenTemplate()));
            office.locator("form[enctype] button[type=submit]").click();
            assertThat(office.getByTestId("upload-error")).containsText("模板中有无法识别的占位符：${签发人}");
            assertThat(office.getByTestId("template-name")).containsText("系统默认模板");
            screenshot(office, "bulletins-6-template-refused");
        }
    }

    private Page signIn(String user, boolean phone) {
        Page page = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("zh-CN")
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(Api.DEMO_PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(Page page, String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    static LocalDate today() {
        return TestClock.today();
    }
}
