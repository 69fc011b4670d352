package cn.luoshi.browser;

import static cn.luoshi.browser.ReviewRows.row;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * 批量修改 in the review of 讲话转台账 (issue 12 asks it of this page too): accepting a draft whose rows lack a lead
 * unit is refused with "有 N 处需要修改" naming each row, and each name puts the cursor in that row's field; ticking
 * the rows and setting one lead unit, leader and deadline on all of them at once fills them in (the server applies and
 * checks it); a batch with no row ticked is refused; the accepted ledger carries the batch's values.
 */
@LuoshiIntegrationTest
class BatchReviewBrowserTests extends BrowserTest {

    private static final String SPEECH = """
            关于加强机关作风建设的几点要求
            一是转变工作作风。各级要真抓实干，一抓到底。
            二是提高履职本领。要在实践中增长才干，做到知行合一。
            三是严明工作纪律。要守规矩、讲程序，令行禁止。
            """;


    @Test
    void manyRowsTakeOneLeadLeaderAndDeadlineAtOnceAndErrorsNameTheirRows() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.click("nav >> text=讲话转台账");
        office.fill("#text", SPEECH);
        office.fill("#title", "机关作风建设要求（批量修改）");
        office.fill("#issuedOn", "2026-03-02");
        office.fill("#issuer", "区委办公室");
        office.click("main button[type=submit]");
        office.waitForLoadState();
        if (office.locator("#again").count() > 0) {
            office.check("#again");
            office.click("main button[type=submit]");
            office.waitForLoadState();
        }
        assertThat(office.locator("h1")).containsText("审核任务草稿");
        assertThat(office.locator("[data-testid=review-row]")).hasCount(3);

        // accepted with no lead unit on any row, so the page names the three rows (no duty word says who owns 作风;
        // a row may still carry a pre-selection marked 请核对, learned from other tests' acceptances in the shared
        // database: it is cleared first)
        for (String title : new String[] {"转变工作作风", "提高履职本领", "严明工作纪律"}) {
            row(office, title).locator("select[name$='.leadUnitId']").selectOption("");
        }
        office.click("[data-testid=accept]");
        Locator summary = office.getByTestId("error-summary");
        assertThat(summary).containsText("有 3 处需要修改");
        assertThat(summary.getByTestId("error-item")).hasCount(3);
        assertThat(summary.getByTestId("error-item").nth(1)).containsText("二是 提高履职本领：牵头单位");
        assertThat(summary.getByTestId("error-item").nth(1)).containsText("请选择牵头单位");
        Browser.screenshot(office, "ingest-batch-errors");
        summary.getByTestId("error-item").nth(1).locator("a").click();
        assertThat(row(office, "提高履职本领").locator("select[name$='.leadUnitId']")).isFocused();
        office.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("ingest-batch-error-focus-view.png")));

        // a batch with nothing ticked is refused, nothing changes
        office.getByTestId("batch-lead").selectOption(new SelectOption().setLabel("组织部"));
        office.click("[data-testid=batch-apply]");
        assertThat(office.getByTestId("form-errors")).containsText("请先勾选要批量修改的条目");

        // tick all three (选中全部任务和举措), one lead, leader and deadline for all
        office.click("[data-batch-all]");
        assertThat(office.locator("[data-batch-n]")).hasText("3");
        office.getByTestId("batch-lead").selectOption(new SelectOption().setLabel("组织部"));
        office.getByTestId("batch-deadline").fill("2026-06-30");
        Browser.screenshot(office, "ingest-batch-chosen");
        office.click("[data-testid=batch-apply]");
        assertThat(office.locator(".alert-success")).containsText("已批量修改 3 项");
        for (String title : new String[] {"转变工作作风", "提高履职本领", "严明工作纪律"}) {
            Locator r = row(office, title);
            assertThat(r.locator("select[name$='.leadUnitId'] option:checked")).hasText("区委组织部（组织部）");
            assertThat(r.locator("input[name$='.deadline']")).hasValue("2026-06-30");
            // the unit's head came with the new lead (组织部 has no 分管 leader in the demo)
            assertThat(r.locator("input[name$='.responsiblePerson']")).hasValue("马骏");
        }
        Browser.screenshot(office, "ingest-batch-applied");

        office.click("[data-testid=accept]");
        assertThat(office.getByTestId("directive-title")).hasText("机关作风建设要求（批量修改）");
        Locator tree = office.locator("[data-testid=tree-node]");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("提高履职本领"))).containsText("组织部 · 限");
        Browser.screenshot(office, "ingest-batch-accepted");
    }
}
