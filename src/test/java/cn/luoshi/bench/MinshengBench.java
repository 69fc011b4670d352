package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.TaggedTaskQuery;
import cn.luoshi.minsheng.MinshengService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.SystemUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 民生实事 at city scale: a generated ledger (default 100,000 tasks) of which some (default 300) carry the tag
 * 民生实事, all curated. Measures, one after the other in one run: the tagged-task query, the management page's data,
 * publishing, reading the latest publication, and the public page and feed over HTTP (full and 304).
 * Usage: {@code bench/minsheng.sh [tasks] [tagged]}.
 */
public final class MinshengBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int tagged = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=true", "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.demo-data=false", "--luoshi.lights.cron=-", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            int step = Math.max(1, tasks / tagged);
            int n = jdbc.sql("""
                    update task set tags = array_append(tags, '民生实事')
                    where id in (select id from task where kind <> 'AREA' and id % ? = 0 order by id limit ?)""")
                    .params(step, tagged).update();
            jdbc.sql("""
                    insert into minsheng_item (task_id, public_note, planned_investment, completed_investment,
                      updated_by)
                    select id, '按计划推进，进展每月更新。', 1000, 400, 'bench' from task where '民生实事' = any (tags)""")
                    .update();
            ctx.getBean(LightService.class).recomputeAll();
            System.out.printf("data: %d tasks, %d tagged 民生实事, generated in %.1f s%n",
                    jdbc.sql("select count(*) from task").query(Long.class).single(), n,
                    (System.nanoTime() - t0) / 1e9);

            CurrentUser office = SystemUser.INSTANCE;
            TaggedTaskQuery query = ctx.getBean(TaggedTaskQuery.class);
            MinshengService minsheng = ctx.getBean(MinshengService.class);
            time("tagged-task query (one statement)", 20, () -> query.withTag(MinshengService.TAG, office));
            time("management page data (board)", 20, () -> minsheng.board(office));
            time("publish (snapshot + items + audit)", 5, () -> minsheng.publish(null, office));
            time("latest publication (public read)", 50, minsheng::latest);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + port;
            time("GET /public/minsheng (HTML)", 50, () -> get(http, base + "/public/minsheng", null));
            time("GET /public/minsheng.json", 50, () -> get(http, base + "/public/minsheng.json", null));
            String etag = http.send(HttpRequest.newBuilder(URI.create(base + "/public/minsheng.json")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            time("GET /public/minsheng.json, If-None-Match (304)", 50,
                    () -> get(http, base + "/public/minsheng.json", etag));
            System.out.printf("page size: %d bytes HTML, %d bytes JSON%n",
                    get(http, base + "/public/minsheng", null).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    get(http, base + "/public/minsheng.json", null).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            .length);

            // Side by side: the same reads with a GIN index on task.tags (the ledger's table; not in its migrations).
            long ti = System.nanoTime();
            jdbc.sql("create index bench_task_tags_gin on task using gin (tags)").update();
            jdbc.sql("analyze task").update();
            System.out.printf("with a GIN index on task.tags (built in %.1f s):%n", (System.nanoTime() - ti) / 1e9);
            time("tagged-task query (one statement)", 20, () -> query.withTag(MinshengService.TAG, office));
            time("management page data (board)", 20, () -> minsheng.board(office));
            time("publish (snapshot + items + audit)", 5, () -> minsheng.publish(null, office));
        }
    }

    private static String get(HttpClient http, String url, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != (etag == null ? 200 : 304)) {
            throw new IllegalStateException(url + " → " + r.statusCode());
        }
        return r.body();
    }

    /** Runs {@code call} twice to warm up, then {@code times} times; prints median and maximum in ms. */
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
        System.out.printf("%-48s median %7.1f ms   max %7.1f ms   (%d runs)%n", what, ms[times / 2], ms[times - 1],
                times);
    }
}
