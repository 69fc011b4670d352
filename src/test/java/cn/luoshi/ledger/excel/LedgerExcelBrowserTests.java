package cn.luoshi.ledger.excel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 台账 pages in a real browser (Debian's Chromium, headless): export from the list, import with progress. */
@LuoshiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExcelBrowserTests {

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(cn.luoshi.browser.Browser.launchOptions());
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theSupervisorImportsAFileFromTheListPageAndFindsItsTasksInTheExport() throws Exception {
        String source = "浏览器导入测试讲话";
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(Sheets.row(i, source, "浏览器导入任务" + i, "张卫东", "住建", "财政、规划", "2026年6月30日"));
        }
        try (Page page = signIn("duchashi")) {
            page.navigate(url("/tasks"));
            page.getByTestId("import-link").click();
            assertThat(page.locator("h1")).hasText("导入台账");
            page.locator("#file").setInputFiles(new FilePayload("台账.xlsx", LedgerExcelController.XLSX,
                    Sheets.ledger(rows)));
            page.locator("#import-submit").click();
            assertThat(page.getByTestId("import-summary")).containsText("新导入 30 项任务",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.getByTestId("import-rows").locator("tbody tr")).hasCount(30);

            page.navigate(url("/tasks?text=" + "浏览器导入任务"));
            Download download = page.waitForDownload(() -> page.getByTestId("export-link").click());
            try (XSSFWorkbook wb = Sheets.open(Files.readAllBytes(download.path()))) {
                assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(31); // title, header, 30 rows
                assertThat(wb.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo(source);
            }
        }
    }

    @Test
    void aRefusedFileShowsTheTableOfProblemsInTheBrowser() {
        try (Page page = signIn("duchashi")) {
            page.navigate(url("/tasks/import"));
            page.locator("#file").setInputFiles(new FilePayload("坏文件.xlsx", LedgerExcelController.XLSX,
                    Sheets.ledger(List.of(Sheets.row(1, "浏览器错误测试讲话", "", "张卫东", "不存在局", "", "某天")))));
            page.locator("#import-submit").click();
            assertThat(page.getByTestId("import-summary")).containsText("未导入任何数据");
            assertThat(page.getByTestId("import-errors")).containsText("找不到单位「不存在局」");
            assertThat(page.getByTestId("import-errors")).containsText("任务内容不能为空");
            assertThat(page.getByTestId("import-errors")).containsText("无法识别的日期「某天」");
        }
    }

    private Page signIn(String user) {
        Page page = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)).newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(Api.DEMO_PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
