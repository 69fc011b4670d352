package cn.luoshi.ledger.excel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.browser.Browser;
import cn.luoshi.browser.BrowserTest;
import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 in the browser: the 督查室 exports the list, changes a deadline and a lead unit in the file, uploads it,
 * sees per task field: old → new with nothing written yet, and 确认写入 writes it. Screenshots: adoption-import-update-*.
 */
@LuoshiIntegrationTest
class LedgerUpdateBrowserTests extends BrowserTest {

    @Test
    void anEditedExportIsPreviewedAndWrittenOnlyOnConfirm() throws Exception {
        var fx = new LedgerFixture(port);
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long d = fx.directive("导入更新浏览器来源" + tag);
        Api office = fx.supervisor();
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = fx.taskBody("导入更新浏览器" + (i == 0 ? "甲" : "乙") + tag, "住建");
            Api.Response r = office.post("/api/directives/" + d + "/tasks", body);
            assertThat(r.status()).isEqualTo(201);
            ids[i] = r.id();
        }

        Page page = browser.loginAs("duchashi", Api.DEMO_PASSWORD, false);
        page.navigate(browser.url("/tasks?text=" + tag));
        assertThat(page.getByTestId("task-table").locator("tbody tr")).hasCount(2);
        Download download = page.waitForDownload(() -> page.getByTestId("export-link").click());
        byte[] edited;
        try (XSSFWorkbook wb = Sheets.open(Files.readAllBytes(download.path()))) {
            var sheet = wb.getSheetAt(0);
            var row = LedgerUpdateTests.rowOf(sheet, ids[0]);
            LedgerUpdateTests.set(row, LedgerUpdateTests.DEADLINE, "2027-04-30");
            LedgerUpdateTests.set(row, LedgerUpdateTests.LEAD_UNIT, "发改");
            edited = Sheets.bytes(wb);
        }

        page.navigate(browser.url("/tasks/import"));
        page.locator("#file").setInputFiles(new FilePayload("台账（修改）.xlsx", LedgerExcelController.XLSX, edited));
        page.locator("#import-submit").click();
        page.waitForURL(u -> u.contains("/tasks/import/preview/"));
        assertThat(page.getByTestId("preview-summary")).containsText("将修改 1 项任务（共 2 处），1 项无变化");
        assertThat(page.getByTestId("preview-change")).hasCount(2);
        assertThat(page.getByTestId("preview-changes")).containsText("2026-12-31");
        assertThat(page.getByTestId("preview-changes")).containsText("2027-04-30");
        assertThat(page.getByTestId("preview-changes")).containsText("住建");
        assertThat(page.getByTestId("preview-changes")).containsText("发改");
        Browser.screenshot(page, "adoption-import-update-0-preview");
        // Nothing written before 确认.
        assertThat(office.get("/api/tasks/" + ids[0]).body().get("deadline").asString()).isEqualTo("2026-12-31");

        page.getByTestId("preview-confirm").click();
        page.waitForURL(u -> u.endsWith("/tasks/import"));
        assertThat(page.locator(".alert-success")).containsText("已写入：更新1项任务（2处修改）");
        Browser.screenshot(page, "adoption-import-update-1-written");
        var task = office.get("/api/tasks/" + ids[0]).body();
        assertThat(task.get("deadline").asString()).isEqualTo("2027-04-30");
        assertThat(task.get("leadUnitId").asLong()).isEqualTo(fx.unitId("发改"));
        assertThat(task.get("status").asString()).as("a new lead unit must 签收").isEqualTo("ASSIGNED");

        // The new lead unit is told (重新交办).
        Page unit = browser.loginAs("fagai", Api.DEMO_PASSWORD, false);
        unit.navigate(browser.url("/notifications"));
        assertThat(unit.locator("body")).containsText("「导入更新浏览器甲" + tag + "」");
    }
}
