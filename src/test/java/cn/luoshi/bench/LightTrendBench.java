package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.LightTrend;
import cn.luoshi.ledger.TaskBatchService;
import cn.luoshi.org.SystemUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 (session 8) at city scale: the daily light snapshot (one INSERT … SELECT of every task's light into its
 * month), taken for twelve months and then again the same day; the month-by-month light trend for a leader-sized set
 * of tasks and for the whole ledger; and one 批量调整完成时限 of {@value TaskBatchService#MAX} tasks (the batch cap).
 * Usage: {@code bench/light-trend.sh [tasks] [runs]}.
 */
public final class LightTrendBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=true", "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.demo-data=false", "--luoshi.lights.cron=-", "--luoshi.lights.snapshot-cron=-",
                        "--logging.level.root=warn", "--logging.level.cn.luoshi=warn")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            ctx.getBean(LightService.class).recomputeAll();
            jdbc.sql("analyze").update();
            System.out.printf("data: %d tasks with lights, generated in %.1f s%n",
                    jdbc.sql("select count(*) from task_light").query(Long.class).single(),
                    (System.nanoTime() - t0) / 1e9);
            LightTrend trend = ctx.getBean(LightTrend.class);
            LocalDate today = LocalDate.now(ctx.getBean(java.time.Clock.class));
            double[] months = new double[12];
            int rows = 0;
            for (int i = 11; i >= 0; i--) {
                long t = System.nanoTime();
                rows = trend.snapshot(today.minusMonths(i));
                months[11 - i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(months);
            System.out.printf("snapshot into a new month (%d rows), 12 months      median %7.1f ms   max %7.1f ms%n",
                    rows, months[6], months[11]);
            time("snapshot again the same day (upsert, " + rows + " rows)", Math.min(runs, 5),
                    () -> trend.snapshot(today));
            System.out.printf("task_light_month: %d rows, %s%n",
                    jdbc.sql("select count(*) from task_light_month").query(Long.class).single(),
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('task_light_month'))").query(String.class)
                            .single());
            jdbc.sql("analyze").update();
            List<Long> leader = jdbc.sql("select id from task where kind <> 'AREA' order by id limit 300")
                    .query(Long.class).list();
            List<Long> all = jdbc.sql("select id from task where kind <> 'AREA'").query(Long.class).list();
            time("trend, 6 months, a leader's 300 tasks", runs, () -> trend.of(leader, 6, today));
            time("trend, 6 months, all " + all.size() + " tasks", Math.min(runs, 10), () -> trend.of(all, 6, today));

            TaskBatchService batch = ctx.getBean(TaskBatchService.class);
            LocalDate to = LocalDate.of(today.getYear() + 1, 12, 31);
            List<Long> ids = new ArrayList<>();
            List<String> versions = new ArrayList<>();
            jdbc.sql("""
                    select t.id, t.version from task t left join task p on p.id = t.parent_id
                    where t.kind = 'TASK' and t.status not in ('COMPLETED', 'TERMINATED') and t.lead_unit_id is not null
                      and (p.id is null or p.deadline >= :to) and t.start_date <= :to
                    order by t.id limit :n""").param("to", to).param("n", TaskBatchService.MAX)
                    .query((rs, i) -> {
                        ids.add(rs.getLong(1));
                        versions.add(rs.getLong(1) + ":" + rs.getInt(2));
                        return null;
                    }).list();
            long t = System.nanoTime();
            var r = batch.changeDeadline(ids, versions, to, "基准测试：统一调整", SystemUser.INSTANCE);
            System.out.printf("批量调整完成时限, %d tasks (%d done): %.0f ms%n", ids.size(), r.done(),
                    (System.nanoTime() - t) / 1e6);
        }
    }

    private static void time(String what, int times, Callable<?> call) throws Exception {
        call.call();
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s median %7.1f ms   p95 %7.1f ms   (%d runs)%n", what, ms[times / 2],
                ms[(int) Math.ceil(times * 0.95) - 1], times);
    }
}
