package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 in the browser: the 督查室 ticks tasks on the list and presses 批量督办 (one 督办单 per red task, the green one
 * named with its reason; the unit finds the order in its bell) and 批量调整时限 (a new deadline with a reason; a task
 * changed after the list was shown is named, not changed). Screenshots: adoption-batch-order-*, adoption-batch-deadline-*.
 */
@LuoshiIntegrationTest
class BatchOrderAndDeadlineBrowserTests extends BrowserTest {

    long task(LedgerFixture fx, long directive, String title, LocalDate start, LocalDate deadline) {
        Map<String, Object> body = fx.taskBody(title, "住建");
        body.put("startDate", start.toString());
        body.put("deadline", deadline.toString());
        Api.Response r = fx.supervisor().post("/api/directives/" + directive + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    @Test
    void theOfficeIssuesOrdersForTheTickedRedTasksAndTheUnitSeesThem() {
        var fx = new LedgerFixture(port);
        String tag = UUID.randomUUID().toString().substring(0, 5);
        LocalDate today = TestClock.today();
        long d = fx.directive("批量督办浏览器来源" + tag);
        long red1 = task(fx, d, "批量督办浏览器红一" + tag, today.minusDays(100), today.plusDays(30));
        task(fx, d, "批量督办浏览器红二" + tag, today.minusDays(100), today.plusDays(30));
        task(fx, d, "批量督办浏览器绿" + tag, today, today.plusDays(90));
        assertThat(fx.supervisor().get("/api/tasks/" + red1 + "/light").body().get("light").asString()).isEqualTo("RED");

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/tasks?text=" + tag));
        assertThat(office.getByTestId("task-table").locator("tbody tr")).hasCount(3);
        office.locator("#pick-all").check();
        office.getByTestId("batch-order-days").fill("7");
        Browser.screenshot(office, "adoption-batch-order-0-ticked");
        office.getByTestId("batch-order").click();
        assertThat(office.getByTestId("batch-warning")).containsText("已下发督办单2项（督办〔");
        assertThat(office.getByTestId("batch-warning")).containsText("1项未处理：「批量督办浏览器绿" + tag
                + "」：只有亮黄灯或红灯的任务可以下发督办单");
        assertThat(office.getByTestId("search")).hasValue(tag); // back on the same filtered list
        Browser.screenshot(office, "adoption-batch-order-1-done");

        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        unit.navigate(browser.url("/notifications"));
        assertThat(unit.locator("body")).containsText("「批量督办浏览器红一" + tag + "」");
        assertThat(unit.locator("body")).containsText("「批量督办浏览器红二" + tag + "」");
        unit.navigate(browser.url("/supervision/orders?status=ISSUED"));
        assertThat(unit.locator("body")).containsText("批量督办浏览器红二" + tag);
        Browser.screenshot(unit, "adoption-batch-order-2-unit");

        // A unit user has no batch bar at all.
        unit.navigate(browser.url("/tasks?text=" + tag));
        assertThat(unit.getByTestId("batch")).hasCount(0);
    }

    @Test
    void theOfficeMovesDeadlinesTogetherAndATaskChangedMeanwhileIsNamed() {
        var fx = new LedgerFixture(port);
        String tag = UUID.randomUUID().toString().substring(0, 5);
        LocalDate today = TestClock.today();
        long d = fx.directive("批量时限浏览器来源" + tag);
        long a = task(fx, d, "批量时限浏览器甲" + tag, today, today.plusDays(60));
        long b = task(fx, d, "批量时限浏览器乙" + tag, today, today.plusDays(60));
        long c = task(fx, d, "批量时限浏览器丙" + tag, today, today.plusDays(60));

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/tasks?text=" + tag));
        assertThat(office.getByTestId("task-table").locator("tbody tr")).hasCount(3);
        // Someone edits 丙 while the list is on screen.
        Map<String, Object> edit = fx.taskBody("批量时限浏览器丙" + tag, "住建");
        edit.put("startDate", today.toString());
        edit.put("deadline", today.plusDays(45).toString());
        edit.put("version", fx.supervisor().get("/api/tasks/" + c).body().get("version").asInt());
        assertThat(fx.supervisor().put("/api/tasks/" + c, edit).status()).isEqualTo(200);

        LocalDate next = today.plusDays(120);
        office.locator("#pick-all").check();
        office.getByTestId("batch-deadline").fill(next.toString());
        office.getByTestId("batch-reason").fill("区政府常务会议决定统一顺延");
        Browser.screenshot(office, "adoption-batch-deadline-0-ticked");
        office.getByTestId("batch-deadline-go").click();
        assertThat(office.getByTestId("batch-warning")).containsText("已调整完成时限（至" + next + "）2项；1项未处理：「批量时限浏览器丙"
                + tag + "」在列表显示后已被修改，未调整，请刷新后重试");
        Browser.screenshot(office, "adoption-batch-deadline-1-done");
        assertThat(office.getByTestId("task-table")).containsText(next.toString());
        for (long id : new long[] {a, b}) {
            assertThat(fx.supervisor().get("/api/tasks/" + id).body().get("deadline").asString())
                    .isEqualTo(next.toString());
        }
        assertThat(fx.supervisor().get("/api/tasks/" + c).body().get("deadline").asString())
                .isEqualTo(today.plusDays(45).toString());

        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        unit.navigate(browser.url("/notifications"));
        assertThat(unit.locator("body")).containsText("督查室将「批量时限浏览器甲" + tag + "」的完成时限由");
        assertThat(unit.locator("body")).containsText("理由：区政府常务会议决定统一顺延");
        Browser.screenshot(unit, "adoption-batch-deadline-2-unit");
    }

    @Test
    void theBatchBarOnAPhone() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, true);
        office.navigate(browser.url("/tasks"));
        assertThat(office.getByTestId("batch-order")).isVisible();
        assertThat(office.getByTestId("batch-deadline-go")).isVisible();
        office.getByTestId("batch").scrollIntoViewIfNeeded();
        office.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("adoption-batch-phone.png")));
    }
}
