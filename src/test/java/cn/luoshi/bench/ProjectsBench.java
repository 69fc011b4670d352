package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.org.SystemUser;
import cn.luoshi.projects.ProjectBulletins;
import cn.luoshi.projects.ProjectLights;
import cn.luoshi.projects.ProjectQuery;
import cn.luoshi.projects.ProjectService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 重点项目 at scale: N projects (default 5,000) with 11 nodes each and three years of monthly reports (36 a project),
 * each a ledger task, over 300 units. Measures the lights pass (cold, with the findings written to the ledger, then
 * warm), building and issuing the 调度通报, and the project list filtered by unit and light at 32 clients over HTTP
 * beside the same list read through the service (its SQL) at 32 threads.
 * Usage: {@code bench/projects.sh [projects] [requests-per-client]}.
 */
public final class ProjectsBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        // -Dbench.dir=DIR keeps the database after the run (to look at it with psql; the data is made anew each run)
        String keep = System.getProperty("bench.dir");
        Path dir = keep != null ? Path.of(keep) : Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=" + (keep == null), "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.security.bcrypt-strength=4", "--luoshi.demo-data=false",
                        "--luoshi.scheduling.enabled=false", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            ProjectService projects = ctx.getBean(ProjectService.class);
            YearMonth judged = projects.judgedMonth();
            int year = judged.getYear();
            long t0 = System.nanoTime();
            if (jdbc.sql("select count(*) from project").query(Long.class).single() == 0) { // kept data: made once
                CityData.generate(jdbc, 1000);
                generate(jdbc, n, year, judged);
                jdbc.sql("analyze").update();
            }
            System.out.printf("data: %d projects, %d nodes, %d monthly reports, generated in %.1f s%n",
                    jdbc.sql("select count(*) from project").query(Long.class).single(),
                    jdbc.sql("select count(*) from project_node").query(Long.class).single(),
                    jdbc.sql("select count(*) from project_report").query(Long.class).single(),
                    (System.nanoTime() - t0) / 1e9);

            // -Dbench.list-only=true (kept data): the list part alone, e.g. to profile it
            boolean listOnly = Boolean.getBoolean("bench.list-only");
            if (!listOnly) {
                lightsAndBulletins(ctx, jdbc, judged);
            }

            long unit = jdbc.sql("""
                    select lead_unit_id from project p join project_light l on l.project_id = p.id
                    where l.light = 'RED' group by lead_unit_id order by count(*) desc limit 1""")
                    .query(Long.class).single();
            ProjectQuery q = new ProjectQuery();
            q.unit = unit;
            q.light = "RED";
            System.out.printf("list: unit %d, %d red projects%n", unit, projects.list(q, SystemUser.INSTANCE).size());
            Concurrent.run("list through the service (SQL + mapping), 32 threads", 32, perClient,
                    () -> projects.list(q, SystemUser.INSTANCE));
            // The page as a browser asks for it: signed in once (form login, one BCrypt check), then the session
            // cookie on every request — not HTTP Basic per request, whose BCrypt and new session were the old 3 s.
            String cookie = sessionCookie(port, "admin", "bench-admin-pw");
            String path = "/projects?unit=" + unit + "&light=RED";
            var listSql = projects.listSql(q, SystemUser.INSTANCE);
            if (Boolean.getBoolean("bench.explain")) {
                // -Dbench.explain=true: the list's plan with the bench's parameters (custom and generic plan)
                var template = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(
                        ctx.getBean(javax.sql.DataSource.class));
                template.queryForList("explain (analyze, buffers) " + listSql.getKey(), listSql.getValue(),
                        String.class).forEach(System.out::println);
            }
            int seconds = Math.max(5, perClient / 4);
            if (onPath("wrk") && onPath("pgbench")) {
                String jdbcUrl;
                try (var con = ctx.getBean(javax.sql.DataSource.class).getConnection()) {
                    jdbcUrl = con.getMetaData().getURL();
                }
                int pgPort = Integer.parseInt(jdbcUrl.replaceAll(".*localhost:(\\d+)/.*", "$1"));
                CityScaleBench.Stats raw32 = null;
                for (int clients : new int[] {1, 32}) {
                    CityScaleBench.Stats http = ExternalLoad.wrk("http://localhost:" + port + path, cookie, clients,
                            seconds);
                    // what the filter form asks for (htmx): the table alone, without the page around it
                    CityScaleBench.Stats rows = ExternalLoad.wrk("http://localhost:" + port + path, cookie,
                            "wrk.headers[\"HX-Request\"] = \"true\"\n", 1, clients, seconds, true);
                    CityScaleBench.Stats raw = ExternalLoad.pgbench(pgPort, listSql.getKey(), listSql.getValue(),
                            clients, seconds);
                    raw32 = raw;
                    // the floor: a handler that does nothing, behind the same filters (session, security, CSP)
                    CityScaleBench.Stats floor = ExternalLoad.wrk("http://localhost:" + port + "/health/liveness",
                            cookie, clients, seconds);
                    System.out.printf("%2d clients  GET /health/liveness (no work: the filters alone)       %s%n",
                            clients, floor);
                    System.out.printf("%2d clients  GET %s (HTML, session cookie, wrk) %s%n"
                            + "            the same, HX-Request (the table fragment)      %s%n"
                            + "            its SQL (pgbench, prepared, same parameters)      %s%n"
                            + "            page ÷ SQL: p50 %.2f×, p95 %.2f×, req/s %.2f×%n"
                            + "            fragment ÷ SQL: p50 %.2f×, p95 %.2f×, req/s %.2f×%n", clients, path, http,
                            rows, raw, http.p50() / raw.p50(), http.p95() / raw.p95(), raw.rps() / http.rps(),
                            rows.p50() / raw.p50(), rows.p95() / raw.p95(), raw.rps() / rows.rps());
                }
                // the fragment while 月报 are saved ten times a second somewhere in the city: each save drops every
                // kept page (the change check is per module, not per row), so this is the cost of a busy reporting day
                var changes = Executors.newSingleThreadScheduledExecutor();
                var writes = new java.util.concurrent.atomic.AtomicLong();
                changes.scheduleAtFixedRate(() -> {
                    jdbc.sql("update project_report set reported_at = reported_at"
                            + " where id = (select min(id) from project_report)").update();
                    writes.incrementAndGet();
                }, 0, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
                CityScaleBench.Stats busy = ExternalLoad.wrk("http://localhost:" + port + path, cookie,
                        "wrk.headers[\"HX-Request\"] = \"true\"\n", 1, 32, seconds, true);
                changes.shutdownNow();
                System.out.printf("32 clients  the fragment, a 月报 saved every 100 ms (%d saves)   %s%n"
                        + "            fragment ÷ SQL: p50 %.2f×, p95 %.2f×, req/s %.2f×%n", writes.get(), busy,
                        busy.p50() / raw32.p50(), busy.p95() / raw32.p95(), raw32.rps() / busy.rps());
                long[] kept = ctx.getBean(cn.luoshi.projects.ProjectService.class).pageStatistics();
                System.out.println("pages kept until a change (served kept, queried): " + kept[0] + ", " + kept[1]);
                System.out.println("rendered tables kept (hits, misses, entries): "
                        + ctx.getBean(cn.luoshi.common.FragmentMemo.class).statistics());
            } else {
                ExecutorService clientPool = Executors.newFixedThreadPool(32);
                HttpClient http = HttpClient.newBuilder().executor(clientPool).build();
                URI uri = URI.create("http://localhost:" + port + path);
                Concurrent.run("GET /projects?unit=…&light=RED (HTML, session cookie), 32 clients", 32, perClient, () -> {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Cookie", cookie).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                    return r.body();
                });
                var template = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(
                        ctx.getBean(javax.sql.DataSource.class));
                Concurrent.run("its SQL alone (JDBC), 32 threads", 32, perClient,
                        () -> template.queryForList(listSql.getKey(), listSql.getValue()).size());
                clientPool.shutdown();
            }
        }
    }

    /** The lights pass (cold, then warm) and the 调度通报, timed. */
    static void lightsAndBulletins(ConfigurableApplicationContext ctx, JdbcClient jdbc, YearMonth judged)
            throws Exception {
        ProjectLights lights = ctx.getBean(ProjectLights.class);
        long c = System.nanoTime();
        ProjectLights.Pass first = lights.recompute();
        System.out.printf("lights pass, cold (all rows and findings written): %.0f ms — %d projects, %d yellow, %d red%n",
                (System.nanoTime() - c) / 1e6, first.projects(), first.yellow(), first.red());
        // the cold pass wrote 5,000 light rows: statistics as autovacuum's analyze would have them a minute later
        // (without them the planner takes the month's red lights for one row and scans them all in the list)
        jdbc.sql("analyze project_light").update();
        time("lights pass, warm (nothing changed)", 5, lights::recompute);
        System.out.println("lights pass phases (last run): " + lights.recompute().phases());
        ProjectBulletins bulletins = ctx.getBean(ProjectBulletins.class);
        time("调度通报 built (preview)", 5, () -> bulletins.preview(judged, SystemUser.INSTANCE));
        time("调度通报 issued (lights + build + freeze)", 3, () -> bulletins.issue(judged, SystemUser.INSTANCE));
    }

    static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Signs in through the login form and returns the session cookie ("JSESSIONID=…"). */
    static String sessionCookie(int port, String user, String password) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                        + m.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().toString();
        int status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projects"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("signed-in /projects answered " + status);
        }
        return cookie;
    }

    /** Projects, their tasks, 11 nodes each and 36 months of reports, set-based. */
    static void generate(JdbcClient jdbc, int n, int year, YearMonth judged) {
        jdbc.sql("""
                insert into directive (title, issued_on, issuer, level, kind, created_by)
                values (:y || '年重点项目', make_date(:y, 1, 1), '区政府', 'DISTRICT', 'DOCUMENT', 'bench-projects')""")
                .param("y", year).update();
        jdbc.sql("""
                with u as (select array_agg(id order by id) ids from unit where full_name like '城市级测试单位%'),
                     d as (select id from directive where created_by = 'bench-projects')
                insert into task (directive_id, kind, seq, title, description, target_value, target_unit,
                  target_object, start_date, deadline, lead_unit_id, status, accepted_at, created_by, created_at,
                  report_cycle, tags)
                select d.id, 'TASK', g, '重点项目' || g, '基准测试项目', 1200, '万元', '年度计划投资',
                       make_date(:y, 1, 1), make_date(:y + 1, 6, 30), u.ids[1 + (g * 7919) % 300], 'IN_PROGRESS',
                       make_date(:y, 1, 2)::timestamptz, 'bench', make_date(:y, 1, 1)::timestamptz, 'MONTHLY',
                       array['重点项目']
                from generate_series(1, :n) g, u, d""").param("y", year).param("n", n).update();
        jdbc.sql("""
                insert into project (year, code, name, level, category, kind, lead_unit_id, total_investment,
                  annual_plan, monthly_plan, planned_start, planned_completion, started_on, stats_on, task_id,
                  created_by)
                select :y, 'B' || t.seq, t.title, (array['PROVINCE','CITY','DISTRICT','DISTRICT'])[1 + t.seq % 4],
                       (array['城建交通','先进制造','现代服务','社会事业','生态环保'])[1 + t.seq % 5],
                       (array['NEW','CONTINUED','CONTINUED','COMPLETING','PRELIMINARY'])[1 + t.seq % 5],
                       t.lead_unit_id, 20000, 1200, array_fill(100::numeric, array[12]),
                       make_date(:y, 1 + t.seq % 12, 10), make_date(:y + 1, 6, 30),
                       case when t.seq % 7 <> 0 then make_date(:y, 1 + t.seq % 12, 15) end,
                       case when t.seq % 3 <> 0 then make_date(:y, 1 + t.seq % 12, 28) end, t.id, 'bench'
                from task t where t.created_by = 'bench' and t.directive_id =
                  (select id from directive where created_by = 'bench-projects')""").param("y", year).update();
        jdbc.sql("""
                insert into project_node (project_id, seq, name, working_days, approval, due_date, done_on)
                select p.id, k, (array['立项/可研批复','用地','规划许可','环评','施工许可','开工','纳统入库','主体完工',
                         '竣工验收','投产/运营','其他'])[k], 20, k <= 5, make_date(:y, 1, 1) + k * 30,
                       case when k * 30 < p.id % 330 then make_date(:y, 1, 1) + k * 30 end
                from project p cross join generate_series(1, 11) k""").param("y", year).update();
        YearMonth from = judged.minusMonths(35);
        jdbc.sql("""
                insert into project_report (project_id, month, month_investment, cumulative, progress, reported_by)
                select p.id, m.month, 100 * (0.4 + (p.id % 7) * 0.1),
                       100 * (0.4 + (p.id % 7) * 0.1) * extract(month from m.month), '按计划推进', 'bench'
                from project p cross join generate_series(:from::date, :to::date, interval '1 month') m(month)""")
                .param("from", from.atDay(1)).param("to", judged.atDay(1)).update();
    }

    static void time(String what, int times, Callable<?> call) throws Exception {
        call.call();
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s median %7.1f ms   max %7.1f ms   (%d runs after a warm-up)%n", what, ms[times / 2],
                ms[times - 1], times);
    }
}
