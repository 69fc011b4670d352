package cn.luoshi.petitions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 信访 in a real browser: the 信访局 registers a letter (a refused ID number first), sees the case page with its
 * clocks and the petitioner in clear; the leader 张卫东 opens his 包案 view and the demo's 积案; the statistics page
 * states the seed's sentences and draws the trend. Screenshots in target/screenshots/petitions-*.png.
 */
@LuoshiIntegrationTest
class PetitionsBrowserTests extends cn.luoshi.browser.BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");


    @Test
    void registrationLeaderViewAndStatistics() throws Exception {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 900));
        Page office = ctx.newPage();
        login(office, "xinfang");
        office.navigate(url("/petitions"));
        office.getByTestId("register").click();
        office.fill("#title", "浏览器测试：小区供暖不达标，要求整改");
        office.selectOption("#categoryId", new com.microsoft.playwright.options.SelectOption().setLabel("城乡建设"));
        office.fill("#receivedOn", TestClock.today().minusDays(2).toString());
        office.fill("#name", "浏览器测试人");
        office.fill("#idNumber", "12345");
        office.fill("#phone", "19900007777");
        office.click("[data-testid=save]");
        assertThat(office.locator(".invalid-feedback").first()).containsText("身份证号应为18位");
        screenshot(office, "petitions-1-registration-refused");
        office.fill("#idNumber", "990101199505057777");
        office.click("[data-testid=save]");
        assertThat(office.locator(".alert-success")).containsText("已登记信访件");
        assertThat(office.getByTestId("clocks")).containsText("第二十二条");
        assertThat(office.getByTestId("clocks")).containsText("第二十三条");
        assertThat(office.getByTestId("petitioners")).containsText("浏览器测试人");
        assertThat(office.getByTestId("petitioners")).containsText("记入审计");
        screenshot(office, "petitions-2-case");

        Page leader = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 900)).newPage();
        login(leader, "lingdao");
        leader.getByTestId("nav-special").click(); // the 专项工作 menu
        leader.getByTestId("nav-petitions").click();
        assertThat(leader.getByTestId("baoan")).containsText("积案");
        assertThat(leader.getByTestId("baoan")).containsText("督办任务");
        screenshot(leader, "petitions-3-baoan");
        leader.locator("[data-testid=baoan] tbody tr:has-text('积案') a").first().click();
        assertThat(leader.getByTestId("task-link")).isVisible();
        assertThat(leader.getByTestId("leader")).containsText("张卫东");

        office.navigate(url("/petitions/stats?month=" + statementYear() + "-06"));
        assertThat(office.getByTestId("sentences")).containsText("到国家局信访量2185件人次，同比上升364.89%");
        assertThat(office.getByTestId("sentences")).containsText("到国家局来信1738件次，同比上升2703.22%");
        assertThat(office.locator("#trend svg")).isVisible();
        screenshot(office, "petitions-4-statistics");
        office.navigate(url("/petitions/warnings"));
        assertThat(office.getByTestId("warnings")).containsText("层级由");
        screenshot(office, "petitions-5-warnings");
        ctx.close();
    }

    @Test
    void theOfficeImportsAWorkbookAfterFixingTheRowsItWasToldAbout() throws Exception {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 900));
        Page office = ctx.newPage();
        login(office, "xinfang");
        office.navigate(url("/petitions"));
        office.getByTestId("import").click();
        assertThat(office.getByTestId("import-template")).isVisible();
        String day = TestClock.today().minusDays(20).toString();
        byte[] bad = PetitionImportApiTests.workbook(
                new String[] {"Z-1", "浏览器导入：物业费纠纷", "城乡建设", "浏览器导入人", "990101199001019", "", "", day, "来信",
                    "区"},
                new String[] {"Z-1", "", "", "", "", "", "", day, "传真", "区"});
        office.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("台账.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad));
        office.getByTestId("import-submit").click();
        assertThat(office.getByTestId("import-errors")).containsText("第2行「身份证号」");
        assertThat(office.getByTestId("import-errors")).containsText("第3行「信访形式」：未知的信访形式：传真");
        assertThat(office.getByTestId("import-errors")).containsText("整份文件都没有写入");
        screenshot(office, "petitions-6-import-refused");
        byte[] good = PetitionImportApiTests.workbook(
                new String[] {"Z-1", "浏览器导入：物业费纠纷", "城乡建设", "浏览器导入人", "990101199001019999", "", "", day,
                    "来信", "区"},
                new String[] {"Z-1", "", "", "", "", "", "", day, "来访", "市", "否", "2"});
        office.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("台账.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good));
        office.getByTestId("import-submit").click();
        assertThat(office.locator(".alert-success")).containsText("已导入1件、2件次");
        office.fill("main input[name=q]", "浏览器导入"); // main: the top bar has a search box named q too
        office.locator("form[method=get] button[type=submit]").click();
        assertThat(office.getByTestId("cases")).containsText("浏览器导入：物业费纠纷");
        screenshot(office, "petitions-7-imported");
        ctx.close();
    }

    static int statementYear() {
        var d = TestClock.startDate();
        return d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1;
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
