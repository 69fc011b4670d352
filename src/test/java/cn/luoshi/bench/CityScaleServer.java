package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.LightService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A city-scale Luoshi left running for an external load generator (wrk) and for EXPLAIN in psql: generates the data
 * set, computes lights once, prints the HTTP port, the JDBC URL and the benchmark's list path, then serves until
 * killed. Usage: {@code bench/city-scale.sh --serve [tasks] [port] [--spring.option=value ...]}. With
 * {@code LUOSHI_BENCH_DIR} set, the database lives there and is reused by the next start (no regeneration).
 */
public final class CityScaleServer {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8099;
        String keep = System.getenv("LUOSHI_BENCH_DIR");
        Path dir = keep == null || keep.isBlank() ? Files.createTempDirectory("luoshi-bench") : Path.of(keep);
        boolean reuse = Files.isDirectory(dir.resolve("pg"));
        List<String> springArgs = new ArrayList<>(List.of("--server.port=" + port,
                "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                "--luoshi.embedded-db.ephemeral=" + (keep == null || keep.isBlank()),
                "--luoshi.admin.password=bench-admin-pw", "--luoshi.lights.cron=-", "--logging.level.root=warn",
                "--logging.level.cn.luoshi=warn"));
        springArgs.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET).run(springArgs.toArray(String[]::new));
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        if (!reuse || jdbc.sql("select count(*) from task").query(Long.class).single() < tasks) {
            CityData.generate(jdbc, tasks);
            ctx.getBean(LightService.class).recomputeAll();
            jdbc.sql("analyze").update();
        }
        long unit = jdbc.sql("""
                select t.lead_unit_id from task t join task_light l on l.task_id = t.id and l.light = 'RED'
                group by 1 order by count(*) desc limit 1""").query(Long.class).single();
        try (var c = ctx.getBean(DataSource.class).getConnection()) {
            System.out.println("jdbc: " + c.getMetaData().getURL());
        }
        System.out.println("http port: " + ((WebServerApplicationContext) ctx).getWebServer().getPort());
        System.out.println("list path: /api/tasks?unitId=" + unit
                + "&light=RED&deadlineFrom=2025-01-01&deadlineTo=2026-12-31&size=20");
        System.out.println("ready");
        Thread.currentThread().join();
    }
}
