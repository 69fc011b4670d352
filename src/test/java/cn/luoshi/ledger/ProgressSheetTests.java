package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 12: the Excel round trip of progress — export the 报送表, fill it offline, import it: all or nothing, problems
 * by row and column in Chinese, rows changed in Luoshi since the export refused as conflicts, each report audited.
 */
@LuoshiIntegrationTest
class ProgressSheetTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;
    String tag;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    long accepted(String title, String unit, String unitUser) {
        long id = fixture.task(title + tag, unit).id();
        fixture.accept(id, unitUser);
        return id;
    }

    XSSFWorkbook export(String username) throws Exception {
        byte[] bytes = Api.as(port, username).download("/tasks/progress-sheet.xlsx?text=" + tag).body();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static Row row(Sheet s, long taskId) {
        for (int r = ProgressSheet.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && (long) row.getCell(ProgressSheet.ID).getNumericCellValue() == taskId) {
                return row;
            }
        }
        throw new AssertionError("no row for task " + taskId);
    }

    static void fill(Sheet s, long taskId, Object cumulative, String narrative) {
        Row row = row(s, taskId);
        if (cumulative instanceof Number n) {
            row.getCell(ProgressSheet.CUMULATIVE).setCellValue(n.doubleValue());
        } else {
            row.getCell(ProgressSheet.CUMULATIVE).setCellValue(String.valueOf(cumulative));
        }
        row.getCell(ProgressSheet.NARRATIVE).setCellValue(narrative);
    }

    MvcResult upload(String username, XSSFWorkbook wb, String name) throws Exception {
        var out = new ByteArrayOutputStream();
        wb.write(out);
        return mvc.perform(multipart("/tasks/progress-sheet")
                .file(new MockMultipartFile("file", name, "application/octet-stream", out.toByteArray()))
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    long reports(long taskId) {
        return jdbc.sql("select count(*) from progress_report where task_id = ?").param(taskId).query(Long.class)
                .single();
    }

    @Test
    void aFilledSheetBecomesOneAuditedReportPerFilledRow() throws Exception {
        long a = accepted("报送表甲", "住建", "zhujian");
        long b = accepted("报送表乙", "住建", "zhujian");
        try (XSSFWorkbook wb = export("zhujian")) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(s.getRow(ProgressSheet.HEADER_ROW).getCell(ProgressSheet.STAMP)))
                    .isEqualTo("数据版本");
            assertThat(f.formatCellValue(row(s, a).getCell(3))).isEqualTo("报送表甲" + tag);
            fill(s, a, 4, "已完成4个项目的前期手续");
            row(s, a).getCell(ProgressSheet.COORDINATION).setCellValue("是");
            // b left blank: not reported.
            MvcResult r = upload("zhujian", wb, "报送表.xlsx");
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            ProgressSheet.Outcome o = (ProgressSheet.Outcome) r.getModelAndView().getModel().get("outcome");
            assertThat(o.ok()).as("%s", o.problems()).isTrue();
            assertThat(o.reported()).isEqualTo(1);
            assertThat(o.skipped()).isGreaterThanOrEqualTo(1);
        }
        Map<String, Object> report = jdbc.sql("select reported_on, cumulative, narrative, needs_coordination "
                + "from progress_report where task_id = ?").param(a).query().singleRow();
        assertThat(report.get("reported_on").toString()).isEqualTo(TestClock.today().toString());
        assertThat(((java.math.BigDecimal) report.get("cumulative")).intValue()).isEqualTo(4);
        assertThat(report.get("narrative")).isEqualTo("已完成4个项目的前期手续");
        assertThat(report.get("needs_coordination")).isEqualTo(true);
        assertThat(reports(b)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where task_id = ? and summary = '报送进展'").param(a)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRowChangedInLuoshiSinceTheExportIsAConflictAndNothingIsWritten() throws Exception {
        long a = accepted("冲突甲", "住建", "zhujian");
        long b = accepted("冲突乙", "住建", "zhujian");
        try (XSSFWorkbook wb = export("zhujian")) {
            // Meanwhile someone reports on b in Luoshi.
            Api.Response r = Api.as(port, "zhujian").post("/api/tasks/" + b + "/reports", Map.of(
                    "reportedOn", TestClock.today().toString(), "cumulative", 2, "narrative", "系统内报送"));
            assertThat(r.status()).as(r.raw()).isEqualTo(201);
            Sheet s = wb.getSheetAt(0);
            fill(s, a, 3, "离线填写甲");
            fill(s, b, 5, "离线填写乙");
            MvcResult result = upload("zhujian", wb, "报送表.xlsx");
            assertThat(result.getResponse().getStatus()).isEqualTo(422);
            ProgressSheet.Outcome o = (ProgressSheet.Outcome) result.getModelAndView().getModel().get("outcome");
            assertThat(o.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(row(s, b).getRowNum() + 1);
                assertThat(p.column()).isEqualTo("数据版本");
                assertThat(p.message()).startsWith("冲突：「冲突乙" + tag + "」在导出后已在系统中报送了新的进展")
                        .endsWith("本行未导入，请重新导出后填写");
            });
        }
        // All or nothing: the good row a was not written either.
        assertThat(reports(a)).isZero();
        assertThat(reports(b)).isEqualTo(1);
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnInChinese() throws Exception {
        long a = accepted("坏行甲", "住建", "zhujian");
        long b = accepted("坏行乙", "住建", "zhujian");
        long c = accepted("坏行丙", "住建", "zhujian");
        long other = accepted("他单位任务", "发改", "fagai");
        try (XSSFWorkbook wb = export("zhujian")) {
            Sheet s = wb.getSheetAt(0);
            fill(s, a, "三个", "进展");
            fill(s, b, 2, "");
            fill(s, c, 1, "进展");
            row(s, c).getCell(ProgressSheet.COORDINATION).setCellValue("需要");
            Row foreign = s.createRow(s.getLastRowNum() + 1);
            foreign.createCell(ProgressSheet.ID).setCellValue(other);
            foreign.createCell(ProgressSheet.STAMP).setCellValue("v1-r0");
            foreign.createCell(ProgressSheet.CUMULATIVE).setCellValue(1);
            foreign.createCell(ProgressSheet.NARRATIVE).setCellValue("冒报");
            MvcResult result = upload("zhujian", wb, "报送表.xlsx");
            assertThat(result.getResponse().getStatus()).isEqualTo(422);
            ProgressSheet.Outcome o = (ProgressSheet.Outcome) result.getModelAndView().getModel().get("outcome");
            assertThat(o.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.message()).containsExactly(
                    (row(s, a).getRowNum() + 1) + " 本次累计完成 「三个」不是数字",
                    (row(s, b).getRowNum() + 1) + " 具体进展 具体进展不能为空",
                    (row(s, c).getRowNum() + 1) + " 需领导协调（是/否） 请填“是”或“否”，不是「需要」",
                    (foreign.getRowNum() + 1) + " 任务ID 任务" + other + "不存在或不在您的范围内");
        }
        assertThat(reports(a) + reports(b) + reports(c) + reports(other)).isZero();
        // Not a sheet at all.
        MvcResult notXlsx = mvc.perform(multipart("/tasks/progress-sheet")
                .file(new MockMultipartFile("file", "进展.txt", "text/plain", "hello".getBytes()))
                .with(user(users.loadUserByUsername("zhujian"))).with(csrf())).andReturn();
        assertThat(notXlsx.getResponse().getStatus()).isEqualTo(422);
        assertThat(notXlsx.getModelAndView().getModel().get("fileError").toString()).contains(".xlsx");
        // The same sheet imported twice: the second time every row is a conflict (no double reports).
        try (XSSFWorkbook wb = export("zhujian")) {
            fill(wb.getSheetAt(0), c, 1, "一次");
            var out = new ByteArrayOutputStream();
            wb.write(out);
            for (int i = 0; i < 2; i++) {
                MvcResult r = mvc.perform(multipart("/tasks/progress-sheet")
                        .file(new MockMultipartFile("file", "报送表.xlsx", "application/octet-stream", out.toByteArray()))
                        .with(user(users.loadUserByUsername("zhujian"))).with(csrf())).andReturn();
                assertThat(r.getResponse().getStatus()).isEqualTo(i == 0 ? 200 : 422);
            }
        }
        assertThat(reports(c)).isEqualTo(1);
    }
}
