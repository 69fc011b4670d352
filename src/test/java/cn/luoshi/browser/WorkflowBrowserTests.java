package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The workflow on the task page in a real browser: accept → report → request an extension → the 督查室 approves →
 * request completion with a file (a disguised one first) → sent back → requested again → approved.
 */
@LuoshiIntegrationTest
class WorkflowBrowserTests extends BrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};


    @Test
    void fromAcceptanceThroughExtensionToApprovedCompletion() {
        long id = new LedgerFixture(port).task("改造12条背街小巷", "住建").id();
        String taskUrl = browser.url("/tasks/" + id);

        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        unit.navigate(taskUrl);
        assertThat(unit.getByTestId("task-status")).hasText("待签收");
        assertThat(unit.getByTestId("workflow")).containsText("退回");
        unit.click("button:has-text('签收')");
        assertThat(unit.getByTestId("task-status")).hasText("办理中");

        unit.click("a.btn:has-text('报送进展')");
        unit.fill("#cumulative", "6");
        unit.fill("#narrative", "已完成6条背街小巷改造。");
        unit.click("main button[type=submit]");
        assertThat(unit.getByTestId("reports")).containsText("已完成6条");

        unit.click("summary:has-text('申请延期')");
        unit.fill("#wf-ext-date", "2027-03-31");
        unit.fill("#wf-ext-reason", "雨季影响施工，管网迁改未完成");
        unit.fill("#wf-ext-progress", "已完成6条，其余6条正在施工");
        unit.click("[data-testid=extension-form] button[type=submit]");
        assertThat(unit.locator(".alert-success")).containsText("已提交延期申请");
        assertThat(unit.getByTestId("pending-extension")).containsText("由 2026-12-31 延期至 2027-03-31");
        assertThat(unit.getByTestId("task-status")).hasText("办理中");
        Browser.screenshot(unit, "workflow-1-extension-requested");

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/workflow/pending"));
        assertThat(office.getByTestId("pending-requests")).containsText("改造12条背街小巷");
        Browser.screenshot(office, "workflow-1b-pending-list");
        office.click("[data-testid=pending-requests] a:has-text('改造12条背街小巷')");
        office.waitForURL(taskUrl + "#workflow");
        office.fill("#wf-extension-comment", "同意延期，请倒排工期");
        office.click("[data-testid=extension-decision] button:has-text('同意延期')");
        assertThat(office.locator(".alert-success")).containsText("已同意延期");
        assertThat(office.getByTestId("original-deadline")).hasText("2026-12-31（经批准延期至 2027-03-31）");
        assertThat(office.getByTestId("extensions")).containsText("已同意");
        Browser.screenshot(office, "workflow-2-extension-approved");

        unit.navigate(taskUrl);
        unit.click("summary:has-text('申请办结')");
        unit.fill("#wf-summary", "12条背街小巷全部改造完成并通过验收。");
        unit.setInputFiles("#wf-files", new FilePayload("验收报告.pdf", "application/pdf", PNG));
        unit.click("[data-testid=completion-form] button[type=submit]");
        assertThat(unit.getByTestId("workflow-errors")).containsText("内容与扩展名不符");
        assertThat(unit.locator("#wf-summary")).hasValue("12条背街小巷全部改造完成并通过验收。");
        assertThat(unit.getByTestId("task-status")).hasText("办理中");
        Browser.screenshot(unit, "workflow-3-disguised-file-refused");

        unit.setInputFiles("#wf-files", new FilePayload("验收报告.pdf", "application/pdf", PDF));
        unit.click("[data-testid=completion-form] button[type=submit]");
        assertThat(unit.getByTestId("task-status")).hasText("办结待审");
        assertThat(unit.getByTestId("pending-completion")).containsText("验收报告.pdf");

        office.navigate(taskUrl);
        assertThat(office.getByTestId("pending-completion")).containsText("12条背街小巷全部改造完成");
        Browser.screenshot(office, "workflow-4a-completion-pending");
        office.click("[data-testid=completion-decision] button:has-text('驳回')");
        assertThat(office.getByTestId("workflow-errors")).containsText("驳回理由不能为空");
        office.fill("#wf-completion-comment", "缺少验收会议纪要");
        office.click("[data-testid=completion-decision] button:has-text('驳回')");
        assertThat(office.getByTestId("task-status")).hasText("办理中");
        assertThat(office.getByTestId("completions")).containsText("缺少验收会议纪要");
        Browser.screenshot(office, "workflow-4b-completion-sent-back");

        unit.navigate(taskUrl);
        unit.click("summary:has-text('申请办结')");
        unit.fill("#wf-summary", "已补充验收会议纪要。");
        unit.setInputFiles("#wf-files", new FilePayload[] {
                new FilePayload("验收报告.pdf", "application/pdf", PDF),
                new FilePayload("会议纪要.pdf", "application/pdf", PDF)});
        unit.click("[data-testid=completion-form] button[type=submit]");
        assertThat(unit.getByTestId("task-status")).hasText("办结待审");

        office.navigate(taskUrl);
        office.click("[data-testid=completion-decision] button:has-text('审核通过')");
        assertThat(office.getByTestId("task-status")).hasText("已办结");
        assertThat(office.getByTestId("completed-on")).containsText("按期办结");
        assertThat(office.getByTestId("history")).containsText("审核通过，任务办结");
        Browser.screenshot(office, "workflow-5-completed");
    }

    @Test
    void aReturnedTaskKeepsItsReasonThroughInstructionReplyReassignmentAndTermination() {
        long id = new LedgerFixture(port).task("整治城区占道经营", "住建").id();
        String taskUrl = browser.url("/tasks/" + id);
        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        unit.navigate(taskUrl);
        unit.click("summary:has-text('退回')");
        unit.fill("#wf-return-reason", "不属于本单位职责，建议交城管局");
        unit.click("[data-testid=return-form] button[type=submit]");
        assertThat(unit.getByTestId("task-status")).hasText("已退回");
        assertThat(unit.getByTestId("return-reason")).containsText("不属于本单位职责，建议交城管局");

        Page leader = browser.loginAs("lingdao", Api.DEMO_PASSWORD, true);
        leader.navigate(taskUrl);
        leader.click("summary:has-text('批示')");
        leader.fill("#wf-instruction", "请督查室尽快明确责任单位");
        leader.click("[data-testid=instruction-form] button[type=submit]");
        assertThat(leader.getByTestId("instructions")).containsText("请督查室尽快明确责任单位");
        Browser.screenshot(leader, "workflow-7-instruction-phone");

        unit.navigate(taskUrl);
        unit.click("[data-testid=instructions] summary:has-text('回复')");
        unit.fill("[data-testid=instructions] textarea[name=text]", "已向督查室说明，建议由城管局牵头");
        unit.click("[data-testid=instructions] button:has-text('提交回复')");
        assertThat(unit.getByTestId("instructions")).containsText("回复（赵刚（住建））：已向督查室说明");

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(taskUrl);
        office.click("summary:has-text('重新交办')");
        office.selectOption("#wf-reassign-unit", new com.microsoft.playwright.options.SelectOption()
                .setLabel("区城市管理局（城管）"));
        office.click("[data-testid=reassign-form] button[type=submit]");
        assertThat(office.getByTestId("task-status")).hasText("待签收");
        assertThat(office.getByTestId("responsibility")).containsText("区城市管理局");
        assertThat(office.getByTestId("return-reason")).containsText("不属于本单位职责");
        Browser.screenshot(office, "workflow-6-reassigned");

        office.click("summary:has-text('终止')");
        office.fill("#wf-terminate-reason", "区政府决定并入城市管理综合整治专项");
        office.onceDialog(dialog -> dialog.accept());
        office.click("[data-testid=terminate-form] button[type=submit]");
        assertThat(office.getByTestId("task-status")).hasText("已终止");
        assertThat(office.getByTestId("termination-reason")).hasText("区政府决定并入城市管理综合整治专项");
    }
}
