package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.LightService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lights pass when every light changes colour (a morning after a long holiday, at its worst): N city-scale tasks,
 * one pass to store their lights, then every stored light is turned to another colour (and the unit index with it),
 * so the next pass must rewrite every light and every unit-index row. Prints each pass's phases and the write cost
 * per row. Usage: {@code bench/lights-pass.sh [tasks=100000] [rounds=3]}.
 */
public final class LightsPassBench {

    private LightsPassBench() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"), "--luoshi.embedded-db.ephemeral=true",
                        "--luoshi.admin.password=bench-admin-pw", "--luoshi.demo-data=false",
                        "--luoshi.scheduling.enabled=false", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn", "--logging.level.cn.luoshi.ledger.LightService=info")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            System.out.printf("generate: %d tasks in %.1f s%n", tasks, (System.nanoTime() - t0) / 1e9);
            jdbc.sql("vacuum (analyze)").update();
            LightService lights = ctx.getBean(LightService.class);
            var first = lights.recomputeAll();
            System.out.printf("pass 1 (every light new): %d tasks, %d rows, %d ms%n", first.tasks(), first.changed(),
                    first.millis());
            jdbc.sql("create table bench_want as select * from task_light").update();
            for (int r = 1; r <= rounds; r++) {
                // Every stored light to another colour: the next pass must put each one back.
                jdbc.sql("""
                        update task_light set light = case light when 'GREEN' then 'RED' when 'RED' then 'GREEN'
                          when 'YELLOW' then 'GREEN' when 'GREY' then 'YELLOW' when 'BLUE' then 'GREY' else 'BLUE' end
                        """).update();
                jdbc.sql("vacuum (analyze) task_light, task_unit").update();
                var run = lights.recomputeAll();
                System.out.printf("every light changes, round %d: %d tasks, %d rows written, %d ms, %.1f µs per row%n",
                        r, run.tasks(), run.changed(), run.millis(), run.millis() * 1000.0 / run.changed());
            }
            jdbc.sql("""
                    update task_light set light = case light when 'GREEN' then 'RED' when 'RED' then 'GREEN'
                      when 'YELLOW' then 'GREEN' when 'GREY' then 'YELLOW' when 'BLUE' then 'GREY' else 'BLUE' end
                    """).update();
            jdbc.sql("vacuum (analyze) task_light, task_unit").update();
            {
                // After the rounds (its rolled-back rows would burden the next pass): where the write's time goes inside PostgreSQL: the same update from a table of the right
                // lights, rolled back (the trigger's share is on its own line).
                var tx = new org.springframework.transaction.support.TransactionTemplate(
                        ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
                tx.executeWithoutResult(s -> {
                    jdbc.sql("""
                            explain (analyze, buffers) update task_light l set light = w.light, reason = w.reason
                            from bench_want w where l.task_id = w.task_id and l.light is distinct from w.light""")
                            .query(String.class).list().forEach(line -> System.out.println("  " + line));
                    s.setRollbackOnly();
                });
            }
        }
    }
}
