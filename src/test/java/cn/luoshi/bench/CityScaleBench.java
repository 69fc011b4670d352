package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * City-scale benchmark (issue 3): generates the data set, then measures side by side in one run — the task list
 * page through the HTTP API at 1, 8 and 32 clients, the same query in-process and over raw JDBC, and recomputing all
 * lights. Usage: {@code bench/city-scale.sh [tasks] [seconds-per-level]}.
 */
public final class CityScaleBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("luoshi-bench");
        ShiftedClock clock = new ShiftedClock(java.time.ZoneId.of("Asia/Shanghai"));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(c -> c.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=true", "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.lights.cron=-", "--luoshi.clock.tell-database=false", "--logging.level.root=warn", "--logging.level.cn.luoshi=warn",
                        "--logging.level.cn.luoshi.ledger.LightService=info")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            System.out.printf("generate: %d tasks, %d milestones, %d reports, %d problems, %d units in %.1f s%n",
                    count(jdbc, "task"), count(jdbc, "milestone"), count(jdbc, "progress_report"),
                    count(jdbc, "problem"), count(jdbc, "unit"), (System.nanoTime() - t0) / 1e9);

            // A live database is vacuumed; without this, autovacuum works through the 1.5 million fresh rows during
            // the first measurements and takes a core from them.
            long v0 = System.nanoTime();
            jdbc.sql("vacuum (analyze)").update();
            System.out.printf("vacuum (analyze) after the bulk load: %.1f s%n", (System.nanoTime() - v0) / 1e9);
            LightService lights = ctx.getBean(LightService.class);
            List<String> report = new ArrayList<>();
            // Pass 1 writes every light (all new); 2–4 rerun on the same day (nothing changes); 5 and 6 are the first
            // pass of the next working day and of the one after, at 09:00 (the clock is moved): 序时进度 moves for
            // tasks in progress, some lights change colour, and the countdowns are not stored.
            var calendar = ctx.getBean(cn.luoshi.calendar.WorkingCalendars.class).current();
            LocalDate today = LocalDate.now(clock);
            for (int i = 1; i <= 6; i++) {
                if (i >= 5) {
                    LocalDate day = calendar.addWorkingDays(today, i - 4);
                    clock.moveTo(day.atTime(9, 0).atZone(clock.getZone()).toInstant());
                }
                var run = lights.recomputeAll();
                String kind = i == 1 ? "first, every light new" : i <= 4 ? "same day again"
                        : "first of working day +" + (i - 4) + ", " + LocalDate.now(clock);
                System.out.printf("lights recompute #%d (%s): %d tasks, %d rows written, %d ms %s%n", i, kind,
                        run.tasks(), run.changed(), run.millis(), run.counts());
                report.add(String.format("| lights pass %d (%s) | %,d ms | %,d rows written |", i, kind, run.millis(),
                        run.changed()));
            }
            jdbc.sql("analyze").update();

            // The list a 督查室 opens: one unit's red tasks due in 2025–2026, by deadline, 20 rows.
            long unit = jdbc.sql("""
                    select t.lead_unit_id from task t join task_light l on l.task_id = t.id and l.light = 'RED'
                    group by 1 order by count(*) desc limit 1""").query(Long.class).single();
            LocalDate from = LocalDate.of(2025, 1, 1);
            LocalDate to = LocalDate.of(2026, 12, 31);
            String path = "/api/tasks?unitId=" + unit + "&light=RED&deadlineFrom=" + from + "&deadlineTo=" + to
                    + "&size=20";
            TaskService service = ctx.getBean(TaskService.class);
            OrgDirectory org = ctx.getBean(OrgDirectory.class);
            var account = org.users().stream().filter(u -> u.username().equals("duchashi")).findFirst().orElseThrow();
            CurrentUser me = new CurrentUser(account.id(), account.username(), account.displayName(), Role.SUPERVISOR,
                    account.unitId(), account.unitName());
            TaskQuery q = new TaskQuery(unit, null, null, from, to, null, null, Light.RED, 0, 20);
            System.out.printf("rows on the page: %d of %d%n", service.search(q, me).rows().size(),
                    service.search(q, me).total());
            var direct = service.pageQuery(q, me);
            boolean external = onPath("wrk") && onPath("pgbench");
            if (external) {
                // Both sides from a separate C load generator: wrk against HTTP, pgbench with the very same SQL and
                // parameters (prepared, as the app's driver sends it) against PostgreSQL.
                String cookie = sessionCookie(port);
                String jdbcUrl;
                try (var c = ctx.getBean(DataSource.class).getConnection()) {
                    jdbcUrl = c.getMetaData().getURL();
                }
                int pgPort = Integer.parseInt(jdbcUrl.replaceAll(".*localhost:(\\d+)/.*", "$1"));
                for (int clients : new int[] {1, 8, 32}) {
                    Stats http = ExternalLoad.wrk("http://localhost:" + port + path, cookie, clients, seconds);
                    Stats raw = ExternalLoad.pgbench(pgPort, direct.sql(), direct.params(), clients, seconds);
                    System.out.printf("%2d clients  HTTP (wrk) %s%n            SQL (pgbench) %s%n"
                            + "            HTTP/SQL p50 %.2f×, SQL/HTTP req/s %.2f×%n", clients, http, raw,
                            http.p50 / raw.p50, raw.rps / http.rps);
                    report.add(String.format("| list, %d clients | HTTP p50 %.2f / p95 %.2f ms, %,.0f req/s | SQL p50 %.2f"
                            + " / p95 %.2f ms, %,.0f req/s | HTTP ÷ SQL: p50 %.2f×, req/s %.2f× |", clients, http.p50,
                            http.p95, http.rps, raw.p50, raw.p95, raw.rps, http.p50 / raw.p50, raw.rps / http.rps));
                }
            } else {
                var template = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(
                        ctx.getBean(DataSource.class));
                for (int c = 0; c < 32; c++) {
                    session(port, c); // sign the clients in before measuring: one BCrypt check each, outside the timing
                }
                for (int clients : new int[] {1, 8, 32}) {
                    Stats http = load(clients, seconds, i -> httpGet(port, path, i));
                    Stats inProcess = load(clients, seconds, i -> service.search(q, me));
                    Stats raw = load(clients, seconds, i -> template.query(direct.sql(), direct.params(), rs -> { }));
                    System.out.printf("%2d clients  HTTP %s%n            in-process %s%n            raw JDBC %s%n"
                            + "            HTTP/raw p50 %.2f×, HTTP/in-process p50 %.2f×%n",
                            clients, http, inProcess, raw, http.p50 / raw.p50, http.p50 / inProcess.p50);
                    report.add(String.format("| list, %d clients (in-JVM client) | HTTP p50 %.2f / p95 %.2f ms, %,.0f"
                            + " req/s | SQL p50 %.2f / p95 %.2f ms, %,.0f req/s | HTTP ÷ SQL p50 %.2f× |", clients,
                            http.p50, http.p95, http.rps, raw.p50, raw.p95, raw.rps, http.p50 / raw.p50));
                }
            }

            // 台账 export of 10,000 tasks and import of a 5,000-row file, on the same city-scale database.
            long directive = cn.luoshi.ledger.excel.bench.ExcelBenchmark.seed(jdbc, 10_000);
            long[] exports = new long[3];
            for (int r = 0; r < exports.length; r++) {
                long t = System.nanoTime();
                cn.luoshi.ledger.excel.bench.ExcelBenchmark.get(port, "duchashi", "/tasks/export?directiveId="
                        + directive);
                exports[r] = (System.nanoTime() - t) / 1_000_000;
            }
            System.out.printf("export of 10,000 tasks, ms: %s%n", Arrays.toString(exports));
            report.add(String.format("| xlsx export, 10,000 tasks | %s ms (three in a row) | |",
                    Arrays.toString(exports)));
            byte[] upload = cn.luoshi.ledger.excel.bench.ExcelBenchmark.importFile(5_000);
            long t = System.nanoTime();
            String imported = cn.luoshi.ledger.excel.bench.ExcelBenchmark.post(port, "duchashi", upload);
            long importMillis = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("import of 5,000 rows: %d ms (%s)%n", importMillis,
                    cn.luoshi.ledger.excel.bench.ExcelBenchmark.summary(imported));
            report.add(String.format("| xlsx import, 5,000 rows | %,d ms | %s |", importMillis,
                    cn.luoshi.ledger.excel.bench.ExcelBenchmark.summary(imported)));

            System.out.println();
            System.out.println("| what | figure | |");
            System.out.println("|---|---|---|");
            report.forEach(System.out::println);
        }
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Signs in as the 督查室 and returns the session cookie for wrk. */
    static String sessionCookie(int port) throws Exception {
        return sessionCookie(port, "duchashi");
    }

    /** Signs in as {@code user} (demo password) and returns the session cookie for wrk. */
    static String sessionCookie(int port, String user) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=luoshi2026&_csrf=" + m.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().toString();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    // ---- load generation -----------------------------------------------------------------------------------------

    interface Call {
        void run(int client) throws Exception;
    }

    record Stats(int requests, double seconds, double p50, double p95, double rps) {
        @Override
        public String toString() {
            return String.format("%6d req  p50 %6.2f ms  p95 %6.2f ms  %7.0f req/s", requests, p50, p95, rps);
        }
    }

    static Stats load(int clients, int seconds, Call call) throws Exception {
        // warm-up
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            call.run(0);
        }
        List<double[]> perClient = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            double[] samples = new double[2_000_000];
            perClient.add(samples);
            int client = c;
            Thread th = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < samples.length - 1) {
                        long t = System.nanoTime();
                        call.run(client);
                        samples[++n] = (System.nanoTime() - t) / 1e6;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                }
                samples[0] = n;
                done.countDown();
            });
            th.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> all = new ArrayList<>();
        for (double[] s : perClient) {
            for (int i = 1; i <= (int) s[0]; i++) {
                all.add(s[i]);
            }
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (errors.get() > 0) {
            System.out.println("errors: " + errors.get());
        }
        return new Stats(sorted.length, elapsed, pct(sorted, 50), pct(sorted, 95), sorted.length / elapsed);
    }

    static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p / 100.0))];
    }

    // ---- the three ways to ask ----------------------------------------------------------------------------------

    private static final List<HttpClient> CLIENTS = new ArrayList<>();

    /** One signed-in browser-like session per client (cookie), so BCrypt runs once per client, not per request. */
    static HttpClient session(int port, int client) throws Exception {
        synchronized (CLIENTS) {
            if (client < CLIENTS.size()) {
                return CLIENTS.get(client);
            }
        }
        return login(port, client);
    }

    static synchronized HttpClient login(int port, int client) throws Exception {
        while (CLIENTS.size() <= client) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=duchashi&password=luoshi2026&_csrf=" + m.group(1);
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            CLIENTS.add(http);
        }
        return CLIENTS.get(client);
    }

    static void httpGet(int port, String path, int client) throws Exception {
        HttpResponse<byte[]> r = session(port, client).send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body()));
        }
    }

    static void rawJdbc(DataSource ds, String sql, long unit, LocalDate from, LocalDate to) throws Exception {
        try (var c = ds.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setLong(1, unit);
            ps.setLong(2, unit);
            ps.setObject(3, from);
            ps.setObject(4, to);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }

    static String args(String... a) {
        return Arrays.toString(a);
    }
}
