package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With "today" pinned to Monday 15 June 2026, a task due on 30 June goes red when its unit reports 20 %, stays red
 * after an approved extension to 30 September only until the next report catches up with 序时进度, turns green, and
 * turns blue when its completion is approved.
 */
@LuoshiIntegrationTest
class LightsAcrossWorkflowBrowserTests extends BrowserTest {

    @BeforeEach
    void pinToday() {
        TestClock.set(Instant.parse("2026-06-15T02:00:00Z"));
    }

    @AfterEach
    void backToTheSuitesDay() {
        TestClock.reset();
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);


    private void report(Page unit, String cumulative, String narrative) {
        unit.click("a.btn:has-text('报送进展')");
        assertThat(unit.locator("#reportedOn")).hasValue("2026-06-15");
        unit.fill("#cumulative", cumulative);
        unit.fill("#narrative", narrative);
        unit.click("main button[type=submit]");
        assertThat(unit.getByTestId("reports")).containsText(narrative);
    }

    @Test
    void theLightFollowsTheTaskThroughReportsAnExtensionAndCompletion() {
        LedgerFixture fixture = new LedgerFixture(port);
        long directive = fixture.directive("亮灯流转测试来源");
        Map<String, Object> body = fixture.taskBody("建成10个口袋公园", "住建");
        body.put("startDate", "2026-02-02");
        body.put("deadline", "2026-06-30");
        long id = fixture.supervisor().post("/api/directives/" + directive + "/tasks", body).id();
        String taskUrl = browser.url("/tasks/" + id);

        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        unit.navigate(taskUrl);
        unit.click("button:has-text('签收')");
        // 16–18, 22–26, 29–30 June: 端午节 (Friday the 19th) is not a working day.
        assertThat(unit.getByTestId("countdown")).hasText("剩余10个工作日");

        report(unit, "2", "已建成2个口袋公园。");
        assertThat(unit.getByTestId("task-light")).hasText("红灯");
        assertThat(unit.getByTestId("light-reason")).containsText("落后序时进度");
        Browser.screenshot(unit, "lights-1-red");

        unit.click("summary:has-text('申请延期')");
        unit.fill("#wf-ext-date", "2026-09-30");
        unit.fill("#wf-ext-reason", "两处地块拆迁未完成");
        unit.fill("#wf-ext-progress", "已建成2个");
        unit.click("[data-testid=extension-form] button[type=submit]");
        assertThat(unit.getByTestId("pending-extension")).containsText("2026-09-30");

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(taskUrl);
        office.fill("#wf-extension-comment", "同意，请倒排工期");
        office.click("[data-testid=extension-decision] button:has-text('同意延期')");
        assertThat(office.getByTestId("original-deadline")).containsText("2026-06-30");
        // Further from the new deadline, 序时进度 drops, but 20 % is still far behind it.
        assertThat(office.getByTestId("task-light")).hasText("红灯");

        unit.navigate(taskUrl);
        report(unit, "6", "已建成6个口袋公园，其余4个主体完工。");
        assertThat(unit.getByTestId("task-light")).hasText("绿灯");
        Browser.screenshot(unit, "lights-2-green-after-extension");

        unit.click("summary:has-text('申请办结')");
        unit.fill("#wf-summary", "10个口袋公园全部建成。");
        unit.setInputFiles("#wf-files", new FilePayload("验收报告.pdf", "application/pdf", PDF));
        unit.click("[data-testid=completion-form] button[type=submit]");
        assertThat(unit.getByTestId("task-status")).hasText("办结待审");

        office.navigate(taskUrl);
        office.click("[data-testid=completion-decision] button:has-text('审核通过')");
        assertThat(office.getByTestId("task-status")).hasText("已办结");
        assertThat(office.getByTestId("task-light")).hasText("蓝灯");
        Browser.screenshot(office, "lights-3-blue-completed");
    }
}
