package cn.luoshi.projects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 重点项目 in a real browser: the 发改 office imports a project list and its monthly investment, the lead unit
 * reports a month with nothing done, the project turns red, and the 督查室's 调度通报 lists it among the lagging
 * projects. Screenshots in target/screenshots/projects-*.png.
 */
@LuoshiIntegrationTest
class ProjectsBrowserTests extends cn.luoshi.browser.BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final String NAME = "浏览器测试：滨河路改造工程";

    @Autowired
    ProjectService projects;

    @Test
    void anImportedProjectReportedFarBehindScheduleTurnsRedAndAppearsInTheDispatchBulletin() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        YearMonth judged = projects.judgedMonth();
        int year = judged.getYear();
        Path list = Files.createTempFile("projects-list", ".xlsx");
        Files.write(list, ProjectsTests.xlsx(List.of(List.of(NAME, "区重点", "城建交通", "续建", "住建", "张卫东", "1",
                "1200", (year - 1) + "-03-01", (year + 1) + "-06-30"))));
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("月度投资完成");
        Row h = s.createRow(0);
        Row r = s.createRow(1);
        h.createCell(0).setCellValue("项目名称");
        r.createCell(0).setCellValue(NAME);
        for (int m = 1; m < judged.getMonthValue(); m++) {
            h.createCell(m).setCellValue(m + "月");
            r.createCell(m).setCellValue(50);
        }
        Path investment = Files.createTempFile("projects-investment", ".xlsx");
        Files.write(investment, ProjectsTests.bytes(wb));

        // 发改 imports the list (a bad sheet first: nothing goes in), then the monthly investment
        BrowserContext office = context();
        Page p = office.newPage();
        login(p, "fagai");
        p.navigate(url("/projects"));
        Path bad = Files.createTempFile("projects-bad", ".xlsx");
        Files.write(bad, ProjectsTests.xlsx(List.of(List.of(NAME, "区重点", "城建交通", "续建", "", "", "12000",
                "1200", (year - 1) + "-03-01", (year + 1) + "-06-30"))));
        p.setInputFiles("[data-testid=import-list] input[type=file]", bad);
        p.click("[data-testid=import-list] button");
        assertThat(p.locator("[data-testid=import-errors]")).containsText("第2行：缺少责任单位");
        assertThat(p.locator("[data-testid=import-errors]")).containsText("疑似按万元填写");
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-import-errors.png")));
        p.setInputFiles("[data-testid=import-list] input[type=file]", list);
        p.click("[data-testid=import-list] button");
        assertThat(p.locator(".alert-success")).containsText("已导入1个" + year + "年重点项目");
        p.setInputFiles("[data-testid=import-investment] input[type=file]", investment);
        p.click("[data-testid=import-investment] button");
        assertThat(p.locator(".alert-success")).containsText("已导入1个项目");
        office.close();

        // 住建 reports the month: nothing done, land not cleared
        BrowserContext unit = context();
        Page u = unit.newPage();
        login(u, "zhujian");
        u.navigate(url("/projects"));
        u.click("text=" + NAME);
        u.click("[data-testid=report-link]");
        u.fill("#month", judged.toString());
        u.fill("#monthInvestment", "0");
        u.fill("#progress", "围挡完成，等待管线迁改");
        u.fill("#problems", "【征迁腾地】沿线8户未签约");
        u.click("[data-testid=report-form] button[type=submit]");
        assertThat(u.locator(".alert-success")).containsText("已填报");
        assertThat(u.locator("[data-testid=project-light] .badge").first()).hasText("红灯");
        assertThat(u.locator("[data-testid=light-reason]")).containsText("落后序时进度");
        assertThat(u.locator("[data-testid=escalation]")).containsText("建议下发督办单");
        u.waitForTimeout(500); // the chart's animation
        u.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-project.png"))
                .setFullPage(true));
        unit.close();

        // the 督查室 issues the 调度通报: the project is among the lagging ones
        BrowserContext sup = context();
        Page b = sup.newPage();
        login(b, "duchashi");
        b.navigate(url("/projects?light=RED"));
        assertThat(b.locator("[data-testid=project-table]")).containsText(NAME);
        assertThat(b.locator("[data-testid=project-table]")).not().containsText("恒润冷轧项目"); // green: filtered out
        b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-list.png")).setFullPage(true));
        b.navigate(url("/projects/bulletins"));
        b.fill("#month", judged.toString());
        b.click("[data-testid=issue-form] button");
        assertThat(b.locator("[data-testid=bulletin]")).containsText("调度通报〔" + year + "〕");
        assertThat(b.locator("[data-testid=bulletin]")).containsText(NAME);
        assertThat(b.locator("[data-testid=bulletin]")).containsText("沿线8户未签约");
        b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-bulletin.png"))
                .setFullPage(true));
        b.navigate(url("/projects/rates"));
        assertThat(b.locator("[data-testid=rates-table]")).containsText("住建");
        assertThat(b.getByTestId("fai")).containsText("全区固定资产投资（统计局，"); // beside, from the indicators
        b.waitForTimeout(500);
        b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-rates.png")));
        sup.close();
    }

    @Test
    void theOfficeCreatesAProjectByTheFormAndSeesItOnTheList() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        int year = projects.judgedMonth().getYear();
        String name = "浏览器测试：表单新建的体育公园";
        BrowserContext office = context();
        Page p = office.newPage();
        login(p, "fagai");
        p.navigate(url("/projects"));
        p.click("[data-testid=new-project]");
        p.fill("#name", name);
        p.selectOption("#level", "DISTRICT");
        p.selectOption("#kind", "NEW");
        p.fill("#category", "社会事业");
        p.fill("#totalInvestmentYi", "2.5");
        p.fill("#annualPlan", "30000"); // above the total: 万元 against 亿元
        p.fill("#plannedStart", year + "-09-01");
        p.fill("#plannedCompletion", (year + 1) + "-12-31");
        p.click("[data-testid=project-save]");
        assertThat(p.locator("[data-testid=project-form]")).containsText("缺少责任单位");
        assertThat(p.locator("[data-testid=project-form]")).containsText("请检查单位");
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-form-errors.png")).setFullPage(true));
        p.selectOption("[data-testid=lead-unit]", new com.microsoft.playwright.options.SelectOption().setLabel("住建"));
        p.fill("#annualPlan", "8000");
        p.click("[data-testid=project-save]");
        assertThat(p.locator(".alert-success")).containsText("已新建重点项目「" + name + "」");
        assertThat(p.locator("h1")).hasText(name);
        assertThat(p.locator("#nodes")).containsText("开工");
        assertThat(p.locator("[data-testid=task-link]")).isVisible();
        p.navigate(url("/projects?q=" + java.net.URLEncoder.encode("体育公园", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(p.locator("[data-testid=project-table]")).containsText(name);
        p.click("text=" + name);
        p.click("[data-testid=edit-link]");
        p.fill("#place", "滨河东路以东");
        p.click("[data-testid=project-save]");
        assertThat(p.locator(".alert-success")).containsText("已保存重点项目");
        p.waitForTimeout(500); // the chart's animation
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-form-created.png")).setFullPage(true));
        office.close();
    }

    /**
     * The filter form asks for the table alone (htmx): choosing a unit and a light swaps the rows in place, the
     * address follows the filter, the menu and the form stay, and every row is that unit's.
     */
    @Test
    void theFilterSwapsTheTableInPlace() {
        BrowserContext ctx = context();
        Page p = ctx.newPage();
        login(p, "duchashi");
        p.navigate(url("/projects"));
        p.evaluate("() => { window.__sameDocument = true; }"); // gone if the whole page were loaded again
        p.selectOption("select[name=unit]", new com.microsoft.playwright.options.SelectOption().setLabel("住建"));
        p.waitForURL(java.util.regex.Pattern.compile(".*[?&]unit=\\d+.*"));
        assertThat(p.locator("#results tbody tr")).not().hasCount(0);
        List<String> units = p.locator("#results tbody tr td:nth-child(6)").allTextContents();
        org.assertj.core.api.Assertions.assertThat(units).isNotEmpty().allMatch("住建"::equals);
        p.selectOption("select[name=light]", "RED");
        p.waitForURL(java.util.regex.Pattern.compile(".*light=RED.*"));
        assertThat(p.locator("#results tbody tr .badge").first()).hasText("红灯");
        org.assertj.core.api.Assertions.assertThat(p.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
        assertThat(p.locator("nav.navbar")).isVisible();
        assertThat(p.locator("select[name=unit] option:checked")).hasText("住建");
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-list-filtered.png")));
        ctx.close();
    }

    /** The list pages by the pager, which keeps the page size; each page shows other projects. */
    @Test
    void thePagerWalksTheListPageByPage() {
        BrowserContext ctx = context();
        Page p = ctx.newPage();
        login(p, "duchashi");
        p.navigate(url("/projects?size=2"));
        assertThat(p.locator("#results tbody tr")).hasCount(2);
        assertThat(p.locator(".pagination")).containsText("第 1 / ");
        List<String> first = p.locator("#results tbody tr").allTextContents();
        p.getByText("下一页").click();
        p.waitForURL(java.util.regex.Pattern.compile(".*page=1.*"));
        org.assertj.core.api.Assertions.assertThat(p.url()).contains("size=2");
        assertThat(p.locator(".pagination")).containsText("第 2 / ");
        assertThat(p.locator("#results tbody tr")).hasCount(2);
        List<String> second = p.locator("#results tbody tr").allTextContents();
        org.assertj.core.api.Assertions.assertThat(second).doesNotContainAnyElementsOf(first);
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-list-paged.png")));
        ctx.close();
    }

    BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900));
    }

    void login(Page page, String user) {
        page.setDefaultTimeout(20_000);
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", Api.DEMO_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
