package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.ledger.ExtensionPolicyService;
import cn.luoshi.ledger.internal.ExtensionPolicy;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 流程设置 → 延期申请 → 督查室同意 → 待领导审批 → the task's 牵头区领导 approves in the browser. */
@LuoshiIntegrationTest
class ExtensionLeaderBrowserTests extends BrowserTest {

    @Autowired
    ExtensionPolicyService policies;

    @AfterEach
    void backToTheDefault() {
        var f = new ExtensionPolicyService.PolicyForm();
        f.leaderApproval = ExtensionPolicy.LeaderApproval.NONE;
        f.thresholdWorkingDays = 20;
        policies.update(f, SystemUser.INSTANCE);
    }

    @Test
    void theOfficeAgreesAndTheLeaderDecides() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/admin/workflow"));
        office.fill("#thresholdWorkingDays", "0");
        office.check("#mode-LONGER_THAN");
        office.click("[data-testid=policy-form] button[type=submit]");
        assertThat(office.locator(".invalid-feedback")).containsText("工作日数应在1到250之间");
        office.fill("#thresholdWorkingDays", "10");
        office.click("[data-testid=policy-form] button[type=submit]");
        assertThat(office.getByTestId("policy-now")).hasText("延期超过10个工作日的，督查室同意后报牵头区领导审批");
        Browser.screenshot(office, "extension-leader-0-settings");

        var fixture = new LedgerFixture(port);
        long id = fixture.task("新建污水管网8公里", "住建").id();
        fixture.accept(id, "zhujian");
        Api.as(port, "zhujian").post("/api/tasks/" + id + "/extensions", Map.of("proposedDeadline", "2027-04-30",
                "reason", "跨河段施工需等枯水期", "currentProgress", "已完成5公里"));

        String taskUrl = browser.url("/tasks/" + id);
        office.navigate(taskUrl);
        office.fill("#wf-extension-comment", "情况属实，拟同意");
        office.click("[data-testid=extension-decision] button:has-text('同意延期')");
        assertThat(office.locator(".alert-success")).containsText("已报牵头区领导审批");
        assertThat(office.getByTestId("awaiting-leader")).containsText("情况属实，拟同意");
        assertThat(office.getByTestId("extension-decision")).hasCount(0);
        Browser.screenshot(office, "extension-leader-1-awaiting-leader");

        Page leader = browser.loginAs("lingdao", Api.DEMO_PASSWORD, false);
        leader.click("nav a:has-text('待审批')");
        assertThat(leader.getByTestId("pending-requests")).containsText("新建污水管网8公里");
        Browser.screenshot(leader, "extension-leader-2-leader-list");
        leader.click("[data-testid=pending-requests] a:has-text('新建污水管网8公里')");
        leader.click("[data-testid=extension-decision] button:has-text('领导同意延期')");
        assertThat(leader.locator(".alert-success")).containsText("已同意延期");
        assertThat(leader.getByTestId("original-deadline")).hasText("2026-12-31（经批准延期至 2027-04-30）");
        assertThat(leader.getByTestId("history")).containsText("牵头区领导同意延期至2027-04-30");
        Browser.screenshot(leader, "extension-leader-3-approved");
    }
}
