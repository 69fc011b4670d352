package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, 领导视图: besides the tasks he leads, a leader sees the tasks of the units he oversees (分管) that another
 * leader leads, and a month-by-month trend of 已办结 / 逾期未办结 / 在办 read from the typed history.
 */
@LuoshiIntegrationTest
class LeaderPortfolioTests {

    @LocalServerPort
    int port;

    @Autowired
    MonthlyStanding standing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLeaderSeesTheTasksOfHisPortfolioUnitsAndTheMonthlyTrend() {
        LedgerFixture fx = new LedgerFixture(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long d = fx.directive("分管测试来源" + tag);
        // Led by 住建 (in 张卫东's portfolio) under another leader; and one of 发改 (not in his portfolio).
        Map<String, Object> body = fx.taskBody("分管单位任务" + tag, "住建");
        body.put("leadLeaderId", fx.leaderId("李明华"));
        Api.Response inPortfolio = fx.supervisor().post("/api/directives/" + d + "/tasks", body);
        assertThat(inPortfolio.status()).as(inPortfolio.raw()).isEqualTo(201);
        Map<String, Object> other = fx.taskBody("非分管单位任务" + tag, "发改");
        other.put("leadLeaderId", fx.leaderId("李明华"));
        assertThat(fx.supervisor().post("/api/directives/" + d + "/tasks", other).status()).isEqualTo(201);

        var page = Api.as(port, "lingdao").download("/leader");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        String overseen = html.substring(html.indexOf("data-testid=\"leader-overseen\""));
        overseen = overseen.substring(0, overseen.indexOf("</table>"));
        assertThat(overseen).contains("分管单位任务" + tag).contains("李明华").doesNotContain("非分管单位任务" + tag);
        assertThat(html).contains("住建、规划、城管、生态环境").contains("data-testid=\"leader-trend\"")
                .contains("trendChart");
    }

    @Test
    void theTrendCountsEachMonthAsTheHistoryStoodAtItsEnd() {
        LedgerFixture fx = new LedgerFixture(port);
        long id = fx.task("走势测试" + UUID.randomUUID().toString().substring(0, 6), "住建").id();
        var today = TestClock.today();
        // Created (in the history) three months ago, deadline two months ago, completed last month.
        var created = java.sql.Timestamp.from(today.minusMonths(3).withDayOfMonth(5).atStartOfDay(TestClock.CHINA)
                .toInstant());
        var completed = java.sql.Timestamp.from(today.minusMonths(1).withDayOfMonth(10).atStartOfDay(TestClock.CHINA)
                .toInstant());
        var deadline = today.minusMonths(2).withDayOfMonth(1);
        var completedOn = today.minusMonths(1).withDayOfMonth(10);
        // The task is made to have lived that life, and its history to say so: the latest history row holds the
        // task's facts as they are now (what BulletinHistoryTests checks across the shared database).
        jdbc.sql("update task set status = 'COMPLETED', deadline = ?, completed_on = ? where id = ?")
                .params(deadline, completedOn, id).update();
        jdbc.sql("delete from task_fact_history where task_id = ?").param(id).update();
        jdbc.sql("""
                insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags)
                select id, ?, 'IN_PROGRESS', lead_unit_id, ?, start_date, tags from task where id = ?""")
                .params(created, deadline, id).update();
        jdbc.sql("""
                insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags,
                  completed_on)
                select id, ?, 'COMPLETED', lead_unit_id, deadline, start_date, tags, completed_on from task where id = ?""")
                .params(completed, id).update();

        List<MonthlyStanding.Month> months = standing.of(List.of(id), 6, today);
        assertThat(months).hasSize(6);
        assertThat(months.get(5).label()).isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");
        // 5 and 4 months ago: not yet created; 3 months ago: open; 2 months ago: overdue; last month and now: 办结.
        assertThat(months).extracting(m -> m.completed() + "/" + m.overdue() + "/" + m.open())
                .containsExactly("0/0/0", "0/0/0", "0/0/1", "0/1/0", "1/0/0", "1/0/0");
    }
}
