package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.ledger.LightService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders (催办) at city scale: the city-scale ledger (300 units, N tasks), two accounts per unit, a global group
 * robot (a local HTTP server) and e-mail for ten units (GreenMail, in process); then the first pass, repeated passes
 * that find nothing new, two passes at once, and a "next working day" pass, each through {@code POST
 * /api/reminders/run} as the 督查室 would press the button. Before those, the first pass is timed side by side as it
 * was written before decision 47 and as it is now ({@code cn.luoshi.reminders.PassBench}), three times each. Usage:
 * {@code bench/reminders.sh [tasks]}; {@code --cold} skips the side-by-side part (so the first pass runs on code the
 * JIT has not compiled yet, as after a deployment); {@code --serve} stops after generating and serves (HTTP and the
 * JDBC URL printed) for psql and EXPLAIN.
 */
public final class RemindersBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        List<String> flags = java.util.Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        boolean serve = flags.contains("--serve");
        boolean cold = flags.contains("--cold"); // no side-by-side first: pass 1 runs on code the JIT has not seen
        args = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("luoshi-bench-reminders");
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        AtomicInteger robotMessages = new AtomicInteger();
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            robotMessages.incrementAndGet();
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        robot.start();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=true", "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.demo-data=false", "--luoshi.lights.cron=-", "--luoshi.reminders.cron=-",
                        "--luoshi.reminders.mail.host=127.0.0.1",
                        "--luoshi.reminders.mail.port=" + smtp.getSmtp().getPort(),
                        "--luoshi.reminders.mail.from=luoshi@bench.test",
                        "--luoshi.reminders.webhook.url=http://127.0.0.1:" + robot.getAddress().getPort() + "/robot",
                        "--luoshi.reminders.quiet-start=03:00", "--luoshi.reminders.quiet-end=03:01",
                        "--logging.level.root=warn", "--logging.level.cn.luoshi=warn",
                        "--logging.level.cn.luoshi.reminders.ReminderPass=info",
                        "--logging.level.cn.luoshi.reminders.LegacyReminderPass=info")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            accounts(jdbc);
            System.out.printf("generate: %d tasks (%d 待签收, %d 办理中), %d units, %d accounts in %.1f s%n",
                    count(jdbc, "task"), count(jdbc, "task where status = 'ASSIGNED'"),
                    count(jdbc, "task where status = 'IN_PROGRESS'"), count(jdbc, "unit"),
                    count(jdbc, "app_user"), (System.nanoTime() - t0) / 1e9);
            var run = ctx.getBean(LightService.class).recomputeAll();
            System.out.printf("lights (as in production, before reminders): %d tasks in %d ms%n", run.tasks(),
                    run.millis());

            if (serve) {
                try (var c = ctx.getBean(javax.sql.DataSource.class).getConnection()) {
                    System.out.println("jdbc: " + c.getMetaData().getURL());
                }
                System.out.println("http port: " + port);
                System.out.println("ready");
                Thread.currentThread().join();
            }
            if (!cold) {
                sideBySide(ctx);
            }
            pass(port, "pass 1 (first: everything is new)");
            System.out.println("  by cause: " + jdbc.sql("""
                    select string_agg(cause || ' ' || n, ', ' order by n desc) from
                      (select cause, count(*) n from reminder group by cause) c""").query(String.class).single());
            System.out.println("  deliveries: " + jdbc.sql("""
                    select string_agg(channel || ' ' || n, ', ' order by channel) from
                      (select channel, count(*) n from reminder_delivery group by channel) c""")
                    .query(String.class).single());
            drainMail(jdbc, smtp);
            for (int i = 2; i <= 4; i++) {
                pass(port, "pass " + i + " (nothing new)");
            }
            concurrent(port);
            source(ctx);
            // The next working day: every 超期未签收 is due again (its key is the day); simulate by forgetting them.
            int renewed = jdbc.sql("delete from reminder where cause = 'ACCEPTANCE_OVERDUE'").update();
            pass(port, "pass 5 (next working day: " + renewed + " 超期未签收 due again)");
            System.out.printf("robot messages received so far: %d (at most 10 per robot per round, 钉钉 limit)%n",
                    robotMessages.get());
        } finally {
            robot.stop(0);
            smtp.stop();
        }
    }

    /**
     * The first pass written the old way and the new way, alternately (old, new, new, old, old, new) on this
     * database, emptied of reminders before each; the median of each; then emptied once more for the rest of the run.
     */
    static void sideBySide(ConfigurableApplicationContext ctx) {
        var bench = cn.luoshi.reminders.PassBench.of(ctx);
        bench.warmUp(ctx, 3);
        System.out.println("side by side, first pass (in process, no dispatching), load average before each:");
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        for (boolean old : new boolean[] {true, false, false, true, true, false}) {
            bench.reset();
            var t = old ? bench.legacy() : bench.current();
            (old ? before : after).add(t.millis());
            System.out.printf("  %-52s %6d ms  load %s  %d due, %d new reminders, %d deliveries (%s)%n", t.variant(),
                    t.millis(), t.load(), t.items(), t.created(), t.deliveries(),
                    bench.deliveriesByChannel().get("channels"));
        }
        before.sort(null);
        after.sort(null);
        System.out.printf("  median: before %d ms, after %d ms (%.2f×)%n", before.get(1), after.get(1),
                after.get(1) / (double) before.get(1));
        bench.reset();
    }

    /** The ledger source alone: the bulk query, then the rules over its rows (three times). */
    static void source(ConfigurableApplicationContext ctx) {
        var query = ctx.getBean(cn.luoshi.ledger.DueWorkQuery.class);
        var calendar = ctx.getBean(cn.luoshi.calendar.WorkingCalendars.class).current();
        var now = java.time.Instant.now();
        var context = new cn.luoshi.reminders.ReminderContext(now,
                now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(), calendar);
        for (int i = 1; i <= 3; i++) {
            long t = System.nanoTime();
            var rules = new cn.luoshi.reminders.LedgerReminderRules(
                    cn.luoshi.reminders.LedgerReminderRules.Settings.defaults(), context);
            var work = query.openWork(rules.periodKeys());
            long tq = System.nanoTime();
            int items = 0;
            for (var w : work) {
                items += rules.evaluate(w).size();
            }
            System.out.printf("ledger source alone #%d: query %d open tasks in %d ms, rules → %d items in %d ms%n", i,
                    work.size(), (tq - t) / 1_000_000, items, (System.nanoTime() - tq) / 1_000_000);
        }
    }

    /** Two accounts per bench unit (负责人, 经办人), three in a 督查室; e-mail for ten units, half as digest. */
    static void accounts(JdbcClient jdbc) {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_id)
                select 'u' || u.sort_order || r.suffix, '{noop}bench', u.short_name || r.name, r.role, u.id
                from unit u cross join (values ('h', '负责人', 'UNIT_HEAD'), ('s', '经办人', 'UNIT_STAFF'))
                  as r(suffix, name, role)
                where u.full_name like '城市级测试单位%'""").update();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role)
                select 'dcs' || g, '{noop}bench', '督查室' || g, 'SUPERVISOR' from generate_series(1, 3) g""")
                .update();
        jdbc.sql("""
                insert into notification_preference (user_id, email, email_enabled, quiet_enabled, digest_enabled)
                select a.id, a.username || '@bench.test', true, false, a.role = 'UNIT_STAFF'
                from app_user a join unit u on u.id = a.unit_id where u.sort_order between 1001 and 1010""").update();
    }

    static void pass(int port, String label) throws Exception {
        long t = System.nanoTime();
        JsonNode r = run(port);
        System.out.printf("%s: %d ms in the pass (%.0f ms wall via HTTP); %d due, %d new reminders, %d deliveries%n",
                label, r.get("millis").asLong(), (System.nanoTime() - t) / 1e6, r.get("items").asInt(),
                r.get("created").asInt(), r.get("deliveries").isObject() ? sum(r.get("deliveries")) : 0);
    }

    static JsonNode run(int port) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/reminders/run")).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:bench-admin-pw".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static int sum(JsonNode counts) {
        int n = 0;
        for (JsonNode v : counts) {
            n += v.asInt();
        }
        return n;
    }

    static void concurrent(int port) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<JsonNode> results = java.util.Collections.synchronizedList(new ArrayList<>());
        long t = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            Thread th = new Thread(() -> {
                try {
                    results.add(run(port));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        System.out.printf("two passes at once: %.0f ms wall, new reminders %d + %d%n", (System.nanoTime() - t) / 1e6,
                results.get(0).get("created").asInt(), results.get(1).get("created").asInt());
    }

    /** Waits for the immediate e-mails to reach GreenMail and reports the rate. */
    static void drainMail(JdbcClient jdbc, GreenMail smtp) throws Exception {
        long pending = count(jdbc, "reminder_delivery where channel = 'EMAIL' and hold is null");
        long digests = count(jdbc, "reminder_delivery where channel = 'EMAIL' and hold = 'DIGEST'");
        long t = System.nanoTime();
        long deadline = t + 300_000_000_000L;
        while (System.nanoTime() < deadline && count(jdbc,
                "reminder_delivery where channel = 'EMAIL' and hold is null and status <> 'SENT'") > 0) {
            Thread.sleep(200);
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("e-mail: %d sent one by one in %.1f s (%.0f/s, GreenMail received %d); %d held for the "
                + "17:00 digest%n", pending, s, pending / s, smtp.getReceivedMessages().length, digests);
    }

    private static long count(JdbcClient jdbc, String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
