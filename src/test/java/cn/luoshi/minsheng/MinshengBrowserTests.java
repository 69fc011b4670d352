package cn.luoshi.minsheng;

import cn.luoshi.support.TestClock;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 民生实事发布 in a real browser (Debian's Chromium): the 督查室 edits a public note (a refused amount first),
 * previews, publishes and signs out; the public page then shows the note to nobody in particular, on a desktop, on a
 * phone, in print, and filters without JavaScript. Screenshots in target/screenshots/minsheng-*.png.
 */
@LuoshiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinshengBrowserTests {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final String NOTE = "浏览器测试：口袋公园全部免费开放，周末有志愿者服务。";

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
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
    void theOfficePublishesANoteAndThePublicSeesItLoggedOut() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        long d = fixture.directive("浏览器测试来源");
        Map<String, Object> body = fixture.taskBody("浏览器测试：建成10个口袋公园", "城管");
        body.put("tags", List.of(MinshengService.TAG));
        long id = fixture.supervisor().post("/api/directives/" + d + "/tasks", body).id();
        fixture.accept(id, "chengguan");
        assertThat(Api.as(port, "chengguan").post("/api/tasks/" + id + "/reports", Map.of("reportedOn",
                TestClock.today().toString(), "cumulative", 4, "narrative", "已建成4个"))
                .status()).isEqualTo(201);

        BrowserContext officeContext = context(false, true);
        Page office = officeContext.newPage();
        login(office, "duchashi");
        office.navigate(url("/minsheng"));
        assertThat(office.locator("h1")).hasText("民生实事发布");
        assertThat(office.locator("#item-" + id)).containsText("浏览器测试：建成10个口袋公园");
        screenshot(office, "minsheng-1-board");

        office.locator("#item-" + id + " [data-testid=edit]").click();
        office.fill("#publicNote", NOTE);
        office.fill("#plannedInvestment", "800");
        office.fill("#completedInvestment", "900");
        office.click("main button[type=submit]");
        assertThat(office.locator(".invalid-feedback")).containsText("超过计划投资（800万元）");
        assertThat(office.locator("#publicNote")).hasValue(NOTE);
        screenshot(office, "minsheng-2-form-refused");
        office.fill("#completedInvestment", "320");
        office.click("main button[type=submit]");
        assertThat(office.locator(".alert-success")).containsText("已保存");
        assertThat(office.locator("#item-" + id)).containsText(NOTE);

        office.getByTestId("preview-link").click();
        assertThat(office.getByTestId("preview-banner")).containsText("尚未对外公开");
        assertThat(office.locator("[data-task='" + id + "']")).containsText(NOTE);
        assertThat(office.locator("#msChart svg")).isVisible();
        screenshot(office, "minsheng-3-preview");

        // Still nothing public: the public page does not show the note yet.
        BrowserContext publicContext = context(false, true);
        Page anonymous = publicContext.newPage();
        anonymous.navigate(url("/public/minsheng"));
        assertThat(anonymous.locator("body")).not().containsText(NOTE);

        office.onDialog(dialog -> dialog.accept());
        office.getByTestId("publish-from-preview").click();
        assertThat(office.locator(".alert-success")).containsText("已发布民生实事进展第");
        office.click("button:has-text('退出')");
        office.waitForURL("**/login?logout");

        // Signed out, in the same browser: the public page shows the note.
        office.navigate(url("/public/minsheng"));
        assertThat(office.getByTestId("items")).containsText(NOTE);
        assertThat(office.locator("[data-task='" + id + "'] [data-testid=item-progress]")).hasText("40.0%");
        assertThat(office.locator("#msChart svg")).isVisible();
        assertThat(office.locator("nav")).hasCount(0);
        screenshot(office, "minsheng-4-public-desktop");

        office.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(office.getByTestId("filters")).isHidden();
        assertThat(office.locator("#msChart svg")).hasAttribute("viewBox", java.util.regex.Pattern.compile("0 0 \\d+ \\d+"));
        screenshot(office, "minsheng-6-public-print");
        office.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("minsheng-public.pdf")).setFormat("A4")
                .setPrintBackground(true));
        officeContext.close();

        BrowserContext phoneContext = context(true, true);
        Page phone = phoneContext.newPage();
        phone.navigate(url("/public/minsheng"));
        assertThat(phone.getByTestId("items")).containsText(NOTE);
        assertThat(phone.locator("[data-task='" + id + "']")).isVisible();
        assertThat(phone.locator("#msChart svg")).isVisible();
        int scrollWidth = (Integer) phone.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot(phone, "minsheng-5-public-phone");
        phoneContext.close();

        // Without JavaScript the filters still work (a plain GET form).
        BrowserContext noJs = context(false, false);
        Page plain = noJs.newPage();
        plain.navigate(url("/public/minsheng"));
        plain.selectOption("#unit", String.valueOf(fixture.unitId("城管")));
        plain.click("[data-testid=filters] button[type=submit]");
        assertThat(plain.getByTestId("item-count")).containsText("筛选出");
        assertThat(plain.getByTestId("items")).containsText(NOTE);
        assertThat(plain.locator("[data-testid=item]")).hasCount(1);
        screenshot(plain, "minsheng-7-public-filtered-nojs");
        noJs.close();
        publicContext.close();
    }

    BrowserContext context(boolean phone, boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setJavaScriptEnabled(javaScript)
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900));
    }

    void login(Page page, String user) {
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", Api.DEMO_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
