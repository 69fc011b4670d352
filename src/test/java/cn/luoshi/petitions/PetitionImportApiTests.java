package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The import page (xlsx in the office's layout → cases and visits, atomic, errors by row and column, size and type
 * checked, personal data sealed, audited, no duplicates) and the read-only JSON API (statistics and cases, scoped and
 * masked as the pages).
 */
@LuoshiIntegrationTest
class PetitionImportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    static final String[] HEADER = {"案件序号", "信访事项", "问题类别", "信访人姓名", "身份证号", "联系电话", "住址", "登记日期",
        "信访形式", "信访层级", "进京", "人数", "责任单位", "包案领导", "转送日期", "受理日期", "答复日期", "是否化解"};

    static byte[] workbook(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("信访件");
            Row h = s.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    MvcResult upload(String username, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/petitions/import").file(new MockMultipartFile("file", name,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes))
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aWorkbookInTheOfficesLayoutBecomesCasesAndVisitsSealedAndAudited() throws Exception {
        LocalDate d = TestClock.today().minusMonths(3);
        String d1 = d.toString();
        String d2 = d.plusDays(20).toString();
        byte[] file = workbook(
                new String[] {"A-1", "导入测试：工程款拖欠", "欠薪", "导入测试人甲", "990101198001010101", "19900009901",
                    "演示区导入路1号", d1, "来信", "区", "否", "1", "人社", "刘晓燕", d1, d.plusDays(2).toString(),
                    d.plusDays(30).toString(), "是"},
                new String[] {"A-1", "", "", "", "", "", "", d2, "来访", "市", "否", "3"},
                new String[] {"A-2", "导入测试：返租纠纷", "返租", "导入测试人乙", "99010119800101020X", "", "", d2, "网上",
                    "国家局", "否", "1"});
        long cases = count("select count(*) from petition_case");
        long audits = count("select count(*) from audit_entry where summary like '导入信访件表%'");
        MvcResult r = upload("xinfang", "信访台账.xlsx", file);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("flash")).isEqualTo("已导入2件、3件次（信访人信息已加密保存）");
        assertThat(count("select count(*) from petition_case")).isEqualTo(cases + 2);
        long a1 = count("select id from petition_case where title = '导入测试：工程款拖欠'");
        assertThat(count("select count(*) from petition_visit where case_id = ?", a1)).isEqualTo(2);
        assertThat(jdbc.sql("select level from petition_case where id = ?").param(a1).query(String.class).single())
                .isEqualTo("CITY");
        assertThat(count("select sum(people) from petition_visit where case_id = ?", a1)).isEqualTo(4);
        // sealed: the name is nowhere in clear
        assertThat(count("select count(*) from petition_person where name_sealed like '%导入测试人甲%' "
                + "or id_number_sealed like '%990101198001010101%'")).isZero();
        assertThat(count("select count(*) from audit_entry where summary like '导入信访件表%'")).isEqualTo(audits + 1);
        // the case is counted in the cells at once
        assertThat(count("select coalesce(sum(registrations), 0) from petition_cell where month = ? and level = 'NATION'"
                + " and channel = 'ONLINE'", d.plusDays(20).withDayOfMonth(1))).isGreaterThanOrEqualTo(1);

        // the same file again: refused as duplicates, nothing written
        MvcResult again = upload("xinfang", "信访台账.xlsx", file);
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("不能重复导入").contains("整份文件都没有写入");
        assertThat(count("select count(*) from petition_case")).isEqualTo(cases + 2);
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        String today = TestClock.today().toString();
        String future = TestClock.today().plusDays(3).toString();
        byte[] file = workbook(
                new String[] {"B-1", "导入错误测试", "不存在的类别", "错误测试人", "12345", "", "", today, "传真", "区"},
                new String[] {"B-1", "", "", "", "", "", "", future, "来信", "区", "也许", "0"},
                new String[] {"B-2", "导入错误测试二", "欠薪", "错误测试人二", "990101198001010303", "", "", today, "来信",
                    "省"},
                new String[] {"B-2", "", "", "", "", "", "", TestClock.today().plusDays(0).toString(), "来信", "区"},
                new String[] {"", "", "", "", "", "", "", "不是日期", "来信", "区"});
        long cases = count("select count(*) from petition_case");
        MvcResult r = upload("xinfang", "错误.xlsx", file);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        String page = r.getResponse().getContentAsString();
        assertThat(page).contains("第2行「问题类别」：没有名为“不存在的类别”的问题类别")
                .contains("第2行「身份证号」：身份证号应为18位")
                .contains("第2行「信访形式」：未知的信访形式：传真")
                .contains("第3行「登记日期」：日期" + future + "晚于今天")
                .contains("第3行「进京」：请填写“是”或“否”")
                .contains("第3行「人数」：应在1到10000之间")
                .contains("第5行「信访层级」：区低于同一件较早的第4行（省），层级不能下降")
                .contains("第6行「案件序号」：不能为空")
                .contains("第6行「登记日期」：“不是日期”不是日期");
        assertThat(count("select count(*) from petition_case")).isEqualTo(cases);
    }

    @Test
    void onlyXlsxUpToTheLimitAndOnlyTheOfficeMayImport() throws Exception {
        MvcResult text = upload("xinfang", "台账.xlsx", "姓名,身份证\n张三,1".getBytes());
        assertThat(text.getResponse().getContentAsString()).contains("只能导入 Excel（.xlsx）工作簿");
        MvcResult xls = upload("xinfang", "台账.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertThat(xls.getResponse().getContentAsString()).contains("不支持旧版 .xls 文件");
        byte[] big = new byte[PetitionSheet.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertThat(upload("xinfang", "大.xlsx", big).getResponse().getContentAsString()).contains("文件超过 5 MB 的上限");
        assertThat(upload("renshe", "台账.xlsx", workbook()).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/petitions/import").with(user(users.loadUserByUsername("renshe")))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        MvcResult template = mvc.perform(get("/petitions/import/template.xlsx")
                .with(user(users.loadUserByUsername("xinfang")))).andReturn();
        assertThat(template.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void theApiIsScopedAndMaskedLikeThePages() throws Exception {
        LocalDate today = TestClock.startDate();
        int y = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        String month = YearMonth.of(y, 6).toString();
        String stats = mvc.perform(get("/api/petitions/stats").param("month", month).param("level", "NATION")
                .with(user(users.loadUserByUsername("duchashi")))).andReturn().getResponse().getContentAsString();
        assertThat(stats).contains("\"cumulative\":2185").contains("\"cumulativeLastYear\":470")
                .contains("截至6月底，到国家局信访量2185件人次，同比上升364.89%");
        assertThat(mvc.perform(get("/api/petitions/stats").with(user(users.loadUserByUsername("renshe"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String published = mvc.perform(get("/api/petitions/stats").param("month", month).param("published", "true")
                .with(user(users.loadUserByUsername("duchashi")))).andReturn().getResponse().getContentAsString();
        assertThat(published).contains("\"published\":true");
        assertThat(mvc.perform(get("/api/petitions/stats").param("month", "2026-13")
                .with(user(users.loadUserByUsername("duchashi")))).andReturn().getResponse().getStatus())
                .isEqualTo(400);

        // the list: the office sees all, a responsible unit only its own; no personal data in rows
        long all = count("select count(*) from petition_case");
        String office = mvc.perform(get("/api/petitions/cases").param("limit", "500")
                .with(user(users.loadUserByUsername("xinfang")))).andReturn().getResponse().getContentAsString();
        String unit = mvc.perform(get("/api/petitions/cases").param("limit", "500")
                .with(user(users.loadUserByUsername("renshe")))).andReturn().getResponse().getContentAsString();
        assertThat(office.split("\"caseNo\"").length - 1).isEqualTo((int) Math.min(500, all));
        long rensheCases = count("select count(*) from petition_case c join unit u on u.id = c.lead_unit_id "
                + "where u.short_name = '人社' or u.full_name like '%人力资源%'");
        assertThat(unit.split("\"caseNo\"").length - 1).isLessThan(office.split("\"caseNo\"").length - 1);
        assertThat(rensheCases).isPositive();

        // one case: masked for the unit, clear (and audited) for the office
        long id = jdbc.sql("select c.id from petition_case c join unit u on u.id = c.lead_unit_id "
                + "where u.short_name = '人社' and not c.accusation order by c.id desc limit 1").query(Long.class).single();
        long reads = count("select count(*) from audit_entry where action = 'READ' and entity_id = ?", id);
        String masked = mvc.perform(get("/api/petitions/cases/" + id).with(user(users.loadUserByUsername("renshe"))))
                .andReturn().getResponse().getContentAsString();
        String clear = mvc.perform(get("/api/petitions/cases/" + id).with(user(users.loadUserByUsername("xinfang"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(masked).contains("\"personalDataShown\":false").contains("*");
        assertThat(clear).contains("\"personalDataShown\":true");
        assertThat(count("select count(*) from audit_entry where action = 'READ' and entity_id = ?", id))
                .isEqualTo(reads + 1);
        assertThat(mvc.perform(get("/api/petitions/cases/" + id).with(user(users.loadUserByUsername("zhujian"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
