package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The foundation's chain in a real browser: the 督查室 records a directive, a task with a lead unit and a milestone;
 * the unit signs in, accepts and reports; the 督查室 sees the report on the overview and in the task's history.
 */
@LuoshiIntegrationTest
class LedgerChainBrowserTests extends BrowserTest {


    @Test
    void fromDirectiveToReportAndBackToTheOverview() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/directives/new"));
        office.fill("#title", "在全区口袋公园建设推进会上的讲话");
        office.fill("#issuedOn", "2026-03-02");
        office.fill("#issuer", "区委书记 王建国");
        office.fill("#body", "同志们：今年要新建20个口袋公园。");
        office.click("main button[type=submit]");
        assertThat(office.getByTestId("directive-title")).hasText("在全区口袋公园建设推进会上的讲话");

        office.click("text=新增任务");
        office.fill("#title", "新建20个口袋公园");
        office.fill("#targetValue", "20");
        office.fill("#targetUnit", "个");
        office.fill("#targetObject", "口袋公园");
        office.fill("#targetPeriod", "今年");
        office.fill("#startDate", "2026-03-01");
        office.fill("#deadline", "2026-12-31");
        office.selectOption("#leadUnitId", new SelectOption().setLabel("区住房和城乡建设局（住建）"));
        office.selectOption("#leadLeaderId", new SelectOption().setLabel("张卫东（副区长）"));
        office.fill("#responsiblePerson", "赵刚");
        office.click("main button[type=submit]");
        assertThat(office.getByTestId("task-title")).hasText("新建20个口袋公园");
        assertThat(office.getByTestId("task-status")).hasText("待签收");
        String taskUrl = office.url();

        office.click("text=新增节点");
        office.fill("#title", "上半年建成10个");
        office.fill("#dueDate", "2026-06-30");
        office.fill("#planned", "10");
        office.click("main button[type=submit]");
        assertThat(office.getByTestId("milestones")).containsText("上半年建成10个");

        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        assertThat(unit.locator("body")).containsText("新建20个口袋公园");
        unit.navigate(taskUrl);
        unit.click("button:has-text('签收')");
        assertThat(unit.getByTestId("task-status")).hasText("办理中");
        unit.click("a.btn:has-text('报送进展')");
        assertThat(unit.locator("#reportedOn")).not().hasValue(""); // defaults to today, in ISO for the date input
        unit.fill("#cumulative", "8");
        unit.fill("#narrative", "已建成8个口袋公园，其余12个完成选址。");
        unit.fill("#difficulties", "2个地块涉及拆迁。");
        unit.check("input[name=needsCoordination]");
        unit.click("main button[type=submit]");
        assertThat(unit.getByTestId("reports")).containsText("已建成8个口袋公园");
        assertThat(unit.locator("text=40.0%")).isVisible();

        office.navigate(browser.url("/"));
        assertThat(office.getByTestId("recent-reports")).containsText("新建20个口袋公园");
        assertThat(office.getByTestId("recent-reports")).containsText("需领导协调");
        office.waitForFunction("() => document.querySelector('#unitChart canvas') !== null");
        Browser.screenshot(office, "overview");

        assertThat(office.getByTestId("light-stats")).containsText("红灯");
        office.navigate(browser.url("/tasks?light=RED"));
        assertThat(office.getByTestId("task-table").getByTestId("light").first()).hasText("红灯");
        Browser.screenshot(office, "tasks-red");

        office.navigate(taskUrl);
        assertThat(office.getByTestId("task-light")).isVisible();
        assertThat(office.getByTestId("countdown")).containsText("个工作日");
        assertThat(office.getByTestId("history")).containsText("报送进展");
        assertThat(office.getByTestId("history")).containsText("签收任务");
        assertThat(office.getByTestId("history")).containsText("赵刚（住建）");
        Browser.screenshot(office, "task");
    }

    @Test
    void aBadTaskFormShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        // Searched, not paged: other tests add directives, and the demo speech need not be on the first page.
        office.navigate(browser.url("/directives?q=城市提质"));
        office.click("text=在全区城市提质工作会议上的讲话");
        office.click("text=新增任务");
        office.fill("#title", "日期颠倒的任务");
        office.fill("#startDate", "2026-09-01");
        office.fill("#deadline", "2026-08-01");
        office.click("main button[type=submit]");
        assertThat(office.locator("#deadline + .invalid-feedback, #deadline ~ .invalid-feedback"))
                .containsText("不能早于开始日期");
        assertThat(office.locator("#title")).hasValue("日期颠倒的任务");
        Browser.screenshot(office, "task-form-error");
    }

    @Test
    void aListLinkWithAnImpossibleDateSaysWhichFilterIsWrong() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        com.microsoft.playwright.Response r = office.navigate(browser.url("/tasks?deadlineTo=2026-02-30&unitId=abc"));
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(400);
        assertThat(office.locator("main")).containsText("完成时限止「2026-02-30」无法识别");
        assertThat(office.locator("main")).containsText("单位「abc」无法识别");
        // The error page keeps the navigation, so the user goes on from there.
        assertThat(office.locator("#mainNav")).containsText("任务清单");
        Browser.screenshot(office, "tasks-bad-filter");
    }

    @Test
    void theNavigationStaysOnOneLineForTheAdminOnALaptop() {
        Page admin = browser.loginAs("admin", "admin-test-pw", false);
        admin.setViewportSize(1280, 800);
        admin.navigate(browser.url("/"));
        double height = ((Number) admin.evaluate("() => document.querySelector('nav.navbar').getBoundingClientRect().height")).doubleValue();
        Browser.screenshot(admin, "admin-overview-1280");
        assertThat(height).as("navbar height").isLessThan(70);
        admin.navigate(browser.url("/admin/calendar"));
        assertThat(admin.locator("h1")).hasText("工作日历");
        Browser.screenshot(admin, "admin-calendar");
    }

    @Test
    void aUnitUserOnAPhoneSeesItsWork() {
        Page phone = browser.loginAs("zhujian", Api.DEMO_PASSWORD, true);
        assertThat(phone.locator("h1")).containsText("我的工作");
        assertThat(phone.locator("body")).containsText("办理中的任务");
        Browser.screenshot(phone, "my-work-phone");
        Page other = browser.loginAs("fagai", Api.DEMO_PASSWORD, true);
        other.navigate(browser.url("/tasks"));
        assertThat(other.getByTestId("task-table")).not().containsText("突出城市更新，推动城市品质升级"); // 住建's
    }
}
