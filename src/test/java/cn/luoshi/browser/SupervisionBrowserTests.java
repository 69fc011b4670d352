package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 督查督办 in a real browser: the 督查室 issues a 督办单 for a red demo task of 住建, 住建 answers it with a file, the
 * 督查室 confirms it; a group inspects a task, opens a 整改事项, 住建 reports it done (a bare report refused), the
 * 督查室 closes it. Screenshots of each page land in target/screenshots.
 */
@LuoshiIntegrationTest
class SupervisionBrowserTests extends BrowserTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    /** A red demo task led by 住建 for which an order may be issued now. */
    private long redDemoTaskOfZhujian(Api office, long zhujian) {
        JsonNode rows = office.get("/api/tasks?light=RED&unitId=" + zhujian + "&size=200").body().get("rows");
        for (JsonNode r : rows) {
            long id = r.get("id").asLong();
            if (r.get("leadUnitId").asLong() == zhujian && !r.get("directiveTitle").asString().startsWith("测试")
                    && !r.get("directiveTitle").asString().startsWith("督办测试")
                    && office.get("/api/supervision/tasks/" + id).body().get("canIssue").asBoolean()) {
                return id;
            }
        }
        throw new AssertionError("no red demo task of 住建 to supervise: " + rows);
    }

    @Test
    void theOfficeIssuesAnOrderForARedTaskTheUnitAnswersAndTheOfficeClosesIt() {
        LedgerFixture fixture = new LedgerFixture(port);
        Api office = fixture.supervisor();
        long task = redDemoTaskOfZhujian(office, fixture.unitId("住建"));
        String title = office.get("/api/tasks/" + task).body().get("title").asString();

        Page duchashi = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        duchashi.navigate(browser.url("/supervision/tasks/" + task));
        assertThat(duchashi.getByTestId("task-supervision")).containsText("红灯");
        duchashi.click("[data-testid=issue-order]");
        assertThat(duchashi.getByTestId("order-task")).containsText(title);
        assertThat(duchashi.locator("#basis")).containsText(title);
        duchashi.fill("#responseDays", "0");
        duchashi.click("[data-testid=order-form] button[type=submit]");
        assertThat(duchashi.locator(".invalid-feedback")).containsText("办复时限须为1—60个工作日");
        Browser.screenshot(duchashi, "supervision-1-order-form-refused");
        duchashi.fill("#responseDays", "5");
        duchashi.fill("#requirement", "请认真分析滞后原因，倒排工期，5个工作日内书面报告。");
        duchashi.click("[data-testid=order-form] button[type=submit]");
        assertThat(duchashi.locator(".alert-success")).containsText("已下发督办单督办〔");
        assertThat(duchashi.getByTestId("order-status")).hasText("待办复");
        String number = duchashi.getByTestId("order-number").textContent();
        assertThat(number).matches("督办〔\\d{4}〕第\\d+号");
        assertThat(duchashi.getByTestId("order-countdown")).containsText("个工作日");
        Browser.screenshot(duchashi, "supervision-2-order-issued");
        String orderUrl = duchashi.url();

        Page zhujian = browser.loginAs("zhujian", Api.DEMO_PASSWORD, true);
        zhujian.navigate(browser.url("/supervision"));
        assertThat(zhujian.getByTestId("pending-orders")).not().hasText("0");
        assertThat(zhujian.getByTestId("recent-orders")).containsText(number);
        Browser.screenshot(zhujian, "supervision-3-unit-home-phone");
        zhujian.click("[data-testid=recent-orders] a:has-text('" + number + "')");
        zhujian.click("[data-testid=respond-form] button[type=submit]");
        assertThat(zhujian.getByTestId("action-errors")).containsText("办复内容不能为空");
        zhujian.fill("#response", "已成立工作专班，制定倒排计划，12月底前完成剩余工程量。");
        zhujian.setInputFiles("#respond-files", new FilePayload("倒排计划.pdf", "application/pdf", PDF));
        zhujian.click("[data-testid=respond-form] button[type=submit]");
        assertThat(zhujian.getByTestId("order-status")).hasText("已反馈待审核");
        assertThat(zhujian.getByTestId("order-response")).containsText("倒排计划.pdf");
        Browser.screenshot(zhujian, "supervision-4-unit-responded-phone");

        duchashi.navigate(orderUrl);
        assertThat(duchashi.getByTestId("order-response")).containsText("已成立工作专班");
        duchashi.fill("#decision-reason", "同意，请按计划推进");
        duchashi.click("[data-testid=decision-form] button:has-text('确认办复')");
        assertThat(duchashi.getByTestId("order-status")).hasText("已办复");
        assertThat(duchashi.locator("[data-testid=order-actions]")).hasCount(0);
        Browser.screenshot(duchashi, "supervision-5-order-closed");

        duchashi.navigate(browser.url("/tasks/" + task));
        assertThat(duchashi.getByTestId("history")).containsText("下发督办单" + number);
        assertThat(duchashi.getByTestId("history")).containsText("督办单" + number + "已办复，办结");
        duchashi.navigate(browser.url("/supervision/tasks/" + task + "/panel"));
        assertThat(duchashi.getByTestId("task-orders")).containsText(number);
        duchashi.navigate(browser.url("/supervision/orders"));
        assertThat(duchashi.getByTestId("order-table")).containsText(number);
        Browser.screenshot(duchashi, "supervision-6-order-list");

        var pdf = duchashi.request().get(browser.url("/supervision/orders/")
                + orderUrl.substring(orderUrl.lastIndexOf('/') + 1) + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    }

    @Test
    void aGroupInspectsATaskAndTheItemItOpensIsClosedOnlyWithEvidence() {
        Page duchashi = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        duchashi.navigate(browser.url("/supervision/groups"));
        assertThat(duchashi.getByTestId("groups")).containsText("第一督查组");
        assertThat(duchashi.getByTestId("groups")).containsText("第五督查组");
        Browser.screenshot(duchashi, "supervision-7-groups");
        duchashi.click("[data-testid=groups] a:has-text('第三督查组')");
        assertThat(duchashi.getByTestId("group-name")).hasText("第三督查组");
        Browser.screenshot(duchashi, "supervision-8-group");

        duchashi.click("a.btn:has-text('编辑')");
        duchashi.fill("#name", "");
        duchashi.click("[data-testid=group-form] button[type=submit]");
        assertThat(duchashi.locator("#name + .invalid-feedback")).containsText("督查组名称不能为空");
        Browser.screenshot(duchashi, "supervision-8b-group-form-refused");
        duchashi.fill("#name", "第三督查组");
        duchashi.fill("#focus", "重点督查产业基金和青年创业载体建设。");
        duchashi.click("[data-testid=group-form] button[type=submit]");
        assertThat(duchashi.locator(".alert-success")).containsText("已保存督查组「第三督查组」");
        assertThat(duchashi.getByTestId("group-facts")).containsText("重点督查产业基金");

        duchashi.navigate(browser.url("/supervision/inspections/new"));
        duchashi.selectOption("#groupId", new SelectOption().setLabel("第三督查组"));
        duchashi.selectOption("#unitId", new SelectOption().setLabel("区住房和城乡建设局（住建）"));
        duchashi.selectOption("#rating", new SelectOption().setLabel("严重滞后"));
        duchashi.click("[data-testid=inspection-form] button[type=submit]");
        assertThat(duchashi.locator(".invalid-feedback")).containsText("发现的问题与情况不能为空");
        duchashi.fill("#findings", "小区改造现场抽查5个，2个尚未进场施工，居民意见较大。");
        duchashi.setInputFiles("#files", new FilePayload("现场照片.pdf", "application/pdf", PDF));
        duchashi.click("[data-testid=inspection-form] button[type=submit]");
        assertThat(duchashi.getByTestId("inspection-rating")).hasText("严重滞后");
        assertThat(duchashi.getByTestId("files")).containsText("现场照片.pdf");

        duchashi.click("#open-rectification summary");
        duchashi.fill("#title", "未进场小区限期进场施工");
        duchashi.fill("#requirement", "两个未进场小区于两周内进场，并向居民公示工期。");
        duchashi.click("[data-testid=rectification-form] button[type=submit]");
        assertThat(duchashi.getByTestId("inspection-items")).containsText("未进场小区限期进场施工");
        Browser.screenshot(duchashi, "supervision-9-inspection-with-item");
        String itemUrl = browser.url("") + duchashi.locator("[data-testid=inspection-items] a").first()
                .getAttribute("href");

        Page zhujian = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        zhujian.navigate(browser.url("/supervision/rectifications"));
        assertThat(zhujian.getByTestId("rectification-table")).containsText("未进场小区限期进场施工");
        Browser.screenshot(zhujian, "supervision-10-unit-rectifications");
        zhujian.navigate(itemUrl);
        zhujian.click("button:has-text('开始整改')");
        assertThat(zhujian.getByTestId("rectification-status")).hasText("整改中");
        zhujian.click("summary:has-text('报送整改结果')");
        zhujian.fill("#submit-summary", "两个小区已进场施工，工期已公示。");
        zhujian.click("[data-testid=submit-form] button[type=submit]");
        assertThat(zhujian.getByTestId("action-errors")).containsText("销号须有佐证");
        assertThat(zhujian.locator("#submit-summary")).hasValue("两个小区已进场施工，工期已公示。");
        Browser.screenshot(zhujian, "supervision-11-bare-report-refused");
        zhujian.setInputFiles("#submit-files", new FilePayload("进场照片.pdf", "application/pdf", PDF));
        zhujian.click("[data-testid=submit-form] button[type=submit]");
        assertThat(zhujian.getByTestId("rectification-status")).hasText("已整改待销号");
        // Reported before the deadline: green while it waits for the 督查室, whatever the date.
        assertThat(zhujian.getByTestId("rectification-reason")).hasText("已按期整改，待销号");
        assertThat(zhujian.locator("main .light").first()).hasText("绿灯");
        Browser.screenshot(zhujian, "supervision-11b-awaiting-closure");

        duchashi.navigate(itemUrl);
        duchashi.fill("#close-comment", "经复查整改到位");
        duchashi.click("[data-testid=close-form] button:has-text('销号')");
        assertThat(duchashi.getByTestId("rectification-status")).hasText("已销号");
        assertThat(duchashi.getByTestId("closed-by")).containsText("经复查整改到位");
        assertThat(duchashi.locator("main .light").first()).hasText("蓝灯");
        Browser.screenshot(duchashi, "supervision-12-item-closed");

        duchashi.navigate(browser.url("/supervision/rectifications"));
        Browser.screenshot(duchashi, "supervision-13-rectification-list");
        duchashi.navigate(browser.url("/supervision"));
        Browser.screenshot(duchashi, "supervision-14-office-home");
    }
}
