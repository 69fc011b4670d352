package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 in the browser: the 督查室 searches the list, ticks tasks and presses 批量催办 — the unit's bell has the
 * notice within one request; the 进展报送表 page; the 领导视图 with 分管 tasks and the trend chart (screenshots).
 */
@LuoshiIntegrationTest
class BatchAndLeaderBrowserTests extends BrowserTest {

    @Test
    void theOfficeSearchesTicksAndUrgesAndTheUnitSeesItInItsBell() {
        var fx = new LedgerFixture(port);
        String tag = UUID.randomUUID().toString().substring(0, 5);
        fx.task("批量催办浏览器甲" + tag, "住建");
        fx.task("批量催办浏览器乙" + tag, "住建");
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        // The search box's address (typing also updates the list through htmx, which would race the ticking here).
        office.navigate(browser.url("/tasks?text=" + tag));
        assertThat(office.getByTestId("search")).hasValue(tag);
        assertThat(office.getByTestId("task-table").locator("tbody tr")).hasCount(2);
        office.locator("#pick-all").check();
        assertThat(office.locator("input.pick:checked")).hasCount(2);
        office.locator("[data-testid=batch] input[name=note]").fill("请周五前报送");
        Browser.screenshot(office, "adoption-batch-0-ticked");
        office.getByTestId("batch-remind").click();
        assertThat(office.locator(".alert-success")).containsText("已催办2项");
        Browser.screenshot(office, "adoption-batch-1-done");

        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        unit.navigate(browser.url("/notifications"));
        assertThat(unit.locator("body")).containsText("督查室催办「批量催办浏览器甲" + tag + "」");
        Browser.screenshot(unit, "adoption-batch-2-bell");
        unit.navigate(browser.url("/tasks/progress-sheet"));
        assertThat(unit.getByTestId("sheet-form")).isVisible();
        Browser.screenshot(unit, "adoption-progress-sheet");
    }

    @Test
    void theLeaderPageShowsPortfolioTasksAndTheTrend() {
        Page leader = browser.loginAs("lingdao", Api.DEMO_PASSWORD, false);
        leader.navigate(browser.url("/leader"));
        assertThat(leader.getByTestId("leader-overseen")).isVisible();
        assertThat(leader.getByTestId("leader-trend").locator("tbody tr")).hasCount(6);
        assertThat(leader.locator("#trendChart canvas")).hasCount(1);
        // 月度亮灯走势: six months; this month has today's snapshot (taken by the lights pass at start-up).
        assertThat(leader.getByTestId("leader-light-trend").locator("tbody tr")).hasCount(6);
        assertThat(leader.getByTestId("leader-light-trend").locator("tbody tr").last()).not().containsText("无数据");
        assertThat(leader.locator("#lightChart canvas")).hasCount(1);
        Browser.screenshot(leader, "adoption-leader-trend");
        // The 督查室 picks any leader and sees every leader's months in one table.
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/leader"));
        assertThat(office.getByTestId("leader-overview").locator("tbody tr").first()).containsText("（");
        assertThat(office.getByTestId("leader-light-trend").locator("tbody tr")).hasCount(6);
        office.getByTestId("leader-overview").scrollIntoViewIfNeeded();
        Browser.screenshot(office, "adoption-leader-overview");
    }
}
