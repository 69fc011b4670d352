package cn.luoshi.ledger.excel;

import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.luoshi.common.NotFoundException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Export of the task list to the 台账 spreadsheet and import of the same layout, on the running application. */
@LuoshiIntegrationTest
class LedgerExcelTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerImporter importer;
    @Autowired
    ImportJobs jobs;
    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;
    Api supervisor;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        supervisor = fixture.supervisor();
    }

    // ---- export --------------------------------------------------------------------------------------------------

    @Test
    void theExportOpensInPoiWithTheTitleRowAFrozenHeaderTheColumnsInOrderAndA4LandscapePrinting() throws Exception {
        long d = fixture.directive("导出格式测试讲话");
        createTask(d, "导出格式测试任务甲", "住建", "张卫东", "2026-06-30", List.of("财政", "规划"));
        createTask(d, "导出格式测试任务乙", "发改", "李明华", "2026-03-31", List.of());

        try (XSSFWorkbook wb = Sheets.open(export("duchashi", "directiveId=" + d))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("导出格式测试讲话").contains("任务台账");
            assertThat(sheet.getMergedRegions())
                    .contains(new CellRangeAddress(0, 0, 0, Sheets.EXPORT_HEADERS.size() - 1));
            assertThat(headers(sheet.getRow(1))).containsExactlyElementsOf(Sheets.EXPORT_HEADERS);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();

            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row first = sheet.getRow(2); // sorted by deadline: 乙 (03-31) first
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("导出格式测试讲话");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("导出格式测试任务乙\n目标：10个项目（今年）\n测试任务内容");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("李明华");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("发改");
            assertThat(first.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("待签收");
            assertThat(first.getCell(2).getCellStyle().getWrapText()).isTrue();
            Row second = sheet.getRow(3);
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("规划、财政");
        }
    }

    @Test
    void theExportShowsTheLatestReportAndTheOpenProblems() throws Exception {
        long d = fixture.directive("导出进展测试讲话");
        long task = createTask(d, "导出进展测试任务", "住建", "张卫东", "2026-12-31", List.of());
        fixture.accept(task, "zhujian");
        Api zhujian = Api.as(port, "zhujian");
        assertThat(zhujian.post("/api/tasks/" + task + "/reports", Map.of("reportedOn", "2026-03-01", "cumulative", 2,
                "narrative", "旧的进展", "difficulties", "旧的困难")).status()).isEqualTo(201);
        assertThat(zhujian.post("/api/tasks/" + task + "/reports", Map.of("reportedOn", "2026-04-01", "cumulative", 4,
                "narrative", "已完成4个小区改造", "difficulties", "资金缺口较大")).status()).isEqualTo(201);
        assertThat(supervisor.post("/api/tasks/" + task + "/problems", Map.of("description", "补助资金未到位",
                "ownerUnitId", fixture.unitId("财政"), "status", "OPEN")).status()).isEqualTo(201);

        try (XSSFWorkbook wb = Sheets.open(export("duchashi", "directiveId=" + d))) {
            Row row = wb.getSheetAt(0).getRow(2);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("已完成4个小区改造");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("资金缺口较大\n问题1：补助资金未到位");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("办理中 40%");
        }
    }

    @Test
    void aUnitUserExportsOnlyTheTasksOfItsOwnUnit() throws Exception {
        long d = fixture.directive("导出范围测试讲话");
        createTask(d, "导出范围测试-住建牵头", "住建", "张卫东", "2026-06-30", List.of());
        createTask(d, "导出范围测试-发改牵头", "发改", "李明华", "2026-06-30", List.of("财政"));

        assertThat(contents(export("zhujian", "directiveId=" + d))).containsExactly("导出范围测试-住建牵头");
        long other = fixture.directive("导出范围测试-无住建任务的讲话");
        createTask(other, "导出范围测试-仅发改", "发改", "李明华", "2026-06-30", List.of());
        MvcResult hidden = mvc.perform(get("/tasks/export?directiveId=" + other)
                .with(httpBasic("zhujian", Api.DEMO_PASSWORD))).andReturn();
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
        assertThat(hidden.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(contents(export("duchashi", "directiveId=" + d)))
                .containsExactlyInAnyOrder("导出范围测试-住建牵头", "导出范围测试-发改牵头");
    }

    @Test
    void theExportCarriesTheListFiltersAndHasNoPageCap() throws Exception {
        long d = fixture.directive("导出筛选测试讲话");
        createTask(d, "导出筛选测试-0", "住建", "张卫东", "2026-06-30", List.of());
        // 250 more rows straight into the table: more than the list's 200-row page cap, without 250 API calls
        jdbc.sql("""
                insert into task (directive_id, kind, seq, title, deadline, lead_unit_id, lead_leader_id, status,
                  created_by)
                select :d, 'TASK', i, '导出筛选测试-' || i, date '2026-06-30',
                  case when i % 2 = 0 then :zhujian else :guihua end, :leader, 'ASSIGNED', 'test'
                from generate_series(1, 250) as i""")
                .param("d", d).param("zhujian", fixture.unitId("住建")).param("guihua", fixture.unitId("规划"))
                .param("leader", fixture.leaderId("张卫东")).update();

        assertThat(contents(export("duchashi", "directiveId=" + d))).hasSize(251);
        assertThat(contents(export("duchashi", "directiveId=" + d + "&unitId=" + fixture.unitId("住建")))).hasSize(126);
        assertThat(contents(export("duchashi", "directiveId=" + d + "&text=" + "筛选测试-24"))).hasSize(11);
        assertThat(contents(export("zhujian", "directiveId=" + d))).hasSize(126);
    }

    @Test
    void theTaskListOffersTheExportWithItsFiltersAndTheImportOnlyToTheSupervisors() throws Exception {
        long unit = fixture.unitId("住建");
        String page = html("duchashi", "/tasks?unitId=" + unit);
        assertThat(page).contains("href=\"/tasks/export?unitId=" + unit + "\"").contains("href=\"/tasks/import\"");
        assertThat(html("zhujian", "/tasks")).contains("href=\"/tasks/export\"").doesNotContain("/tasks/import");
    }

    // ---- import --------------------------------------------------------------------------------------------------

    @Test
    void aDirectivesTasksSurviveARoundTripThroughTheSpreadsheetIntoAFreshDirective() throws Exception {
        long d = fixture.directive("往返测试讲话");
        createTask(d, "往返测试任务一", "住建", "张卫东", "2026-06-30", List.of("财政", "规划"));
        createTask(d, "往返测试任务二", "发改", "李明华", "2026-09-15", List.of());
        createTask(d, "往返测试任务三", "科技", "刘晓燕", "2026-12-31", List.of("发改"));
        byte[] exported = export("duchashi", "directiveId=" + d);

        String fresh = "往返测试讲话（导入副本）";
        XSSFWorkbook wb = Sheets.open(exported);
        XSSFSheet sheet = wb.getSheetAt(0);
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r); // the export writes inline strings; a new cell is the sure way to edit one
            org.apache.poi.ss.usermodel.CellStyle style = row.getCell(1).getCellStyle();
            row.removeCell(row.getCell(1));
            row.createCell(1).setCellValue(fresh);
            row.getCell(1).setCellStyle(style);
            // Without 任务编号 and 数据版本 the rows are new tasks (with them, the file would update the originals).
            row.removeCell(row.getCell(12));
            row.removeCell(row.getCell(13));
        }
        MvcResult result = upload("duchashi", Sheets.bytes(wb));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("新导入 3 项任务");

        long copy = directiveId(fresh);
        assertThat(taskSummaries(copy)).isEqualTo(taskSummaries(d));
        JsonNode directive = supervisor.get("/api/directives/" + copy).body();
        assertThat(directive.get("kind").asString()).isEqualTo("SPEECH");
        assertThat(directive.get("level").asString()).isEqualTo("DISTRICT");
    }

    @Test
    void aFileWithAnUnknownUnitABadDateAnEmptyContentAndAMergedCellIsRefusedWholeAndNothingIsWritten() {
        String source = "错误文件测试讲话";
        byte[] file = Sheets.ledger(List.of(
                Sheets.row(1, source, "正确的一行", "张卫东", "住建", "财政", "2026-06-30"),
                Sheets.row(2, source, "单位写错的一行", "张卫东", "不存在局", "财政、没有这个办", "2026-06-30"),
                Sheets.row(3, source, "日期写错的一行", "张卫东", "住建", "", "下个月吧"),
                Sheets.row(4, source, "", "张卫东", "住建", "", "2026-06-30"),
                Sheets.row(5, source, "合并来源的一行", "张卫东", "住建", "", "2026-06-30"),
                Sheets.row(6, "", "合并来源的另一行", "张卫东", "住建", "", "2026-06-30")),
                sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("B7:B8")));

        ImportResult result = importer.importFile("错误.xlsx", file, user("duchashi"));

        assertThat(result.ok()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).contains(
                tuple(4, "牵头单位"), tuple(4, "协办单位"),
                tuple(5, "完成时限"), tuple(6, "任务内容"),
                tuple(7, "任务来源"));
        assertThat(reasons(result)).anyMatch(r -> r.contains("找不到单位「不存在局」"))
                .anyMatch(r -> r.contains("没有这个办"))
                .anyMatch(r -> r.contains("无法识别的日期「下个月吧」"))
                .anyMatch(r -> r.equals("任务内容不能为空"))
                .anyMatch(r -> r.contains("B7:B8") && r.contains("合并单元格"));
        assertThat(countDirectives(source)).isZero();
    }

    @Test
    void theRefusedFilePageShowsTheTableOfRowColumnAndReason() throws Exception {
        byte[] file = Sheets.ledger(List.of(
                Sheets.row(1, "错误页面测试讲话", "单位写错的一行", "张卫东", "不存在局", "", "2026-06-30")));
        MvcResult result = upload("duchashi", file);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("未导入任何数据").contains("data-testid=\"import-errors\"")
                .containsPattern("<td>3</td>\\s*<td>牵头单位</td>\\s*<td>找不到单位「不存在局」");
        assertThat(countDirectives("错误页面测试讲话")).isZero();
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTimeAndSaysEachRowAlreadyExists() {
        String source = "重复导入测试讲话";
        byte[] file = Sheets.ledger(List.of(
                Sheets.row(1, source, "重复导入任务甲", "张卫东", "住建", "财政", "2026-06-30"),
                Sheets.row(2, source, "重复导入任务乙\n任务说明", "", "区发展和改革委员会", "", "2026年9月30日")));

        ImportResult first = importer.importFile("a.xlsx", file, user("duchashi"));
        assertThat(first.problems()).isEmpty();
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.newDirectives()).containsExactly(source);

        ImportResult second = importer.importFile("a.xlsx", file, user("duchashi"));
        assertThat(second.imported()).isZero();
        assertThat(second.skipped()).isEqualTo(2);
        assertThat(second.newDirectives()).isEmpty();
        assertThat(second.outcomes()).extracting(ImportResult.RowOutcome::outcome).containsOnly("已存在，跳过");
        assertThat(countDirectives(source)).isEqualTo(1);
        assertThat(taskSummaries(directiveId(source))).hasSize(2);
    }

    @Test
    void aRowRepeatedInTheSameFileIsImportedOnce() {
        String source = "文件内重复测试讲话";
        byte[] file = Sheets.ledger(List.of(
                Sheets.row(1, source, "文件内重复任务", "张卫东", "住建", "", "2026-06-30"),
                Sheets.row(2, source, "文件内重复任务", "张卫东", "住建", "", "2026-06-30")));
        ImportResult result = importer.importFile("a.xlsx", file, user("duchashi"));
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.outcomes().get(1).outcome()).isEqualTo("与第3行相同，跳过");
    }

    @Test
    void blankRowsAreSkippedAndEveryCommonWayOfWritingTheDeadlineIsRead() {
        String source = "日期格式测试讲话";
        int year = TestClock.today().getYear();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Sheets.row(1, source, "Excel日期", "张卫东", "住建", "", LocalDate.of(2026, 6, 30)));
        rows.add(null);
        rows.add(Sheets.row(2, source, "序列号", "张卫东", "住建", "", 46203)); // 2026-06-30 as an Excel serial
        rows.add(Sheets.row(3, source, "横线", "张卫东", "住建", "", "2026-06-30"));
        rows.add(Sheets.row(4, source, "中文", "张卫东（副区长）", "住建", "", "2026年6月30日"));
        rows.add(null);
        rows.add(Sheets.row(5, source, "斜线", "张卫东", "住建", "", "2026/6/30"));
        rows.add(Sheets.row(6, source, "月底", "张卫东", "住建", "", "6月底"));
        ImportResult result = importer.importFile("dates.xlsx", Sheets.ledger(rows), user("duchashi"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.blankRows()).isEqualTo(2);
        assertThat(result.imported()).isEqualTo(6);
        List<String> deadlines = jdbc.sql("""
                select t.title || '=' || t.deadline from task t join directive d on d.id = t.directive_id
                where d.title = ? order by t.title""").param(source).query(String.class).list();
        assertThat(deadlines).containsExactlyInAnyOrder("Excel日期=2026-06-30", "序列号=2026-06-30",
                "横线=2026-06-30", "中文=2026-06-30", "斜线=2026-06-30", "月底=" + year + "-06-30");
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedByItsContentWhateverItsName() throws Exception {
        assertRefused("这不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8), "不是 Excel（.xlsx）文件");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0}, "另存为 .xlsx");
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes());
        }
        assertRefused(zip.toByteArray(), "[Content_Types].xml");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(Sheets.ledger(List.of()), 10 * 1024 * 1024 + 1);
        assertRefused(big, "超过 10 MB");
    }

    @Test
    void aUnitUserCannotImportNorEvenOpenTheImportPage() throws Exception {
        assertThat(mvc.perform(get("/tasks/import").with(httpBasic("zhujian", Api.DEMO_PASSWORD))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        byte[] file = Sheets.ledger(List.of(
                Sheets.row(1, "单位用户导入测试讲话", "单位用户导入的任务", "张卫东", "住建", "", "2026-06-30")));
        assertThat(upload("zhujian", file).getResponse().getStatus()).isEqualTo(403);
        assertThat(countDirectives("单位用户导入测试讲话")).isZero();
        assertThat(mvc.perform(get("/tasks/import/template").with(httpBasic("zhujian", Api.DEMO_PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theBlankTemplateHasTheHeadersAndImportsAsAnEmptyFile() throws Exception {
        MvcResult r = mvc.perform(get("/tasks/import/template").with(httpBasic("duchashi", Api.DEMO_PASSWORD)))
                .andReturn();
        assertThat(r.getResponse().getContentType()).isEqualTo(LedgerExcelController.XLSX);
        byte[] template = r.getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = Sheets.open(template)) {
            assertThat(headers(wb.getSheetAt(0).getRow(1))).containsExactlyElementsOf(Sheets.EXPORT_HEADERS);
        }
        ImportResult result = importer.importFile("模板.xlsx", template, user("duchashi"));
        assertThat(reasons(result)).containsExactly("表头下没有任何数据行");
    }

    @Test
    void anImportSentByHtmxRunsInTheBackgroundAndThePagePollsUntilItShowsTheResult() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(Sheets.row(i, "后台导入测试讲话", "后台导入任务" + i, "张卫东", "住建", "财政", "2026-06-30"));
        }
        MvcResult started = mvc.perform(multipart("/tasks/import").file(new MockMultipartFile("file", "后台.xlsx",
                LedgerExcelController.XLSX, Sheets.ledger(rows))).header("HX-Request", "true")
                .with(httpBasic("duchashi", Api.DEMO_PASSWORD))).andReturn();
        assertThat(started.getResponse().getStatus()).isEqualTo(200);
        String page = started.getResponse().getContentAsString();
        java.util.regex.Matcher job = java.util.regex.Pattern.compile("/tasks/import/jobs/([0-9a-f-]{36})").matcher(page);
        long deadline = System.currentTimeMillis() + 60_000;
        while (job.find() && System.currentTimeMillis() < deadline) {
            assertThat(page).contains("hx-trigger=\"every 1s\"").contains("data-testid=\"import-progress\"");
            Thread.sleep(200);
            page = mvc.perform(get(job.group()).header("HX-Request", "true")
                    .with(httpBasic("duchashi", Api.DEMO_PASSWORD))).andReturn().getResponse().getContentAsString();
            job = java.util.regex.Pattern.compile("/tasks/import/jobs/([0-9a-f-]{36})").matcher(page);
        }
        assertThat(page).contains("新导入 40 项任务").doesNotContain("every 1s");
        assertThat(taskSummaries(directiveId("后台导入测试讲话"))).hasSize(40);
    }

    @Test
    void aBackgroundImportIsVisibleOnlyToWhoeverStartedIt() {
        byte[] file = Sheets.ledger(List.of(Sheets.row(1, "后台归属测试讲话", "后台归属任务", "", "住建", "", "6月底")));
        ImportJobs.Job job = jobs.submit("a.xlsx", file, user("duchashi"));
        assertThat(jobs.get(job.id(), user("duchashi"))).isSameAs(job);
        assertThatThrownBy(() -> jobs.get(job.id(), user("admin")))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private long createTask(long directive, String title, String unit, String leader, String deadline,
            List<String> coUnits) {
        Map<String, Object> body = fixture.taskBody(title, unit);
        body.put("leadLeaderId", fixture.leaderId(leader));
        body.put("deadline", deadline);
        body.put("coUnitIds", coUnits.stream().map(fixture::unitId).toList());
        Api.Response r = supervisor.post("/api/directives/" + directive + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    private byte[] export(String user, String query) throws Exception {
        MvcResult r = mvc.perform(get("/tasks/export?" + query).with(httpBasic(user, Api.DEMO_PASSWORD))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo(LedgerExcelController.XLSX);
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        return r.getResponse().getContentAsByteArray();
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, Api.DEMO_PASSWORD))).andReturn().getResponse()
                .getContentAsString();
    }

    private MvcResult upload(String user, byte[] file) throws Exception {
        return mvc.perform(multipart("/tasks/import").file(new MockMultipartFile("file", "台账.xlsx",
                LedgerExcelController.XLSX, file)).with(httpBasic(user, Api.DEMO_PASSWORD))).andReturn();
    }

    private void assertRefused(byte[] file, String reason) throws Exception {
        MvcResult r = upload("duchashi", file);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsString()).contains(reason).contains("未导入任何数据");
    }

    /** 任务内容 of each data row, first line only. */
    private static List<String> contents(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = Sheets.open(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> out = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                out.add(sheet.getRow(r).getCell(2).getStringCellValue().split("\n")[0]);
            }
            return out;
        }
    }

    private static List<String> headers(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(f.formatCellValue(c)));
        return out;
    }

    private static List<String> reasons(ImportResult result) {
        return result.problems().stream().map(ImportProblem::reason).toList();
    }

    /** Each task of the directive as "title|description|unit|co-units|leader|deadline|status", sorted. */
    private List<String> taskSummaries(long directive) {
        List<String> out = new ArrayList<>();
        supervisor.get("/api/tasks?size=200&directiveId=" + directive).body().get("rows").forEach(t -> {
            JsonNode full = supervisor.get("/api/tasks/" + t.get("id").asLong()).body();
            out.add(String.join("|", t.get("title").asString(), full.get("description").asString(),
                    t.get("leadUnitName").asString(), String.valueOf(t.get("coUnitNames")), t.get("leaderName").asString(),
                    t.get("deadline").asString(), t.get("status").asString()));
        });
        out.sort(null);
        return out;
    }

    private long directiveId(String title) {
        return jdbc.sql("select id from directive where title = ?").param(title).query(Long.class).single();
    }

    private long countDirectives(String title) {
        return jdbc.sql("select count(*) from directive where title = ?").param(title).query(Long.class).single();
    }

    private CurrentUser user(String username) {
        var a = org.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
    }
}
