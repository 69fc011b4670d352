package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12: 月度亮灯走势 from daily snapshots — a month is read from its last snapshot, a later snapshot of the same
 * day or month replaces the earlier one (idempotent), and months before the first snapshot are 无数据.
 */
@LuoshiIntegrationTest
class LightTrendTests {

    @LocalServerPort
    int port;
    @Autowired
    LightTrend trend;
    @Autowired
    JdbcClient jdbc;

    /** What the lights pass would have written that day (the snapshot copies task_light as it stands). */
    void light(long task, String light) {
        jdbc.sql("update task_light set light = ? where task_id = ?").param(light).param(task).update();
    }

    long rows(LocalDate month) {
        return jdbc.sql("select count(*) from task_light_month where month = ?").param(month).query(Long.class).single();
    }

    @Test
    void monthsAreReadFromTheirLastSnapshotAndMonthsBeforeTheFirstHaveNoData() {
        var fx = new LedgerFixture(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long a = fx.task("走势甲" + tag, "住建").id();
        long b = fx.task("走势乙" + tag, "住建").id();
        long c = fx.task("走势丙" + tag, "发改").id();
        LocalDate today = TestClock.today();
        LocalDate twoAgo = today.minusMonths(2);
        LocalDate oneAgo = today.minusMonths(1);

        light(a, "RED");
        light(b, "GREEN");
        light(c, "GREEN");
        trend.snapshot(twoAgo.withDayOfMonth(10));
        light(b, "YELLOW");
        trend.snapshot(twoAgo.withDayOfMonth(20)); // later the same month: this one counts
        light(c, "BLUE");
        trend.snapshot(oneAgo.withDayOfMonth(5));
        light(a, "GREEN");
        int first = trend.snapshot(today);
        int again = trend.snapshot(today); // the same day again: the same rows, no duplicates
        assertThat(again).isEqualTo(first);
        assertThat(rows(today.withDayOfMonth(1))).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from light_snapshot_day where day = ?").param(today).query(Long.class)
                .single()).isEqualTo(1);

        List<LightTrend.Month> months = trend.of(List.of(a, b, c), 6, today);
        assertThat(months).hasSize(6);
        assertThat(months.get(5).label()).isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");
        for (int i = 0; i < 3; i++) {
            assertThat(months.get(i).hasData()).as(months.get(i).label()).isFalse();
            assertThat(months.get(i).total()).isZero();
        }
        LightTrend.Month m2 = months.get(3);
        assertThat(m2.hasData()).isTrue();
        assertThat(m2.day()).isEqualTo(twoAgo.withDayOfMonth(20));
        assertThat(List.of(m2.red(), m2.yellow(), m2.green(), m2.blue())).containsExactly(1, 1, 1, 0);
        LightTrend.Month m1 = months.get(4);
        assertThat(List.of(m1.red(), m1.yellow(), m1.green(), m1.blue())).containsExactly(1, 1, 0, 1);
        LightTrend.Month now = months.get(5);
        assertThat(List.of(now.red(), now.yellow(), now.green(), now.blue())).containsExactly(0, 1, 1, 1);

        // The 督查室's overview by leader agrees with the trend of the leader's own tasks.
        long zhang = fx.leaderId("张卫东");
        List<Long> led = jdbc.sql("select id from task where lead_leader_id = ? and kind <> 'AREA'").param(zhang)
                .query(Long.class).list();
        assertThat(trend.byLeader(6, today).get(zhang)).isEqualTo(trend.of(led, 6, today));

        // This month is the lights as they stand now, not this morning's snapshot.
        light(a, "RED");
        assertThat(trend.of(List.of(a, b, c), 6, today).get(5).red()).isEqualTo(1);

        // A task missing from a month's last snapshot (deleted or terminated before it) is not counted in that month:
        // c's row of last month is made one day older than that month's last snapshot.
        jdbc.sql("update task_light_month set day = day - 1 where task_id = ? and month = ?").param(c)
                .param(oneAgo.withDayOfMonth(1)).update();
        LightTrend.Month without = trend.of(List.of(a, b, c), 6, today).get(4);
        assertThat(List.of(without.red(), without.yellow(), without.green(), without.blue()))
                .containsExactly(1, 1, 0, 0);
    }
}
