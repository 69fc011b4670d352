package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A task with several targets (今年要完成115个老旧小区改造……22个社区健身中心): all are kept, shown and audited; the first is
 * the primary one that progress and lights measure against.
 */
@LuoshiIntegrationTest
class TaskTargetsTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    LedgerFixture fixture;
    Api office;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
    }

    private static Map<String, Object> line(Object value, String unit, String object, String period) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("value", value);
        m.put("unit", unit);
        m.put("object", object);
        m.put("period", period);
        return m;
    }

    private static List<String> targets(JsonNode task) {
        return task.get("targets").valueStream().map(t -> t.get("value").decimalValue().stripTrailingZeros()
                .toPlainString() + t.get("unit").asString() + t.get("object").asString()).toList();
    }

    private Api.Response create(String title, Object moreTargets) {
        long d = fixture.directive("多目标测试-" + title);
        Map<String, Object> body = fixture.taskBody(title, "住建");
        body.put("targetValue", 115);
        body.put("targetObject", "老旧小区改造");
        body.put("moreTargets", moreTargets);
        return office.post("/api/directives/" + d + "/tasks", body);
    }

    @Test
    void everyTargetIsKeptInOrderAndTheFirstDrivesProgress() {
        Api.Response r = create("城市更新", List.of(line(22, "个", "社区健身中心", "今年"), line(5, "条", "精品特色街区", null)));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(targets(r.body())).containsExactly("115个老旧小区改造", "22个社区健身中心", "5条精品特色街区");
        assertThat(r.body().get("target").get("object").asString()).isEqualTo("老旧小区改造");
        assertThat(jdbc.sql("select seq from task_target where task_id = ? order by seq").param(r.id())
                .query(Integer.class).list()).containsExactly(2, 3);

        fixture.accept(r.id(), "zhujian");
        Api.Response report = Api.as(port, "zhujian").post("/api/tasks/" + r.id() + "/reports",
                Map.of("reportedOn", "2026-03-01", "cumulative", 23, "narrative", "完成23个小区"));
        assertThat(report.status()).as(report.raw()).isEqualTo(201);
        // 23 of the primary 115, not of 22 or 5
        assertThat(office.get("/api/tasks/" + r.id()).body().get("progressPercent").decimalValue())
                .isEqualByComparingTo("20");
    }

    @Test
    void changingTheTargetsIsAuditedWithAllOfThemBeforeAndAfter() {
        Api.Response r = create("留痕", List.of(line(22, "个", "社区健身中心", "今年")));
        Map<String, Object> body = fixture.taskBody("留痕", "住建");
        body.put("targetValue", 115);
        body.put("targetObject", "老旧小区改造");
        body.put("moreTargets", List.of(line(24, "个", "社区健身中心", "今年"), line(3, "所", "学校", null)));
        body.put("version", r.version());
        Api.Response updated = office.put("/api/tasks/" + r.id(), body);
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(targets(updated.body())).containsExactly("115个老旧小区改造", "24个社区健身中心", "3所学校");

        JsonNode last = office.get("/api/tasks/" + r.id() + "/history").body().get(0);
        assertThat(last.get("before").get("目标").asString()).isEqualTo("115个老旧小区改造（今年）；22个社区健身中心（今年）");
        assertThat(last.get("after").get("目标").asString())
                .isEqualTo("115个老旧小区改造（今年）；24个社区健身中心（今年）；3所学校");

        body.put("moreTargets", List.of());
        body.put("version", updated.version());
        Api.Response fewer = office.put("/api/tasks/" + r.id(), body);
        assertThat(targets(fewer.body())).containsExactly("115个老旧小区改造");
        assertThat(jdbc.sql("select count(*) from task_target where task_id = ?").param(r.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aFurtherTargetFollowsTheSameRulesAndABlankLineIsNoTarget() {
        Api.Response bad = create("校验", List.of(line(null, "个", "社区健身中心", null), line(-1, "", "学校", null),
                line(null, null, null, null)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("fields").valueStream().map(f -> f.get("field").asString() + " "
                + f.get("message").asString()).toList())
                .contains("moreTargets[0].value 请填写目标数值，不需要的目标请整行清空",
                        "moreTargets[1].value 目标数值不能为负数", "moreTargets[1].unit 请填写计量单位（如 个、亿元、%）");

        // With the first target left empty, the next one takes its place.
        long d = fixture.directive("多目标测试-补位");
        Map<String, Object> body = fixture.taskBody("补位", "住建");
        body.put("targetValue", null);
        body.put("targetUnit", null);
        body.put("targetObject", null);
        body.put("targetPeriod", null);
        body.put("moreTargets", List.of(line(null, null, null, null), line(8, "个", "城市游园", "今年")));
        Api.Response moved = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(201);
        assertThat(targets(moved.body())).containsExactly("8个城市游园");
    }

    @Test
    void theEditFormShowsEveryTargetAndSavesANewOneTypedOnTheBlankLine() throws Exception {
        Api.Response r = create("网页", List.of(line(22, "个", "社区健身中心", "今年")));
        var as = user(users.loadUserByUsername("duchashi"));
        String form = mvc.perform(get("/tasks/" + r.id() + "/edit").with(as)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"moreTargets[0].object\"").contains("value=\"社区健身中心\"")
                .contains("name=\"moreTargets[1].value\"");

        mvc.perform(post("/tasks/" + r.id()).with(as).with(csrf()).param("kind", "TASK").param("title", "网页")
                        .param("deadline", "2026-12-31").param("startDate", "2026-01-05")
                        .param("leadUnitId", String.valueOf(fixture.unitId("住建")))
                        .param("targetValue", "115").param("targetUnit", "个").param("targetObject", "老旧小区改造")
                        .param("moreTargets[0].value", "22").param("moreTargets[0].unit", "个")
                        .param("moreTargets[0].object", "社区健身中心")
                        .param("moreTargets[1].value", "3").param("moreTargets[1].unit", "所")
                        .param("moreTargets[1].object", "学校").param("moreTargets[1].period", "今年")
                        .param("version", String.valueOf(r.version())))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/tasks/" + r.id()).with(as)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("115个老旧小区改造（今年）").contains("22个社区健身中心").contains("3所学校（今年）")
                .contains("主要目标");

        String bad = mvc.perform(post("/tasks/" + r.id()).with(as).with(csrf()).param("kind", "TASK")
                        .param("title", "网页").param("deadline", "2026-12-31")
                        .param("targetValue", "115").param("targetUnit", "个")
                        .param("moreTargets[0].value", "22").param("moreTargets[0].unit", "")
                        .param("version", String.valueOf(r.version() + 1)))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("请填写计量单位").contains("is-invalid");
    }

    @Test
    void theExcelExportWritesEveryTargetAndTheImportReadsThemBack() throws Exception {
        Api.Response r = create("台账往返", List.of(line(22, "个", "社区健身中心", "今年")));
        long directive = r.body().get("directiveId").asLong();
        var as = user(users.loadUserByUsername("duchashi"));
        byte[] xlsx = mvc.perform(get("/tasks/export?directiveId=" + directive).with(as)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] copy;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = wb.getSheetAt(0).getRow(2);
            assertThat(row.getCell(2).getStringCellValue())
                    .isEqualTo("台账往返\n目标：115个老旧小区改造（今年）；22个社区健身中心（今年）\n测试任务内容");
            var style = row.getCell(1).getCellStyle();
            row.removeCell(row.getCell(1));
            row.createCell(1).setCellValue("多目标台账往返（导入副本）");
            row.getCell(1).setCellStyle(style);
            // Without 任务编号 and 数据版本 the row is a new task (with them, the file would update the original).
            row.removeCell(row.getCell(12));
            row.removeCell(row.getCell(13));
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            copy = out.toByteArray();
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "台账.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", copy))
                        .with(as).with(csrf()))
                .andExpect(status().isOk());
        long imported = jdbc.sql("select t.id from task t join directive d on d.id = t.directive_id where d.title = ?")
                .param("多目标台账往返（导入副本）").query(Long.class).single();
        JsonNode task = office.get("/api/tasks/" + imported).body();
        assertThat(targets(task)).containsExactly("115个老旧小区改造", "22个社区健身中心");
        assertThat(task.get("description").asString()).isEqualTo("测试任务内容");
    }
}
