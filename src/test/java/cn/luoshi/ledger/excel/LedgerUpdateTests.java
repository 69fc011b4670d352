package cn.luoshi.ledger.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
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

/**
 * Issue 12: an exported 台账, edited and uploaded again, updates its tasks — a preview of field: old → new first (nothing
 * written), then 确认写入 writes everything or nothing, audited per task, the lead unit told; tasks changed since the
 * export are conflicts; only the 督查室 imports, and a preview belongs to whoever uploaded it.
 */
@LuoshiIntegrationTest
class LedgerUpdateTests {

    static final int CONTENT = 2;
    static final int LEADER = 3;
    static final int LEAD_UNIT = 4;
    static final int CO_UNITS = 5;
    static final int DEADLINE = 6;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    LedgerFixture fixture;
    Api office;
    String tag;

    // Fixture deadlines relative to the test clock (never today's date): the tasks' own, one earlier, three later.
    final String EARLIER = TestClock.today().plusDays(20).toString();
    final String END = TestClock.today().plusDays(40).toString();
    final String LATER1 = TestClock.today().plusDays(70).toString();
    final String LATER2 = TestClock.today().plusDays(100).toString();
    final String LATER3 = TestClock.today().plusDays(130).toString();

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long createTask(long directive, String title, String unit, String deadline) {
        Map<String, Object> body = fixture.taskBody(title + tag, unit);
        body.put("deadline", deadline);
        Api.Response r = office.post("/api/directives/" + directive + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    XSSFWorkbook export(long directive) throws Exception {
        MvcResult r = mvc.perform(get("/tasks/export?directiveId=" + directive)
                .with(as("duchashi"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Sheets.open(r.getResponse().getContentAsByteArray());
    }

    /** The data row of the task (by its 任务编号 in column 13). */
    static Row rowOf(XSSFSheet sheet, long taskId) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Cell id = sheet.getRow(r).getCell(12);
            if (id != null && (long) id.getNumericCellValue() == taskId) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for task " + taskId);
    }

    /** The export writes inline strings: a new cell is the sure way to edit one. */
    static void set(Row row, int column, String value) {
        Cell old = row.getCell(column);
        var style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    MvcResult upload(String user, byte[] file) throws Exception {
        return mvc.perform(multipart("/tasks/import").file(new MockMultipartFile("file", "台账修改.xlsx",
                LedgerExcelController.XLSX, file)).with(as(user)).with(csrf())).andReturn();
    }

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andReturn().getResponse()
                .getContentAsString();
    }

    MvcResult confirm(String user, String previewUrl) throws Exception {
        return mvc.perform(post(previewUrl + "/confirm").with(as(user)).with(csrf()))
                .andReturn();
    }

    String deadline(long task) {
        return office.get("/api/tasks/" + task).body().get("deadline").asString();
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void anEditedExportIsPreviewedFieldByFieldNothingWrittenThenConfirmedAllTogether() throws Exception {
        long d = fixture.directive("台账更新测试" + tag);
        long a = createTask(d, "更新测试甲", "住建", END);
        long b = createTask(d, "更新测试乙", "发改", END);
        long same = createTask(d, "更新测试不变", "住建", END);
        XSSFWorkbook wb = export(d);
        XSSFSheet sheet = wb.getSheetAt(0);
        set(rowOf(sheet, a), DEADLINE, LATER3);
        set(rowOf(sheet, a), LEADER, "李明华");
        set(rowOf(sheet, b), CO_UNITS, "财政、科技");
        set(rowOf(sheet, b), CONTENT, "更新测试乙（改名）" + tag + "\n目标：10个项目（今年）\n测试任务内容");
        // A row without 任务编号 is a new task.
        Row extra = sheet.createRow(sheet.getLastRowNum() + 1);
        extra.createCell(1).setCellValue("台账更新测试" + tag);
        extra.createCell(2).setCellValue("更新测试新增" + tag);
        extra.createCell(4).setCellValue("住建");
        extra.createCell(6).setCellValue(EARLIER);

        MvcResult r = upload("duchashi", Sheets.bytes(wb));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String preview = r.getResponse().getRedirectedUrl();
        assertThat(preview).startsWith("/tasks/import/preview/");

        String html = page("duchashi", preview);
        assertThat(html).contains("将修改 2 项任务（共 4 处），1 项无变化，新增 1 项任务")
                .contains("更新测试新增" + tag).contains("确认写入");
        assertThat(html.replaceAll("\\s+", " ")).contains("完成时限</td>")
                .contains(">" + END + "</td>").contains(">" + LATER3 + "</span>")
                .contains(">张卫东</td>").contains(">李明华</span>")
                .contains(">财政</td>").contains(">财政、科技</span>")
                .contains(">更新测试乙" + tag + "</td>").contains(">更新测试乙（改名）" + tag + "</span>");
        // Nothing is written before 确认.
        assertThat(deadline(a)).isEqualTo(END);
        assertThat(count("select count(*) from audit_entry where task_id in (?, ?) and summary like '台账导入%'", a, b))
                .isZero();
        assertThat(count("select count(*) from task where title = ?", "更新测试新增" + tag)).isZero();

        MvcResult done = confirm("duchashi", preview);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/tasks/import");
        assertThat(done.getFlashMap().get("flash")).isEqualTo("已写入：更新2项任务（4处修改），新增1项任务。");
        assertThat(deadline(a)).isEqualTo(LATER3);
        assertThat(office.get("/api/tasks/" + a).body().get("leadLeaderId").asLong())
                .isEqualTo(fixture.leaderId("李明华"));
        assertThat(office.get("/api/tasks/" + b).body().get("title").asString()).isEqualTo("更新测试乙（改名）" + tag);
        assertThat(count("select count(*) from task_co_unit where task_id = ?", b)).isEqualTo(2);
        assertThat(count("select count(*) from task where title = ?", "更新测试新增" + tag)).isEqualTo(1);
        // One audit line per changed task, saying what changed; the unchanged task untouched.
        assertThat(count("select count(*) from audit_entry where task_id = ? and summary = ?", a,
                "台账导入修改任务「更新测试甲" + tag + "」：牵头领导：张卫东 → 李明华；完成时限：" + END + " → " + LATER3))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where task_id = ? and summary like '台账导入%'", same))
                .isZero();
        // The lead units are told at once.
        assertThat(count("select count(*) from reminder where cause = 'TASK_UPDATED' and subject_id = ? and unit_id = ?"
                + " and body like '%" + LATER3 + "%'", a, fixture.unitId("住建"))).isEqualTo(1);
        assertThat(count("select count(*) from reminder where cause = 'TASK_UPDATED' and subject_id = ? and unit_id = ?",
                b, fixture.unitId("发改"))).isEqualTo(1);
        // 科技, newly a 协办单位 of 乙, is told as well; 财政 (already one) is not.
        assertThat(count("select count(*) from reminder where cause = 'CO_UNIT_ADDED' and subject_id = ? and unit_id = ?",
                b, fixture.unitId("科技"))).isEqualTo(1);
        assertThat(count("select count(*) from reminder where cause = 'CO_UNIT_ADDED' and subject_id = ?", b))
                .isEqualTo(1);
        // The preview is used up.
        assertThat(mvc.perform(get(preview).with(as("duchashi"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void tasksChangedSinceTheExportAreConflictsAndErrorsAreListedAndNothingCanBeConfirmed() throws Exception {
        long d = fixture.directive("台账冲突测试" + tag);
        long a = createTask(d, "冲突测试甲", "住建", END);
        long b = createTask(d, "冲突测试乙", "住建", END);
        long c = createTask(d, "冲突测试丙", "住建", END);
        XSSFWorkbook wb = export(d);
        XSSFSheet sheet = wb.getSheetAt(0);
        set(rowOf(sheet, a), DEADLINE, LATER1);
        set(rowOf(sheet, b), LEAD_UNIT, "不存在局");
        set(rowOf(sheet, c), DEADLINE, LATER2);
        // Someone edits 甲 after the export.
        Map<String, Object> edit = fixture.taskBody("冲突测试甲" + tag, "住建");
        edit.put("deadline", EARLIER);
        edit.put("version", office.get("/api/tasks/" + a).body().get("version").asInt());
        assertThat(office.put("/api/tasks/" + a, edit).status()).isEqualTo(200);

        String preview = upload("duchashi", Sheets.bytes(wb)).getResponse().getRedirectedUrl();
        String html = page("duchashi", preview);
        assertThat(html).contains("冲突（导出后已被修改，不会覆盖）").contains("导出后该任务已被修改")
                .contains("找不到单位「不存在局」").contains("有错误或冲突时不能写入").doesNotContain("data-testid=\"preview-confirm\"");
        MvcResult refused = confirm("duchashi", preview);
        assertThat(refused.getFlashMap().get("previewError")).isEqualTo("文件有错误或冲突，不能写入；请修改后重新上传");
        assertThat(deadline(a)).isEqualTo(EARLIER);
        assertThat(deadline(c)).isEqualTo(END);
    }

    @Test
    void aTaskChangedBetweenPreviewAndConfirmRollsBackTheWholeFile() throws Exception {
        long d = fixture.directive("台账确认前修改" + tag);
        long a = createTask(d, "确认前甲", "住建", END);
        long b = createTask(d, "确认前乙", "住建", END);
        XSSFWorkbook wb = export(d);
        XSSFSheet sheet = wb.getSheetAt(0);
        set(rowOf(sheet, a), DEADLINE, LATER1);
        set(rowOf(sheet, b), DEADLINE, LATER2);
        String preview = upload("duchashi", Sheets.bytes(wb)).getResponse().getRedirectedUrl();
        assertThat(page("duchashi", preview)).contains("data-testid=\"preview-confirm\"");
        // 乙 changes after the preview was shown.
        jdbc.sql("update task set version = version + 1 where id = ?").param(b).update();

        MvcResult r = confirm("duchashi", preview);
        assertThat(String.valueOf(r.getFlashMap().get("previewError"))).contains("「确认前乙" + tag + "」在预览后已被他人修改，全部未写入");
        assertThat(deadline(a)).as("甲 was written first, then rolled back").isEqualTo(END);
        assertThat(count("select count(*) from audit_entry where task_id = ? and summary like '台账导入%'", a)).isZero();
        assertThat(count("select count(*) from reminder where cause = 'TASK_UPDATED' and subject_id = ?", a)).isZero();
    }

    @Test
    void onlyTheOfficeImportsAndAPreviewBelongsToItsUploader() throws Exception {
        long d = fixture.directive("台账预览归属" + tag);
        long a = createTask(d, "归属甲", "住建", END);
        XSSFWorkbook wb = export(d);
        set(rowOf(wb.getSheetAt(0), a), DEADLINE, LATER1);
        byte[] file = Sheets.bytes(wb);
        for (String u : List.of("zhujian", "lingdao", "fagai")) {
            assertThat(upload(u, file).getResponse().getStatus()).as(u).isEqualTo(403);
        }
        String preview = upload("duchashi", file).getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(preview).with(as("admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(confirm("admin", preview).getResponse().getStatus()).isEqualTo(404);
        assertThat(confirm("zhujian", preview).getResponse().getStatus()).isEqualTo(403);
        assertThat(deadline(a)).isEqualTo(END);
        // 取消: nothing written, the preview is gone.
        mvc.perform(post(preview + "/cancel").with(as("duchashi")).with(csrf())).andReturn();
        assertThat(confirm("duchashi", preview).getResponse().getStatus()).isEqualTo(404);
        assertThat(deadline(a)).isEqualTo(END);
    }
}
