package cn.luoshi.ledger;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Lights stored per task, with reasons in words, computed after each change and for all tasks at once. */
@LuoshiIntegrationTest
class LightServiceTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendars calendars;

    WorkingDayCalendar calendar;

    LedgerFixture fixture;
    Api office;
    final LocalDate today = TestClock.today();

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(port);
        office = fixture.supervisor();
        calendar = calendars.current();
    }

    private long task(String title, LocalDate start, LocalDate deadline) {
        long d = fixture.directive("亮灯测试-" + title);
        Map<String, Object> body = fixture.taskBody(title, "住建");
        body.put("startDate", start.toString());
        body.put("deadline", deadline.toString());
        body.put("targetValue", null);
        body.put("targetUnit", null);
        Api.Response r = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    private JsonNode light(long task) {
        Api.Response r = office.get("/api/tasks/" + task + "/light");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private void report(long task, int percent) {
        Api.Response r = Api.as(port, "zhujian").post("/api/tasks/" + task + "/reports",
                Map.of("reportedOn", today.toString(), "cumulative", percent, "narrative", "推进中"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
    }

    @Test
    void aTaskFarBehindItsTimeProportionalProgressIsRedWithThePointsInWords() {
        long t = task("落后序时", today.minusDays(90), today.plusDays(90));
        fixture.accept(t, "zhujian");
        report(t, 5);
        JsonNode l = light(t);
        assertThat(l.get("light").asString()).isEqualTo("RED");
        assertThat(l.get("reason").asString()).matches("落后序时进度\\d+(\\.\\d+)?个百分点");
        assertThat(l.get("countdownText").asString()).startsWith("剩余").endsWith("个工作日");
        assertThat(l.get("countdownDays").asInt()).isEqualTo(calendar.workingDaysBetween(today, today.plusDays(90)));
    }

    @Test
    void aMilestoneAheadOfTheLinearPlanSetsTheTimeProportionalProgressInTheFullPass() {
        long t = task("节点序时", today.minusDays(100), today.plusDays(100));
        Api.Response m = office.post("/api/tasks/" + t + "/milestones",
                Map.of("dueDate", today.minusDays(10).toString(), "title", "主体完工", "planned", 90));
        assertThat(m.status()).as(m.raw()).isEqualTo(201);
        fixture.accept(t, "zhujian");
        report(t, 55); // ahead of a straight line (about 50%), 35-odd points behind the milestone's 90%
        office.post("/api/lights/recompute", "");
        JsonNode l = light(t);
        assertThat(l.get("plannedPercent").asDouble()).isGreaterThan(90);
        assertThat(l.get("light").asString()).isEqualTo("RED");
        assertThat(l.get("reason").asString()).startsWith("落后序时进度3");
    }

    @Test
    void aTaskOnScheduleIsGreenAndTheNextReportMovesItsLight() {
        long t = task("按序时", today.minusDays(90), today.plusDays(90));
        fixture.accept(t, "zhujian");
        report(t, 60);
        assertThat(light(t).get("light").asString()).isEqualTo("GREEN");
        report(t, 20); // a correction downwards: the light follows the latest report
        assertThat(light(t).get("light").asString()).isEqualTo("YELLOW");
    }

    @Test
    void anOverdueTaskIsRedAndCountsOverdueWorkingDays() {
        long t = task("逾期", today.minusDays(120), today.minusDays(14));
        fixture.accept(t, "zhujian");
        report(t, 90);
        JsonNode l = light(t);
        assertThat(l.get("light").asString()).isEqualTo("RED");
        int overdue = calendar.workingDaysBetween(today.minusDays(14), today);
        assertThat(l.get("reason").asString()).contains("已逾期" + overdue + "个工作日");
        assertThat(l.get("countdownText").asString()).isEqualTo("已逾期" + overdue + "个工作日");
    }

    @Test
    void theOverdueDaysAreCountedWhenShownSoANewDayDoesNotRewriteTheStoredLight() {
        long t = task("逾期天数不入库", today.minusDays(120), today.minusDays(30));
        fixture.accept(t, "zhujian");
        report(t, 90);
        office.post("/api/lights/recompute", "");
        int overdue = calendar.workingDaysBetween(today.minusDays(30), today);
        assertThat(light(t).get("reason").asString()).isEqualTo("已逾期" + overdue + "个工作日");
        // The stored row holds no day count: only that the reason opens with the deadline finding.
        assertThat(jdbc.sql("select reason || '|' || deadline_finding from task_light where task_id = ?").param(t)
                .query(String.class).single()).isEqualTo("|true");
        var stored = jdbc.sql("select computed_at from task_light where task_id = ?").param(t)
                .query(java.sql.Timestamp.class).single();

        // One working day after the deadline becomes a local day off: the count drops at once, with no pass, and
        // the next pass leaves the row alone — as on each new working day, when the count grows by one.
        LocalDate dayOff = calendar.addWorkingDays(today.minusDays(30), 1);
        String admin = "admin";
        calendars.put(dayOff, false, "测试：本地放假", admin);
        try {
            JsonNode l = light(t);
            assertThat(l.get("countdownText").asString()).isEqualTo("已逾期" + (overdue - 1) + "个工作日");
            assertThat(l.get("reason").asString()).isEqualTo("已逾期" + (overdue - 1) + "个工作日");
            office.post("/api/lights/recompute", "");
            assertThat(jdbc.sql("select computed_at from task_light where task_id = ?").param(t)
                    .query(java.sql.Timestamp.class).single()).as("not rewritten").isEqualTo(stored);
            assertThat(office.get("/api/tasks?size=200&light=RED&text=逾期天数不入库").body().get("rows").get(0)
                    .get("countdown").asString()).isEqualTo("已逾期" + (overdue - 1) + "个工作日");
        } finally {
            calendars.remove(dayOff, admin);
        }
    }

    @Test
    void aTaskNotAcceptedWithinOneWorkingDayIsRed() {
        long t = task("超期未签收", today.minusDays(30), today.plusDays(200));
        jdbc.sql("update task set assigned_at = luoshi_now() - interval '10 days' where id = ?").param(t).update();
        office.post("/api/lights/recompute", "");
        assertThat(light(t).get("light").asString()).isEqualTo("RED");
        assertThat(light(t).get("reason").asString()).contains("超期未签收");
    }

    @Test
    void aMissedMonthlyReportIsYellowAndNamesTheMonth() {
        long t = task("漏报", today.minusDays(200), today.plusDays(200));
        fixture.accept(t, "zhujian");
        jdbc.sql("update task set accepted_at = luoshi_now() - interval '150 days' where id = ?").param(t).update();
        // Progress recorded long ago, as if reported once in the spring, nothing since.
        jdbc.sql("update task set progress_percent = 50 where id = ?").param(t).update();
        office.post("/api/lights/recompute", "");
        ReportCycle.Period owed = ReportCycle.MONTHLY.lastDuePeriod(today.minusDays(150), today, calendar);
        JsonNode l = light(t);
        assertThat(l.get("reportMissing").asString()).isEqualTo(owed.label());
        assertThat(l.get("reason").asString()).contains("未按时报送" + owed.label() + "进展");
        assertThat(l.get("light").asString()).isIn("YELLOW", "RED");
    }

    @Test
    void aTaskNobodyWasGivenIsNotLitButCountsDown() {
        long d = fixture.directive("亮灯测试-未交办");
        Map<String, Object> body = fixture.taskBody("未交办任务", null);
        body.put("startDate", today.minusDays(100).toString());
        body.put("deadline", today.plusDays(30).toString());
        long t = office.post("/api/directives/" + d + "/tasks", body).id();
        JsonNode l = light(t);
        assertThat(l.get("light").asString()).isEqualTo("NONE");
        assertThat(l.get("reason").asString()).isEqualTo("未交办");
        assertThat(l.get("countdownText").asString()).startsWith("剩余");
    }

    @Test
    void theListFiltersByLightAndTheRunCountsEveryTask() {
        long red = task("筛选红灯", today.minusDays(120), today.minusDays(10));
        JsonNode run = office.post("/api/lights/recompute", "").body();
        long tasks = jdbc.sql("select count(*) from task where kind <> 'AREA' and deadline is not null")
                .query(Long.class).single();
        assertThat(run.get("tasks").asLong()).isEqualTo(tasks);
        JsonNode rows = office.get("/api/tasks?size=200&light=RED").body().get("rows");
        assertThat(rows.valueStream().map(r -> r.get("id").asLong())).contains(red);
        assertThat(rows.valueStream().map(r -> r.get("light").asString())).containsOnly("RED");
        assertThat(Api.as(port, "zhujian").post("/api/lights/recompute", "").status()).isEqualTo(403);
    }

    @Test
    void aRerunWritesOnlyWhatChangedAndRepairsAStoredLightThatIsWrong() {
        long t = task("重算只写变化", today.minusDays(120), today.minusDays(10));
        office.post("/api/lights/recompute", "");
        JsonNode again = office.post("/api/lights/recompute", "").body();
        assertThat(again.get("changed").asInt()).as("nothing changed since the last pass").isZero();

        // A stored light that no longer matches the facts (as after a calendar change) is rewritten, and only it.
        jdbc.sql("update task_light set light = 'GREEN', reason = '过期的判断' where task_id = ?").param(t).update();
        JsonNode repaired = office.post("/api/lights/recompute", "").body();
        assertThat(repaired.get("changed").asInt()).isEqualTo(1);
        assertThat(light(t).get("light").asString()).isEqualTo("RED");
        assertThat(jdbc.sql("select light from task_unit where task_id = ? and lead").param(t).query(String.class)
                .single()).as("the list index follows").isEqualTo("RED");
    }
}
