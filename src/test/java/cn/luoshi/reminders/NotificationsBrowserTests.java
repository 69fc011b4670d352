package cn.luoshi.reminders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bell and the reminder pages in a real browser (Debian's Chromium, headless): a unit user sees the unread count,
 * opens the notifications, marks one read and the count drops; settings refuse a bad address; the 督查室 runs a pass
 * and sees what it sent.
 */
@LuoshiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserTests {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page signIn(String user, boolean phone) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900)).newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", Api.DEMO_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void aUnitUserSeesTheUnreadCountReadsANotificationAndTheCountDrops() throws Exception {
        String title = "浏览器催办测试：改造老旧小区" + (System.nanoTime() % 10_000);
        Tasks.create(port, title, "住建");
        assertThat(Api.as(port, "duchashi").post("/api/reminders/run", "").status()).isEqualTo(200);
        int unread = Api.as(port, "zhujian").get("/api/notifications/unread-count").body().get("unread").asInt();
        assertThat(unread).isPositive().isLessThan(100);

        try (Page page = signIn("zhujian", false)) {
            Locator count = page.getByTestId("bell-count");
            assertThat(count).hasText(String.valueOf(unread));
            screenshot(page, "reminders-1-bell");

            page.getByTestId("bell").click();
            page.waitForURL(url("/notifications"));
            // The pass's 待签收 reminder (the 新交办 notice of issue 12 arrived at 交办 and stays beside it).
            Locator mine = page.locator("[data-testid=notification]", new Page.LocatorOptions().setHasText(title))
                    .filter(new Locator.FilterOptions().setHasText("请于"));
            assertThat(mine).containsText("待签收");
            assertThat(mine).containsText("请于");
            assertThat(page.getByTestId("unread-total")).hasText(unread + "条未读");
            screenshot(page, "reminders-2-notifications");

            mine.getByTestId("mark-read").click();
            page.waitForLoadState();
            if (unread > 1) {
                assertThat(page.getByTestId("bell-count")).hasText(String.valueOf(unread - 1));
            } else {
                assertThat(page.getByTestId("bell")).containsText("没有未读消息");
            }
            assertThat(page.locator("[data-testid=notification]", new Page.LocatorOptions().setHasText(title))
                    .filter(new Locator.FilterOptions().setHasText("请于")).getByTestId("mark-read")).hasCount(0);
            assertThat(page.getByTestId("unread-total")).hasText((unread - 1) + "条未读");
            screenshot(page, "reminders-3-after-read");

            page.navigate(url("/notifications/settings"));
            page.check("#emailEnabled1");
            page.fill("#email", "zhujian-at-example");
            page.click("[data-testid=settings-form] button[type=submit]");
            assertThat(page.locator(".invalid-feedback")).containsText("邮箱格式不正确");
            assertThat(page.locator("#email")).hasValue("zhujian-at-example");
            screenshot(page, "reminders-4-settings-error");
            page.fill("#email", "zhujian@example.gov.cn");
            page.click("[data-testid=settings-form] button[type=submit]");
            assertThat(page.locator(".alert-success")).containsText("消息设置已保存");
            assertThat(page.locator("#email")).hasValue("zhujian@example.gov.cn");
        }

        try (Page phone = signIn("zhujian", true)) {
            phone.navigate(url("/notifications"));
            assertThat(phone.locator("[data-testid=notification]").first()).isVisible();
            screenshot(phone, "reminders-5-phone");
        }
    }

    @Test
    void theSupervisionOfficeRunsAPassAndSeesWhatWasSent() throws Exception {
        String title = "浏览器催办测试：立即运行" + (System.nanoTime() % 10_000);
        Tasks.create(port, title, "发改");
        try (Page page = signIn("duchashi", false)) {
            page.navigate(url("/reminders"));
            assertThat(page.locator("h1")).hasText("催办");
            page.getByTestId("run-now").click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/reminders/passes/\\d+"));
            assertThat(page.locator(".alert-success")).containsText("已运行催办：新增");
            Locator entry = page.locator("[data-testid=reminder-entry]", new Page.LocatorOptions().setHasText(title));
            assertThat(entry).containsText("待签收");
            assertThat(entry).containsText("站内消息");
            assertThat(entry).containsText("已发送");
            screenshot(page, "reminders-6-pass");

            page.navigate(url("/reminders"));
            assertThat(page.getByTestId("passes")).containsText("手动");
            screenshot(page, "reminders-7-overview");
            page.navigate(url("/reminders/robots"));
            page.fill("#url", "not a url");
            page.click("[data-testid=robot-form] button[type=submit]");
            assertThat(page.locator(".invalid-feedback")).containsText("地址须以 http:// 或 https:// 开头");
            screenshot(page, "reminders-8-robots");
        }
    }

    @Test
    void theNavbarHas催办ForTheSupervisionOfficeAndTheAdminOnly() throws Exception {
        try (Page page = signIn("duchashi", false)) {
            page.getByTestId("nav-reminders").click();
            page.waitForURL(url("/reminders"));
            assertThat(page.locator("h1")).hasText("催办");
            assertThat(page.getByTestId("nav-reminders")).hasClass(java.util.regex.Pattern.compile(".*\\bactive\\b.*"));
            page.navigate(url("/reminders/robots"));
            assertThat(page.getByTestId("nav-reminders")).hasClass(java.util.regex.Pattern.compile(".*\\bactive\\b.*"));
        }
        // The admin's navbar has three more entries: 催办 shows from 1400 px (and in the phone menu), so that the bar
        // stays on one line on a 1280 px laptop (LedgerChainBrowserTests); 消息 → 催办管理 reaches it there.
        Page admin = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1440, 900))
                .newPage();
        try (admin) {
            admin.navigate(url("/login"));
            admin.fill("#username", "admin");
            admin.fill("#password", "admin-test-pw");
            admin.click("button[type=submit]");
            admin.waitForURL(url("/"));
            admin.getByTestId("nav-reminders").click();
            admin.waitForURL(url("/reminders"));
            assertThat(admin.locator("nav.navbar")).containsText("系统管理"); // 组织与账号, 工作日历, 流程设置 inside
            double top = admin.getByTestId("nav-reminders").boundingBox().y;
            assertThat(admin.getByTestId("nav-admin").boundingBox().y).isEqualTo(top);
            assertThat(admin.getByTestId("bell").boundingBox().y).isLessThan(top + 20);
            screenshot(admin, "reminders-9-nav-admin");
            admin.setViewportSize(1280, 800);
            assertThat(admin.getByTestId("nav-reminders")).isHidden();
            assertThat(admin.locator("nav.navbar")).containsText("流程设置");
            admin.navigate(url("/notifications"));
            admin.click("a:has-text('催办管理')");
            admin.waitForURL(url("/reminders"));
        }
        for (String user : java.util.List.of("zhujian", "lingdao", "tongji")) {
            try (Page page = signIn(user, false)) {
                assertThat(page.getByTestId("nav-reminders")).hasCount(0);
            }
        }
        try (Page phone = signIn("duchashi", true)) {
            phone.click(".navbar-toggler");
            phone.waitForSelector("#mainNav.collapse.show"); // the menu has finished opening
            assertThat(phone.getByTestId("nav-reminders")).isVisible();
            Files.createDirectories(SCREENSHOTS);
            phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reminders-10-nav-phone.png")));
        }
    }
}
