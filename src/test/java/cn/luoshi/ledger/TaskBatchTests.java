package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: batch actions on the task list (批量催办, 批量交办, 批量导出) — each task checked and audited on its own, one
 * that cannot be done named with its reason — and the list's search over task, source, unit and leader names.
 */
@LuoshiIntegrationTest
class TaskBatchTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.luoshi.calendar.WorkingCalendars calendars;

    LedgerFixture fixture;
    String tag;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    long task(String title, String unit) {
        return fixture.task(title + tag, unit).id();
    }

    MvcResult batch(String username, String action, List<Long> ids, Map<String, String> more) throws Exception {
        MockHttpServletRequestBuilder b = post("/tasks/batch").with(user(users.loadUserByUsername(username)))
                .with(csrf()).param("action", action).param("back", "/tasks?text=" + tag);
        for (Long id : ids) {
            b = b.param("ids", String.valueOf(id));
        }
        for (var e : more.entrySet()) {
            b = b.param(e.getKey(), e.getValue());
        }
        return mvc.perform(b).andReturn();
    }

    long audits(long taskId, String summaryLike) {
        return jdbc.sql("select count(*) from audit_entry where task_id = ? and summary like ?").param(taskId)
                .param(summaryLike).query(Long.class).single();
    }

    @Test
    void batchRemindTellsEachLeadUnitAtOnceAndNamesTheTasksItCouldNotUrge() throws Exception {
        long a = task("批量催办甲", "住建");
        long b = task("批量催办乙", "发改");
        long unassigned = task("批量催办未交办", null);

        MvcResult r = batch("duchashi", "remind", List.of(a, b, unassigned), Map.of("note", "请本周内报送进展"));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/tasks?text=" + tag);
        String message = String.valueOf(r.getFlashMap().get("batchWarning"));
        assertThat(message).startsWith("已催办2项；1项未处理：「批量催办未交办" + tag + "」尚未交办，无单位可催");

        // Each urged task: its own audit line, and a notice to its lead unit in the bell.
        assertThat(audits(a, "催办任务%")).isEqualTo(1);
        assertThat(audits(b, "催办任务%")).isEqualTo(1);
        assertThat(audits(unassigned, "催办任务%")).isZero();
        assertThat(jdbc.sql("select count(*) from reminder where cause = 'TASK_URGED' and subject_id = ? and unit_id = ?"
                + " and body like '%请本周内报送进展%'").param(a).param(fixture.unitId("住建")).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reminder where cause = 'TASK_URGED' and subject_id = ?").param(b)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void batchAssignGivesUnassignedTasksToOneUnitAndLeavesThoseItAlreadyLeads() throws Exception {
        long first = task("批量交办一", null);
        long second = task("批量交办二", null);
        long already = task("批量交办已是", "住建");

        MvcResult r = batch("duchashi", "assign", List.of(first, second, already),
                Map.of("unitId", String.valueOf(fixture.unitId("住建"))));
        assertThat(String.valueOf(r.getFlashMap().get("batchWarning")))
                .startsWith("已交办给住建2项；1项未处理：「批量交办已是" + tag + "」已由住建牵头");
        Api office = fixture.supervisor();
        for (long id : List.of(first, second)) {
            JsonNode t = office.get("/api/tasks/" + id).body();
            assertThat(t.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(t.get("leadUnitId").asLong()).isEqualTo(fixture.unitId("住建"));
            assertThat(audits(id, "修改任务%")).isEqualTo(1);
            // The unit is told at once (新交办).
            assertThat(jdbc.sql("select count(*) from reminder where cause = 'TASK_ASSIGNED' and subject_id = ?")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void onlyTheOfficeMayRunBatchesAndAnEmptySelectionIsRefusedInChinese() throws Exception {
        long a = task("批量权限", "住建");
        assertThat(batch("zhujian", "remind", List.of(a), Map.of()).getResponse().getStatus()).isEqualTo(403);
        assertThat(audits(a, "催办任务%")).isZero();
        MvcResult empty = batch("duchashi", "remind", List.of(), Map.of());
        assertThat(empty.getFlashMap().get("batchWarning")).isEqualTo("请先勾选要处理的任务");
        MvcResult noUnit = batch("duchashi", "assign", List.of(a), Map.of());
        assertThat(noUnit.getFlashMap().get("batchWarning")).isEqualTo("请选择要交办的牵头单位");
    }

    /**
     * The role matrix for the new endpoints: only the ledger's managers run batches (催办, 调整时限, 督办) and see or
     * confirm an import preview; everyone may use the 报送表 page.
     */
    @Test
    void roleMatrixOfTheBatchAndProgressSheetEndpoints() throws Exception {
        String[] users = {"admin", "duchashi", "lingdao", "zhujian", "zhujian2", "caizheng", "fagai", "tongji"};
        int[] batchStatus = {302, 302, 403, 403, 403, 403, 403, 403};
        for (int i = 0; i < users.length; i++) {
            long a = task("矩阵催办" + i, "住建");
            assertThat(batch(users[i], "remind", List.of(a), Map.of()).getResponse().getStatus()).as(users[i])
                    .isEqualTo(batchStatus[i]);
            assertThat(audits(a, "催办任务%")).as(users[i]).isEqualTo(batchStatus[i] == 302 ? 1 : 0);
            // 批量调整时限 and 批量督办 (a task that is not lit: the office gets its per-task refusal, others 403).
            assertThat(batch(users[i], "deadline", List.of(a), Map.of("deadline", "2026-11-30", "reason", "矩阵",
                    "v", a + ":" + version(a))).getResponse().getStatus()).as(users[i]).isEqualTo(batchStatus[i]);
            assertThat(audits(a, "调整完成时限%")).as(users[i]).isEqualTo(batchStatus[i] == 302 ? 1 : 0);
            assertThat(mvc.perform(post("/supervision/orders/batch").with(user(this.users.loadUserByUsername(users[i])))
                    .with(csrf()).param("ids", String.valueOf(a))).andReturn().getResponse().getStatus())
                    .as(users[i]).isEqualTo(batchStatus[i]);
            // The import preview: another user's or an unknown preview is 404 for the office, 403 for the rest.
            int preview = batchStatus[i] == 302 ? 404 : 403;
            assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/tasks/import/preview/unknown").with(user(this.users.loadUserByUsername(users[i]))))
                    .andReturn().getResponse().getStatus()).as(users[i]).isEqualTo(preview);
            assertThat(mvc.perform(post("/tasks/import/preview/unknown/confirm")
                    .with(user(this.users.loadUserByUsername(users[i]))).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(users[i]).isEqualTo(preview);
            assertThat(Api.as(port, users[i]).download("/tasks/progress-sheet").statusCode()).as(users[i])
                    .isEqualTo(200);
            assertThat(Api.as(port, users[i]).download("/tasks/progress-sheet.xlsx").statusCode()).as(users[i])
                    .isEqualTo(200);
        }
        assertThat(Api.anonymous(port).download("/tasks/progress-sheet.xlsx").statusCode()).isIn(302, 401);
    }

    int version(long id) {
        return jdbc.sql("select version from task where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void batchDeadlineChangeMovesEachTaskTellsItsUnitAuditsTheReasonAndSkipsTasksChangedSinceTheList()
            throws Exception {
        long a = task("批量时限甲", "住建");
        long b = task("批量时限乙", "发改");
        long stale = task("批量时限已改", "住建");
        long early = task("批量时限早于开始", "住建");
        String va = a + ":" + version(a);
        String vb = b + ":" + version(b);
        String vStale = stale + ":" + version(stale);
        String vEarly = early + ":" + version(early);
        // Someone edits one task after the list was shown.
        jdbc.sql("update task set version = version + 1 where id = ?").param(stale).update();
        java.time.LocalDate newDeadline = cn.luoshi.support.TestClock.today().plusMonths(8);

        // Every row of the list carries its version (v=id:version), ticked or not.
        MockHttpServletRequestBuilder req = post("/tasks/batch").with(user(users.loadUserByUsername("duchashi")))
                .with(csrf()).param("action", "deadline").param("back", "/tasks?text=" + tag)
                .param("deadline", newDeadline.toString()).param("reason", "按区政府常务会议要求统一调整")
                .param("v", va, vb, vStale, vEarly)
                .param("ids", String.valueOf(a), String.valueOf(b), String.valueOf(stale));
        MvcResult r = mvc.perform(req).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String message = String.valueOf(r.getFlashMap().get("batchWarning"));
        assertThat(message).startsWith("已调整完成时限（至" + newDeadline + "）2项；1项未处理：「批量时限已改" + tag
                + "」在列表显示后已被修改，未调整，请刷新后重试");
        Api office = fixture.supervisor();
        for (long id : List.of(a, b)) {
            assertThat(office.get("/api/tasks/" + id).body().get("deadline").asString())
                    .isEqualTo(newDeadline.toString());
            assertThat(audits(id, "调整完成时限：2026-12-31 → " + newDeadline + "，理由：按区政府常务会议要求统一调整"))
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from reminder where cause = 'DEADLINE_CHANGED' and subject_id = ? "
                    + "and body like ?").param(id).param("%调整为" + newDeadline + "，理由：按区政府常务会议要求统一调整%")
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(office.get("/api/tasks/" + stale).body().get("deadline").asString()).isEqualTo("2026-12-31");
        assertThat(audits(stale, "调整完成时限%")).isZero();

        // The task's own rules hold: not before its start date (2026-01-05).
        MvcResult tooEarly = mvc.perform(post("/tasks/batch").with(user(users.loadUserByUsername("duchashi")))
                .with(csrf()).param("action", "deadline").param("deadline", "2025-12-31").param("reason", "测试")
                .param("v", vEarly).param("ids", String.valueOf(early))).andReturn();
        assertThat(String.valueOf(tooEarly.getFlashMap().get("batchWarning")))
                .contains("不符合任务规则：完成时限（2025-12-31）不能早于开始日期（2026-01-05）");
        assertThat(audits(early, "调整完成时限%")).isZero();
    }

    @Test
    void theJsonBatchAnswersPerTaskWithTheStatusTheSingleChangeWouldGive() {
        long a = task("接口批量时限甲", "住建");
        long stale = task("接口批量时限已改", "住建");
        int staleSeen = version(stale);
        jdbc.sql("update task set version = version + 1 where id = ?").param(stale).update();
        Map<String, Object> body = Map.of("tasks", List.of(Map.of("id", a, "version", version(a)),
                Map.of("id", stale, "version", staleSeen), Map.of("id", 987654321L, "version", 0)),
                "deadline", "2027-02-28", "reason", "接口统一调整");
        Api.Response r = fixture.supervisor().post("/api/tasks/batch/deadline", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode outcomes = r.body().get("outcomes");
        assertThat(r.body().get("done").asInt()).isEqualTo(1);
        assertThat(outcomes.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(outcomes.get(1).get("status").asInt()).isEqualTo(409);
        assertThat(outcomes.get(1).get("message").asString()).isEqualTo("在列表显示后已被修改，未调整，请刷新后重试");
        assertThat(outcomes.get(2).get("status").asInt()).isEqualTo(404);
        assertThat(r.body().get("warning").asString()).startsWith("完成时限2027-02-28是休息日"); // a Sunday
        assertThat(audits(a, "调整完成时限：2026-12-31 → 2027-02-28，理由：接口统一调整")).isEqualTo(1);
        assertThat(audits(stale, "调整完成时限%")).isZero();
        // A unit may not; a missing reason is a 400 for the whole batch.
        assertThat(Api.as(port, "zhujian").post("/api/tasks/batch/deadline", body).status()).isEqualTo(403);
        assertThat(fixture.supervisor().post("/api/tasks/batch/deadline", Map.of("tasks",
                List.of(Map.of("id", a, "version", version(a))), "deadline", "2027-03-31")).status()).isEqualTo(400);
    }

    @Test
    void batchDeadlineWarnsOfARestDayAndNeedsADateAndAReason() throws Exception {
        long a = task("批量时限休息日", "住建");
        java.time.LocalDate sunday = cn.luoshi.support.TestClock.today().plusMonths(6)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        while (calendars.current().isWorkingDay(sunday)) { // a 调休 Sunday is a working day
            sunday = sunday.plusWeeks(1);
        }
        MvcResult r = batch("duchashi", "deadline", List.of(a), Map.of("deadline", sunday.toString(),
                "reason", "统一调整", "v", a + ":" + version(a)));
        assertThat(String.valueOf(r.getFlashMap().get("flash"))).startsWith("已调整完成时限（至" + sunday + "）1项。注意：完成时限"
                + sunday + "是休息日");
        MvcResult noReason = batch("duchashi", "deadline", List.of(a), Map.of("deadline", sunday.toString(),
                "v", a + ":" + version(a)));
        assertThat(String.valueOf(noReason.getFlashMap().get("batchWarning"))).contains("调整理由");
        MvcResult noDate = batch("duchashi", "deadline", List.of(a), Map.of("reason", "统一调整"));
        assertThat(String.valueOf(noDate.getFlashMap().get("batchWarning"))).isEqualTo("请填写新的完成时限");
        MvcResult badDate = batch("duchashi", "deadline", List.of(a), Map.of("deadline", "明年", "reason", "统一调整"));
        assertThat(String.valueOf(badDate.getFlashMap().get("batchWarning"))).contains("不是有效日期");
        assertThat(audits(a, "调整完成时限%")).isEqualTo(1);
    }

    @Test
    void batchExportWritesExactlyTheTickedTasks() throws Exception {
        long a = task("批量导出甲", "住建");
        task("批量导出不选", "住建");
        long c = task("批量导出丙", "发改");
        MvcResult r = batch("duchashi", "export", List.of(a, c), Map.of());
        String url = r.getResponse().getRedirectedUrl();
        assertThat(url).isEqualTo("/tasks/export?ids=" + a + "," + c);
        byte[] xlsx = fixture.supervisor().download(url).body();
        List<String> titles = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            for (var row : sheet) {
                String content = f.formatCellValue(row.getCell(2));
                if (content.contains(tag)) {
                    titles.add(content.lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(titles).containsExactlyInAnyOrder("批量导出甲" + tag, "批量导出丙" + tag);
    }

    @Test
    void searchFindsTasksByNameSourceUnitAndLeader() {
        long a = task("检索目标任务", "住建");
        Api office = fixture.supervisor();
        // By a word inside the name, by the source's title, by the lead unit's full name, by the leader's name.
        assertThat(ids(office, "目标任务" + tag)).containsExactly(a);
        assertThat(ids(office, "测试来源-检索目标任务" + tag)).containsExactly(a);
        JsonNode byUnit = office.get("/api/tasks?size=200&text=" + enc("区住房和城乡建设局")).body().get("rows");
        assertThat(byUnit.size()).isPositive();
        for (JsonNode row : byUnit) {
            long id = row.get("id").asLong();
            boolean leads = jdbc.sql("select count(*) from task t left join unit u on u.id = t.lead_unit_id "
                    + "where t.id = ? and (u.full_name like '%区住房和城乡建设局%' or t.title like '%区住房和城乡建设局%' "
                    + "or exists (select 1 from task_co_unit c join unit cu on cu.id = c.unit_id where c.task_id = t.id "
                    + "and cu.full_name like '%区住房和城乡建设局%') "
                    + "or exists (select 1 from directive d where d.id = t.directive_id and d.title like '%区住房和城乡建设局%') "
                    + "or t.description like '%区住房和城乡建设局%')").param(id).query(Long.class).single() > 0;
            assertThat(leads).as("task %d matches 区住房和城乡建设局", id).isTrue();
        }
        long leaderTasks = jdbc.sql("select count(*) from task t join person p on p.id = t.lead_leader_id "
                + "where p.name = '张卫东' and t.kind <> 'AREA'").query(Long.class).single();
        JsonNode byLeader = office.get("/api/tasks?size=1&text=" + enc("张卫东")).body();
        assertThat(byLeader.get("total").asLong()).isGreaterThanOrEqualTo(leaderTasks);
        // A unit user searches only inside its own scope.
        JsonNode scoped = Api.as(port, "fagai").get("/api/tasks?text=" + enc("检索目标任务" + tag)).body();
        assertThat(scoped.get("rows").size()).isZero();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<Long> ids(Api api, String text) {
        List<Long> out = new ArrayList<>();
        for (JsonNode row : api.get("/api/tasks?size=200&text=" + enc(text)).body().get("rows")) {
            out.add(row.get("id").asLong());
        }
        return out;
    }
}
