package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 任务清单搜索 at city scale (issue 12): a generated ledger (default 40,000 tasks, 300 units), then the list's first
 * page for search words of different kinds — part of a task name, a source title, a unit's full name, a two-character
 * word (no trigram) — as the 督查室 (whole ledger) and as a unit (its scope). Median and p95 of {@code runs} each.
 * Usage: {@code bench/task-search.sh [tasks] [runs]}.
 */
public final class TaskSearchBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"), "--luoshi.embedded-db.ephemeral=true",
                        "--luoshi.admin.password=bench-admin-pw", "--luoshi.demo-data=false", "--luoshi.lights.cron=-",
                        "--logging.level.root=warn", "--logging.level.cn.luoshi=warn")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            jdbc.sql("analyze").update();
            System.out.printf("data: %d tasks, generated in %.1f s%n",
                    jdbc.sql("select count(*) from task").query(Long.class).single(), (System.nanoTime() - t0) / 1e9);
            TaskService service = ctx.getBean(TaskService.class);
            CurrentUser office = SystemUser.INSTANCE;
            long unitId = jdbc.sql("select id from unit where full_name = '城市级测试单位17'").query(Long.class).single();
            CurrentUser unit = new CurrentUser(0, "bench-unit", "测试", Role.UNIT_STAFF, unitId, "测17");
            String[][] words = {{"part of a task name", "任务12345"}, {"source title", "城市级测试来源42"},
                    {"unit full name", "城市级测试单位17"}, {"two characters", "任务"}, {"no match", "不存在的词语"}};
            for (String[] w : words) {
                TaskQuery q = new TaskQuery(null, null, null, null, null, w[1], null, null, 0, 20);
                long total = service.search(q, office).total();
                time("督查室: " + w[0] + " (" + total + " rows)", runs, () -> service.search(q, office));
                time("unit:   " + w[0] + " (" + service.search(q, unit).total() + " rows)", runs,
                        () -> service.search(q, unit));
            }
        }
    }

    private static void time(String what, int times, Callable<?> call) throws Exception {
        call.call();
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
