package cn.luoshi.browser;

import static cn.luoshi.browser.ReviewRows.row;
import static cn.luoshi.browser.ReviewRows.view;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * 讲话转台账 in a real browser: the 督查室 uploads seed 002, edits a target, sees the suggested owner pre-selected
 * and changes it, assigns the rest, accepts, and finds the tasks in the ledger with their targets and owners.
 */
@LuoshiIntegrationTest
class IngestBrowserTests extends BrowserTest {




    @Test
    void fromUploadedSpeechToTasksInTheLedger() {
        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.click("nav >> text=讲话转台账");
        office.setInputFiles("#file", Paths.get("src", "main", "resources", "seeds", "002_aafd5c90119f966f.txt"));
        office.fill("#title", "在全区城市提质工作会议上的讲话（转台账）");
        office.fill("#issuedOn", "2026-02-10");
        office.fill("#issuer", "区委书记 王建国");
        Browser.screenshot(office, "ingest-upload");
        office.click("main button[type=submit]");
        // The demo data took seed 002 through the review already: the copy is flagged, and confirmed (issue 18).
        assertThat(office.getByTestId("again")).containsText("同样的讲话全文已于");
        Browser.screenshot(office, "ingest-upload-copy-flagged");
        office.setInputFiles("#file", Paths.get("src", "main", "resources", "seeds", "002_aafd5c90119f966f.txt"));
        office.check("#again");
        office.click("main button[type=submit]");
        assertThat(office.locator("h1")).containsText("审核任务草稿");

        // The engine's 区委宣传部 is pre-selected as the organisation's unit.
        Locator duty = row(office, "压实责任、强化落实");
        assertThat(duty.locator("select[name$='.leadUnitId'] option:checked")).hasText("区委宣传部（宣传部）");
        Locator renewal = row(office, "突出城市更新");
        assertThat(renewal.locator("input[name$='.targets[0].value']")).hasValue("115");
        assertThat(renewal.locator("input[name$='.targets[0].object']")).hasValue("老旧小区改造");
        // The node sets three targets; the review shows them all, the first marked as the primary one.
        assertThat(renewal.getByTestId("review-target")).hasCount(3);
        assertThat(renewal.locator("input[name$='.targets[1].object']")).hasValue("社区健身中心建设");
        assertThat(renewal.getByTestId("review-target").first()).containsText("主要目标");
        assertThat(office.getByTestId("source").locator("mark.src-target").first()).isVisible();
        view(office, renewal, "ingest-review");
        view(office, office.getByTestId("source").locator("mark.src-target").first(), "ingest-review-source");

        // Accepting with owners missing shows the message next to the field and keeps the edits (the review suggested
        // 区住房和城乡建设局 for 突出城市更新 from its duties; the clerk clears it to see the rule).
        assertThat(renewal.getByTestId("owner-suggestion")).containsText("依据：");
        renewal.locator("select[name$='.leadUnitId']").selectOption("");
        renewal.locator("input[name$='.targets[0].value']").fill("120");
        office.click("[data-testid=accept]");
        renewal = row(office, "突出城市更新");
        assertThat(office.getByTestId("error-summary")).containsText("需要修改");
        assertThat(renewal.locator(".invalid-feedback")).containsText("请选择牵头单位");
        assertThat(renewal.locator("input[name$='.targets[0].value']")).hasValue("120");
        view(office, renewal, "ingest-review-errors");
        view(office, office.getByTestId("error-summary"), "ingest-review-errors-top");

        // Change one suggestion, give the rest to 住建.
        row(office, "压实责任、强化落实").locator("select[name$='.leadUnitId']")
                .selectOption(new SelectOption().setLabel("区委组织部（组织部）"));
        for (Locator lead : office.locator("[data-testid=review-row].included select[name$='.leadUnitId']").all()) {
            if (lead.isVisible() && lead.inputValue().isEmpty()) { // 方面 rows have no owner
                lead.selectOption(new SelectOption().setLabel("区住房和城乡建设局（住建）"));
            }
        }
        office.click("[data-testid=accept]");
        assertThat(office.getByTestId("directive-title")).hasText("在全区城市提质工作会议上的讲话（转台账）");
        Locator tree = office.locator("[data-testid=tree-node]");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("突出城市更新")))
                .containsText("目标：120个老旧小区改造");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("突出城市更新"))).containsText("住建 · 限");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("压实责任、强化落实"))).containsText("组织部 · 限");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("打造贴近群众的志愿服务项目")))
                .containsText("举措");
        Browser.screenshot(office, "ingest-directive");

        office.click("a:has-text('突出城市更新')");
        assertThat(office.getByTestId("task-title")).containsText("突出城市更新");
        assertThat(office.getByTestId("responsibility")).containsText("区住房和城乡建设局");
        assertThat(office.locator("main")).containsText("120个老旧小区改造");
        assertThat(office.getByTestId("targets").getByTestId("target")).hasCount(3);
        assertThat(office.getByTestId("targets")).containsText("22个社区健身中心建设（今年）");
        Browser.screenshot(office, "ingest-task");
        // The edit form has a line per further target and a blank one to add another.
        String taskUrl = office.url();
        office.click("a.btn:has-text('编辑')");
        assertThat(office.locator("input[name='moreTargets[1].object']")).hasValue("精品特色街区");
        office.fill("input[name='moreTargets[2].value']", "100");
        office.fill("input[name='moreTargets[2].unit']", "家");
        office.fill("input[name='moreTargets[2].object']", "品牌咖啡厅");
        view(office, office.getByTestId("target-fields"), "task-form-targets");
        office.click("main button[type=submit]");
        assertThat(office.getByTestId("targets").getByTestId("target")).hasCount(4);
        assertThat(office.getByTestId("history")).containsText("100家品牌咖啡厅");
        office.navigate(taskUrl);
        office.getByTestId("source-link").click();
        assertThat(office.getByTestId("source-mark")).containsText("今年要完成115个老旧小区改造任务");
        assertThat(office.getByTestId("source-mark")).isInViewport();
        Browser.screenshot(office, "ingest-task-source");

        office.navigate(browser.url("/tasks?text=%E7%AA%81%E5%87%BA%E5%9F%8E%E5%B8%82%E6%9B%B4%E6%96%B0"));
        assertThat(office.getByTestId("task-table")).containsText("突出城市更新");
        assertThat(office.locator("main").textContent()).contains("住建");
    }

    @Test
    void aUnitUserHasNoLinkAndNoPage() {
        Page unit = browser.loginAs("zhujian", Api.DEMO_PASSWORD, false);
        assertThat(unit.locator("nav >> text=讲话转台账")).hasCount(0);
        var response = unit.navigate(browser.url("/ingest"));
        assertThat(response.status()).isEqualTo(403);
    }

    /** issue 18: a Word file (list numbers, a task table) through the review to tasks with owners and deadlines. */
    @Test
    void aWordFileGoesThroughTheReviewToTasks() throws Exception {
        byte[] docx = cn.luoshi.ingest.Documents.docx(java.util.List.of(
                cn.luoshi.ingest.Documents.Para.plain("东湖区人民政府关于城市更新重点任务的部署"),
                cn.luoshi.ingest.Documents.Para.plain("东湖区人民政府"),
                cn.luoshi.ingest.Documents.Para.plain("2026年2月12日"),
                new cn.luoshi.ingest.Documents.Para("抓好老旧小区改造", 0),
                cn.luoshi.ingest.Documents.Para.plain("今年完成35个老旧小区改造，由区住建局牵头，各街道配合。"),
                new cn.luoshi.ingest.Documents.Para("重点任务分解", 0)),
                java.util.List.of(
                        java.util.List.of("序号", "工作任务", "牵头单位", "责任单位", "完成时限"),
                        java.util.List.of("1", "新建口袋公园8个", "区城管局", "区住建局", "2026年10月底"),
                        java.util.List.of("2", "新增公共停车泊位2000个", "区住建局", "区城管局", "2026年12月底")),
                false);
        java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", "城市更新部署.docx");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, docx);

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/ingest"));
        office.setInputFiles("#file", file);
        Browser.screenshot(office, "ingest-docx-upload");
        office.click("main button[type=submit]");
        assertThat(office.locator("h1")).containsText("审核任务草稿");
        assertThat(office.locator("#title")).hasValue("东湖区人民政府关于城市更新重点任务的部署");
        assertThat(office.locator("#issuedOn")).hasValue("2026-02-12");
        assertThat(office.locator("#issuer")).hasValue("东湖区人民政府");
        Locator renewal = row(office, "抓好老旧小区改造");
        assertThat(renewal.locator("input[name$='.targets[0].value']")).hasValue("35");
        assertThat(renewal.locator("select[name$='.leadUnitId'] option:checked")).containsText("区住房和城乡建设局");
        Locator parks = row(office, "新建口袋公园8个");
        assertThat(parks.locator("select[name$='.leadUnitId'] option:checked")).containsText("区城市管理局");
        assertThat(parks.locator("input[name$='.deadline']")).hasValue("2026-10-31");
        view(office, parks, "ingest-docx-review");
        office.click("[data-testid=accept]");
        assertThat(office.getByTestId("directive-title")).hasText("东湖区人民政府关于城市更新重点任务的部署");
        Locator tree = office.locator("[data-testid=tree-node]");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("新建口袋公园8个"))).containsText("城管");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("新增公共停车泊位2000个"))).containsText("住建");
        Browser.screenshot(office, "ingest-docx-directive");
    }

    /**
     * A PDF speech (text layer, two pages) goes through upload → review → tasks; an encrypted PDF and a scanned one
     * (no text layer) uploaded in the browser get their Chinese messages and leave nothing behind.
     */
    @Test
    void aPdfSpeechGoesThroughTheReviewToTasksAndBadPdfsAreRefusedClearly() throws Exception {
        byte[] pdf = cn.luoshi.ingest.Documents.pdf(java.util.List.of(
                "东湖区人民政府关于河道整治重点任务的部署",
                "2026年3月6日",
                "一、抓好河道综合整治",
                "今年完成河道清淤12公里，由区城管局牵头，各街道配合。",
                "二、抓好污水管网建设",
                "新建污水管网20公里，区住建局负责。"), 4);
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Path file = dir.resolve("河道整治部署.pdf");
        java.nio.file.Files.write(file, pdf);
        java.nio.file.Path locked = dir.resolve("加密讲话.pdf");
        java.nio.file.Files.write(locked, cn.luoshi.ingest.Documents.encryptedPdf(pdf));
        java.nio.file.Path scanned = dir.resolve("扫描讲话.pdf");
        java.nio.file.Files.write(scanned, cn.luoshi.ingest.Documents.blankPdf(2));

        Page office = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        office.navigate(browser.url("/ingest"));
        office.setInputFiles("#file", locked);
        office.click("main button[type=submit]");
        assertThat(office.getByTestId("form-errors")).containsText("PDF 已加密");
        assertThat(office.getByTestId("form-errors")).not().containsText("encrypted"); // Chinese only on the page
        Browser.screenshot(office, "ingest-pdf-encrypted");
        office.setInputFiles("#file", scanned);
        office.click("main button[type=submit]");
        assertThat(office.getByTestId("form-errors")).containsText("扫描件");
        Browser.screenshot(office, "ingest-pdf-scanned");

        office.setInputFiles("#file", file);
        office.click("main button[type=submit]");
        office.waitForLoadState();
        if (office.locator("#again").count() > 0) {
            office.check("#again");
            office.setInputFiles("#file", file);
            office.click("main button[type=submit]");
        }
        assertThat(office.locator("h1")).containsText("审核任务草稿");
        assertThat(office.locator("#title")).hasValue("东湖区人民政府关于河道整治重点任务的部署");
        assertThat(office.locator("#issuedOn")).hasValue("2026-03-06");
        Locator river = row(office, "抓好河道综合整治");
        assertThat(river.locator("input[name$='.targets[0].value']")).hasValue("12");
        assertThat(river.locator("select[name$='.leadUnitId'] option:checked")).containsText("区城市管理局");
        Locator pipes = row(office, "抓好污水管网建设");
        assertThat(pipes.locator("select[name$='.leadUnitId'] option:checked")).containsText("区住房和城乡建设局");
        view(office, river, "ingest-pdf-review");
        // a flat outline's headings (一、 二、 with the work under them) are its tasks, taken in by default
        for (Locator r : new Locator[] {river, pipes}) {
            assertThat(r.locator("input[type=checkbox][name$='.include']")).isChecked();
            assertThat(r.locator("select[name$='.kind']")).hasValue("task");
        }
        office.click("[data-testid=accept]");
        assertThat(office.getByTestId("directive-title")).hasText("东湖区人民政府关于河道整治重点任务的部署");
        Locator tree = office.locator("[data-testid=tree-node]");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("抓好河道综合整治"))).containsText("城管");
        assertThat(tree.filter(new Locator.FilterOptions().setHasText("抓好污水管网建设"))).containsText("住建");
        Browser.screenshot(office, "ingest-pdf-directive");
    }
}
