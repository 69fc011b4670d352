package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The chain directive → task → milestone → acceptance → report → problem → history, through the JSON API. */
@LuoshiIntegrationTest
class LedgerApiTests {

    @LocalServerPort
    int port;

    LedgerFixture fixture;
    Api supervisor;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        supervisor = fixture.supervisor();
    }

    @Test
    void aDirectiveBecomesATaskWithMilestonesAReportAProblemAndAHistory() {
        long directive = fixture.directive("城市提质讲话（接口测试）");
        Map<String, Object> area = Map.of("kind", "AREA", "title", "打造全国文明典范城市");
        long areaId = supervisor.post("/api/directives/" + directive + "/tasks", area).id();

        Map<String, Object> body = fixture.taskBody("完成10个老旧小区改造", "住建");
        body.put("parentId", areaId);
        Api.Response created = supervisor.post("/api/directives/" + directive + "/tasks", body);
        assertThat(created.status()).isEqualTo(201);
        long task = created.id();
        assertThat(created.body().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(created.body().get("target").get("unit").asString()).isEqualTo("个");

        Api.Response milestone = supervisor.post("/api/tasks/" + task + "/milestones",
                Map.of("dueDate", "2026-06-30", "title", "上半年完成", "planned", 5));
        assertThat(milestone.status()).as(milestone.raw()).isEqualTo(201);

        Api zhujian = Api.as(port, "zhujian");
        Api.Response early = zhujian.post("/api/tasks/" + task + "/reports", report("2026-03-01", 1));
        assertThat(early.status()).as("reporting before acceptance").isEqualTo(409);
        assertThat(early.body().get("message").asString()).contains("签收");

        fixture.accept(task, "zhujian");
        Api.Response report = zhujian.post("/api/tasks/" + task + "/reports", report("2026-03-01", 4));
        assertThat(report.status()).as(report.raw()).isEqualTo(201);

        JsonNode t = supervisor.get("/api/tasks/" + task).body();
        assertThat(t.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(t.get("progressPercent").decimalValue()).isEqualByComparingTo("40");
        assertThat(t.get("lastReportedOn").asString()).isEqualTo("2026-03-01");

        Api.Response problem = supervisor.post("/api/tasks/" + task + "/problems", Map.of("description",
                "补助资金未到位", "ownerUnitId", fixture.unitId("财政"), "ownerPersonId", fixture.personId("何静"),
                "dueDate", "2026-04-30", "status", "OPEN"));
        assertThat(problem.status()).as(problem.raw()).isEqualTo(201);

        JsonNode tree = supervisor.get("/api/directives/" + directive + "/tree").body();
        assertThat(tree.get(0).get("task").get("title").asString()).isEqualTo("打造全国文明典范城市");
        assertThat(tree.get(0).get("children").get(0).get("task").get("id").asLong()).isEqualTo(task);

        List<String> summaries = new ArrayList<>();
        supervisor.get("/api/tasks/" + task + "/history").body().forEach(h -> summaries.add(h.get("summary").asString()));
        assertThat(summaries).containsExactly("提出问题", "报送进展", "签收任务", "新增节点「上半年完成」",
                "新建任务「完成10个老旧小区改造」并交办");
    }

    @Test
    void editingATaskRecordsWhoChangedWhatFromWhatToWhat() {
        Api.Response t = fixture.task("修改留痕测试", "住建");
        Map<String, Object> body = fixture.taskBody("修改留痕测试", "住建");
        body.put("deadline", "2026-09-30");
        body.put("version", t.version());
        Api.Response updated = supervisor.put("/api/tasks/" + t.id(), body);
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.version()).isEqualTo(t.version() + 1);

        JsonNode last = supervisor.get("/api/tasks/" + t.id() + "/history").body().get(0);
        assertThat(last.get("actor").asString()).isEqualTo("孙丽（督查室）");
        assertThat(last.get("action").asString()).isEqualTo("UPDATE");
        assertThat(last.get("before").get("完成时限").asString()).isEqualTo("2026-12-31");
        assertThat(last.get("after").get("完成时限").asString()).isEqualTo("2026-09-30");
    }

    @Test
    void aStaleUpdateGets409AndChangesNothing() {
        Api.Response t = fixture.task("并发修改测试", "住建");
        Map<String, Object> first = fixture.taskBody("并发修改测试-甲", "住建");
        first.put("version", t.version());
        Map<String, Object> second = fixture.taskBody("并发修改测试-乙", "住建");
        second.put("version", t.version());

        assertThat(supervisor.put("/api/tasks/" + t.id(), first).status()).isEqualTo(200);
        Api.Response stale = supervisor.put("/api/tasks/" + t.id(), second);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("message").asString()).contains("已被他人修改");
        assertThat(supervisor.get("/api/tasks/" + t.id()).body().get("title").asString()).isEqualTo("并发修改测试-甲");
    }

    @Test
    void concurrentEditsOfTheSameVersionLetExactlyOneWin() throws Exception {
        Api.Response t = fixture.task("真并发测试", "住建");
        int writers = 6;
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < writers; i++) {
            Map<String, Object> body = fixture.taskBody("真并发测试-" + i, "住建");
            body.put("version", t.version());
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                statuses.add(supervisor.put("/api/tasks/" + t.id(), body).status());
            });
            th.start();
            threads.add(th);
        }
        start.countDown();
        for (Thread th : threads) {
            th.join(30_000);
        }
        assertThat(statuses).hasSize(writers);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(writers - 1);
    }

    @Test
    void badInputGetsFieldMessagesInChineseAndSavesNothing() {
        long directive = fixture.directive("坏输入测试");
        int before = supervisor.get("/api/tasks?directiveId=" + directive).body().get("total").asInt();

        Map<String, Object> body = fixture.taskBody("", "住建");
        body.put("startDate", "2026-06-01");
        body.put("deadline", "2026-05-01");
        body.put("targetValue", -3);
        body.put("leadUnitId", 999_999);
        body.put("description", "长".repeat(4001));
        Api.Response r = supervisor.post("/api/directives/" + directive + "/tasks", body);
        assertThat(r.status()).isEqualTo(400);
        Map<String, String> fields = fields(r);
        assertThat(fields).containsKeys("title", "deadline", "targetValue", "leadUnitId", "description");
        assertThat(fields.get("title")).isEqualTo("任务名称不能为空");
        assertThat(fields.get("deadline")).contains("不能早于开始日期");
        assertThat(fields.get("targetValue")).contains("不能为负数");
        assertThat(fields.get("leadUnitId")).isEqualTo("牵头单位不存在");
        assertThat(fields.get("description")).contains("不能超过4000个字符");

        Api.Response badDate = supervisor.post("/api/directives/" + directive + "/tasks",
                "{\"kind\":\"TASK\",\"title\":\"日期\",\"deadline\":\"2026-13-45\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsKey("deadline");

        Api.Response badNumber = supervisor.post("/api/directives/" + directive + "/tasks",
                "{\"kind\":\"TASK\",\"title\":\"数量\",\"deadline\":\"2026-12-31\",\"targetValue\":\"十个\"}");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(fields(badNumber)).containsKey("targetValue");

        assertThat(supervisor.get("/api/tasks?directiveId=" + directive).body().get("total").asInt()).isEqualTo(before);
    }

    @Test
    void aMilestoneAfterTheDeadlineOrAboveTheTargetIsRefused() {
        Api.Response t = fixture.task("节点校验测试", "住建");
        Api.Response late = supervisor.post("/api/tasks/" + t.id() + "/milestones",
                Map.of("dueDate", "2027-01-15", "title", "明年", "planned", 5));
        assertThat(late.status()).isEqualTo(400);
        assertThat(fields(late).get("dueDate")).contains("不能晚于任务完成时限");

        Api.Response tooMuch = supervisor.post("/api/tasks/" + t.id() + "/milestones",
                Map.of("dueDate", "2026-06-30", "title", "超额", "planned", 11));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(fields(tooMuch).get("planned")).contains("不能超过目标");
        assertThat(supervisor.get("/api/tasks/" + t.id() + "/milestones").body().size()).isZero();
    }

    @Test
    void unknownRecordsAre404() {
        assertThat(supervisor.get("/api/tasks/987654321").status()).isEqualTo(404);
        assertThat(supervisor.get("/api/directives/987654321").status()).isEqualTo(404);
        assertThat(supervisor.put("/api/problems/987654321", Map.of("description", "x")).status()).isEqualTo(404);
    }

    @Test
    void theTaskListFiltersByUnitStatusDeadlineAndTextAndPaginates() {
        Api.Response a = fixture.task("筛选测试甲-独特关键词", "住建");
        fixture.task("筛选测试乙-独特关键词", "发改");
        long zhujian = fixture.unitId("住建");
        JsonNode page = supervisor.get("/api/tasks?text=%E7%8B%AC%E7%89%B9%E5%85%B3%E9%94%AE%E8%AF%8D&unitId=" + zhujian
                + "&status=ASSIGNED&deadlineFrom=2026-12-01&deadlineTo=2026-12-31").body();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("rows").get(0).get("id").asLong()).isEqualTo(a.id());

        JsonNode small = supervisor.get("/api/tasks?size=2&page=1").body();
        assertThat(small.get("rows").size()).isEqualTo(2);
        assertThat(small.get("total").asInt()).isGreaterThan(4);
        assertThat(small.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void listParametersThatCannotBeReadGet400NamingEachOne() {
        Api.Response r = supervisor.get("/api/tasks?unitId=abc&light=PURPLE&deadlineFrom=2026-13-01&size=x");
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(fields(r)).containsOnlyKeys("unitId", "light", "deadlineFrom", "size");
        assertThat(fields(r).get("deadlineFrom")).contains("2026-13-01").contains("yyyy-MM-dd");
        assertThat(fields(r).get("light")).contains("亮灯").contains("PURPLE");

        Api.Response lower = supervisor.get("/api/tasks?light=red&status=assigned&unitId=&text=%20");
        assertThat(lower.status()).as("case-insensitive constants, blank means no filter").isEqualTo(200);
    }

    @Test
    void theListPageAnswersABadFilterWith400AndSaysWhich() {
        var page = supervisor.download("/tasks?deadlineTo=2026-02-30");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("完成时限止「2026-02-30」无法识别");
    }

    private static Report report(String date, int cumulative) {
        return new Report(date, cumulative, "按计划推进", "暂无", false, "继续推进");
    }

    record Report(String reportedOn, int cumulative, String narrative, String difficulties,
            boolean needsCoordination, String nextSteps) {
    }

    static Map<String, String> fields(Api.Response r) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        r.body().get("fields").forEach(f -> m.putIfAbsent(f.get("field").asString(), f.get("message").asString()));
        return m;
    }
}
