package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 经济指标 in a real browser: the 督查室 names a 商务 task as the owner of 社会消费品零售总额, the 统计局 imports last
 * month's 月报表 (a bad file first), the dashboard shows the district 0.8 points below the city average with a yellow
 * light, the owner's task turns yellow with the finding listed, and the 简报 is exported to Word and PDF.
 * Screenshots in target/screenshots/indicators-*.png.
 */
@LuoshiIntegrationTest
class IndicatorsBrowserTests extends BrowserTest {

    @Test
    void aMonthGoesInTheDashboardShowsTheLagTheOwnersTaskTurnsYellowAndTheBriefingIsExported() throws Exception {
        LedgerFixture fixture = new LedgerFixture(port);
        long directive = fixture.directive("经济指标浏览器测试来源");
        Map<String, Object> body = fixture.taskBody("促进消费扩容提质", "商务");
        body.put("startDate", TestClock.today().toString());
        body.put("deadline", TestClock.today().plusYears(1).toString());
        long taskId = fixture.supervisor().post("/api/directives/" + directive + "/tasks", body).id();
        fixture.accept(taskId, "shangwu");

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/tasks/" + taskId));
        String lightBefore = office.getByTestId("task-light").textContent().strip();
        assertThat(lightBefore).isEqualTo("绿灯");
        office.navigate(browser.url("/indicators/RETAIL"));
        office.getByTestId("owner-task-input").fill(String.valueOf(taskId));
        office.getByTestId("owner-save").click();
        assertThat(office.locator(".alert-success")).containsText("已保存");

        YearMonth month = YearMonth.from(TestClock.today()).minusMonths(1);
        Page stats = browser.loginAs("tongji", Api.DEMO_PASSWORD, false);
        stats.navigate(browser.url("/indicators"));
        stats.getByTestId("import-link").click();
        String bad = "指标,单位,地区,本月累计,增速(%),全市平均(%),位次\n社会消费品零售总额,万元,本区,150000,5.1,5.9,\n";
        stats.getByTestId("import-file").setInputFiles(new FilePayload("坏.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8)));
        stats.fill("input[name=period]", month.toString());
        stats.getByTestId("import-submit").click();
        assertThat(stats.getByTestId("import-errors")).containsText("单位「万元」与指标目录中「社会消费品零售总额」的单位「亿元」不一致");
        String good = month.getYear() + "年1-" + month.getMonthValue() + "月各县（市、区）主要经济指标\n"
                + "指标,单位,地区,本月累计,增速(%),全市平均(%),位次\n"
                + "社会消费品零售总额,亿元,本区,150.20,5.1,5.9,4\n"
                + "社会消费品零售总额,亿元,东湖区,201.00,6.6,5.9,1\n"
                + "社会消费品零售总额,亿元,西岭区,140.10,6.2,5.9,2\n"
                + "社会消费品零售总额,亿元,南塘县,110.30,5.3,5.9,3\n";
        stats.getByTestId("import-file").setInputFiles(new FilePayload(month + "月报.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8)));
        stats.getByTestId("import-submit").click();
        assertThat(stats.getByTestId("import-result")).containsText("新增5个数据");
        Browser.screenshot(stats, "indicators-import");
        stats.getByTestId("to-dashboard").click();
        assertThat(stats.getByTestId("period-label")).hasText(
                cn.luoshi.indicators.Periods.label(month));
        var retail = stats.locator("tr[data-code=RETAIL]");
        assertThat(retail).containsText("-0.8");
        assertThat(retail).containsText("倒数第1位");
        assertThat(retail.locator("[data-light]")).hasAttribute("data-light", "YELLOW");
        Browser.screenshot(stats, "indicators-dashboard");

        office.navigate(browser.url("/tasks/" + taskId));
        assertThat(office.getByTestId("task-light")).hasText("黄灯");
        assertThat(office.getByTestId("task-findings")).containsText("社会消费品零售总额增速低于全市平均0.8个百分点");
        Browser.screenshot(office, "indicators-task-yellow");

        office.navigate(browser.url("/indicators/RETAIL?period=" + month));
        office.waitForFunction("() => document.querySelector('#trend canvas') !== null");
        Browser.screenshot(office, "indicators-retail");

        office.navigate(browser.url("/indicators/briefing?period=" + month));
        assertThat(office.getByTestId("briefing")).containsText("社会消费品零售总额增速居各县（市、区）倒数第1位");
        Browser.screenshot(office, "indicators-briefing");
        Download docx = office.waitForDownload(() -> office.getByTestId("briefing-docx").click());
        assertThat(docx.suggestedFilename()).endsWith("经济运行简报.docx");
        assertThat(Files.size(docx.path())).isGreaterThan(1000);
        APIResponse pdf = office.request().get(browser.url("/indicators/briefing.pdf?period=" + month));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Page demo = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        demo.navigate(browser.url("/indicators?period=" + (TestClock.today().getYear() - 1) + "-06"));
        assertThat(demo.getByTestId("growth-area")).containsText("行业增长面为63%");
        Browser.screenshot(demo, "indicators-demo-june");
        demo.navigate(browser.url("/indicators/briefing?period=" + (TestClock.today().getYear() - 1) + "-09"));
        assertThat(demo.getByTestId("briefing")).containsText("分别低于全市平均水平1个、1.7个和0.2个百分点");
        demo.getByTestId("briefing").locator("a.num:text-is(\"1.7\")").first().click();
        assertThat(demo.getByTestId("vintages")).containsText("第1版");
        demo.navigate(browser.url("/indicators/briefing?period=" + (TestClock.today().getYear() - 1) + "-09"));
        Browser.screenshot(demo, "indicators-demo-briefing");
    }
}
