package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.requests.RatesService;
import cn.luoshi.requests.RequestClockPass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 接诉即办 at city scale (issue 15): {@code n} requests over three years (generated in SQL: each with its lead
 * dispatch, 签收 and 办结 for the closed ones, a rating for four in five, about 0.7% still open — those of the last
 * days; the stored 签收 due, 自报解决 and rating unit are written by the generator — the due as receipt + 3 h, a
 * quarter + 1 day, not on the office-hour calendar: the figures time reading them, not computing them), then: the clock pass over every open request (three runs), the 三率 of the current month (computed live) and
 * of a past month at the service, and over HTTP at {@code clients} clients with wrk: the 三率 page and one unit's open
 * list (城管, signed in with a session cookie). Prints a Markdown table for docs/benchmarks.md.
 * <p>{@code bench/requests-scale.sh [n=10000000] [clients=32] [seconds=15]}
 */
public final class RequestsScaleBench {

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        // -Dbench.dir=DIR keeps the database between runs (the requests are generated once)
        String keep = System.getProperty("bench.dir");
        Path dir = keep != null ? Path.of(keep) : Files.createTempDirectory("luoshi-requests-scale");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=" + (keep == null), "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.demo-data=true", "--luoshi.scheduling.enabled=false", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn", "--server.tomcat.threads.max=64")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Clock clock = ctx.getBean(Clock.class);
            List<String> report = new ArrayList<>();
            if (jdbc.sql("select count(*) from request where reported_by = 'bench'").query(Long.class).single() < n) {
                long t0 = System.nanoTime();
                generate(jdbc, n);
                double load = (System.nanoTime() - t0) / 1e9;
                // what the first 三率 of each month stores once (签收 dues, rating units) is stored now, not timed below
                long f0 = System.nanoTime();
                ctx.getBean(RatesService.class).fillMissing();
                double fill = (System.nanoTime() - f0) / 1e9;
                long v0 = System.nanoTime();
                jdbc.sql("vacuum (analyze)").update();
                System.out.printf("generated %,d requests in %.0f s; 签收 dues and rating units stored in %.0f s; vacuum (analyze) %.0f s%n",
                        n, load, fill, (System.nanoTime() - v0) / 1e9);
            }
            long open = jdbc.sql("select count(*) from request where status not in ('CLOSED', 'MERGED')")
                    .query(Long.class).single();
            long total = jdbc.sql("select count(*) from request").query(Long.class).single();
            report.add(String.format("| requests | %,d (%,d open), %,d dispatches, %,d ratings |", total, open,
                    jdbc.sql("select count(*) from request_dispatch").query(Long.class).single(),
                    jdbc.sql("select count(*) from request_rating").query(Long.class).single()));

            // -Dbench.only=open-list: one clock pass (the lights the list shows), then only 城管's JSON open list
            boolean openListOnly = "open-list".equals(System.getProperty("bench.only"));
            RequestClockPass pass = ctx.getBean(RequestClockPass.class);
            for (int i = 1; i <= (openListOnly ? 1 : 3); i++) {
                var r = pass.run();
                System.out.printf("clock pass #%d: %,d open, %,d changed, %,d ms%n", i, r.open(), r.changed(), r.millis());
                report.add(String.format("| clock pass %d (%s) | %,d ms | %,d open, %,d lights written |", i,
                        i == 1 ? "first: every light new" : "again", r.millis(), r.open(), r.changed()));
            }

            RatesService rates = ctx.getBean(RatesService.class);
            if (Boolean.getBoolean("bench.explain")) {
                YearMonth pm = YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).minusMonths(2);
                for (String q : List.of("""
                        explain (analyze, buffers) select d.unit_id, u.short_name,
                          count(*) filter (where d.signed_at is not null or d.returned_at is not null or d.sign_due < luoshi_now()),
                          count(*) filter (where d.signed_at is not null and d.signed_at <= d.sign_due)
                        from request_dispatch d join unit u on u.id = d.unit_id
                        where d.dispatched_at >= cast(:from as timestamptz) and d.dispatched_at < cast(:to as timestamptz)
                        group by d.unit_id, u.short_name""", """
                        explain (analyze, buffers) select g.unit_id, count(*) from request_rating g join unit u on u.id = g.unit_id
                        where g.rated_at >= cast(:from as timestamptz) and g.rated_at < cast(:to as timestamptz) group by 1""")) {
                    jdbc.sql(q).param("from", pm.atDay(1).toString()).param("to", pm.plusMonths(1).atDay(1).toString())
                            .query(String.class).list().forEach(System.out::println);
                }
            }
            YearMonth now = YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
            for (YearMonth m : openListOnly ? List.<YearMonth>of() : List.of(now, now.minusMonths(2))) {
                double[] ms = new double[20];
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    rates.month(m);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                double cold = ms[0];
                java.util.Arrays.sort(ms);
                System.out.printf("三率 %s at the service: first (counted) %.0f ms, then p50 %.1f ms, p95 %.1f ms%n", m,
                        cold, ms[10], ms[18]);
                report.add(String.format("| 三率 %s, service, 20 runs | first (counted) %.0f ms; p50 %.1f ms, p95 %.1f ms | |",
                        m, cold, ms[10], ms[18]));
            }
            if (CityScaleBench.onPath("wrk")) {
                String centre = CityScaleBench.sessionCookie(port, "duchashi");
                String unit = CityScaleBench.sessionCookie(port, "chengguan");
                List<String[]> pages = List.of(new String[] {"三率 page " + now, "/requests/rates?month=" + now, centre},
                        new String[] {"三率 page " + now.minusMonths(2), "/requests/rates?month=" + now.minusMonths(2), centre},
                        new String[] {"城管's open list (page, 200 rows)", "/requests?open=true", unit},
                        new String[] {"城管's open list (JSON, 50 rows)", "/api/requests?open=true&size=50", unit});
                if (openListOnly) {
                    // warm-up: the measured run below meets a compiled server, as a running instance would
                    ExternalLoad.wrk("http://localhost:" + port + pages.get(3)[1], unit, clients, seconds);
                    System.out.println("warm-up done");
                }
                for (String[] page : openListOnly ? pages.subList(3, 4) : pages) {
                    try {
                        var r = ExternalLoad.wrk("http://localhost:" + port + page[1], page[2], clients, seconds);
                        System.out.println(page[0] + " (wrk): " + r);
                        report.add(String.format("| %s, HTTP, %d clients (wrk) | p50 %.1f ms, p95 %.1f ms | %.0f req/s |",
                                page[0], clients, r.p50(), r.p95(), r.rps()));
                    } catch (IllegalStateException e) {
                        System.out.println(page[0] + ": " + e.getMessage());
                        report.add("| " + page[0] + ", HTTP | failed: " + e.getMessage().lines().findFirst().orElse("") + " | |");
                    }
                }
            } else {
                System.out.println("wrk is not on the PATH: HTTP figures skipped");
            }
            System.out.println();
            report.forEach(System.out::println);
        }
    }

    /**
     * n requests spread evenly over the 36 months up to now: channel 12345, a leaf category, a street, a lead unit
     * among the units that handle requests; closed ones were dispatched an hour after receipt, signed an hour later,
     * finished two days later and four in five rated the day after; those of the last 0.7% of the span are open
     * (two in three signed).
     */
    static void generate(JdbcClient jdbc, long n) {
        long batch = 500_000;
        for (long from = 1; from <= n; from += batch) {
            long to = Math.min(n, from + batch - 1);
            jdbc.sql("""
                    with cats as (select array_agg(id order by id) a from request_category where parent_id is not null),
                    streets as (select array_agg(distinct street_unit_id) a from request where street_unit_id is not null),
                    units as (select array_agg(distinct unit_id) a from request_dispatch),
                    g as (select i, luoshi_now() - interval '36 months' + (interval '36 months' - interval '2 hours') * (i::float8 / :n) as at
                          from generate_series(cast(:from as bigint), cast(:to as bigint)) i)
                    insert into request (number, channel, category_id, urgency, description, attributes, lat, lon,
                      street_unit_id, reported_by, status, received_at, month, lead_unit_id, any_accepted, finished_at,
                      resolved_self, replied_at, rating, rated_at, updated_at)
                    select 'SQB' || lpad(i::text, 10, '0'), 'HOTLINE', cats.a[1 + i % cardinality(cats.a)],
                      case when i % 20 = 0 then 'URGENT' else 'NORMAL' end, '批量诉求' || i, '{}',
                      39.872 + (i % 997) * 0.00007, 116.362 + (i % 991) * 0.00009,
                      streets.a[1 + i % cardinality(streets.a)], 'bench',
                      case when i > :n * 0.993 then (case when i % 3 = 0 then 'DISPATCHED' else 'IN_PROGRESS' end) else 'CLOSED' end,
                      at, date_trunc('month', at at time zone 'Asia/Shanghai')::date,
                      units.a[1 + (i * 7) % cardinality(units.a)], true,
                      case when i > :n * 0.993 then null else at + interval '2 days' end,
                      case when i > :n * 0.993 then null else i % 10 <> 0 end,
                      case when i > :n * 0.993 then null else at + interval '2 days 1 hour' end,
                      case when i > :n * 0.993 or i % 5 = 0 then null when i % 10 = 1 then 'UNSATISFIED'
                           when i % 10 = 2 then 'BASIC' else 'SATISFIED' end,
                      case when i > :n * 0.993 or i % 5 = 0 then null else at + interval '3 days' end, at
                    from g, cats, streets, units""")
                    .param("n", n).param("from", from).param("to", to).update();
            System.out.printf("  %,d / %,d requests%n", to, n);
        }
        // One statement for every dispatch: its 本单位在办 trigger would collect ten million request ids into one array
        // and refresh them all (a generation of ten million stalled there). As pg_restore does, the trigger is off for
        // the bulk insert and the open requests' rows are written after it, set-based, by the rule the trigger keeps.
        jdbc.sql("alter table request_dispatch disable trigger request_open_unit_dispatch_insert").update();
        jdbc.sql("""
                insert into request_dispatch (request_id, unit_id, role, round, dispatched_at, dispatched_by, signed_at,
                  signed_by, finished_at, status, sign_due, resolved)
                select id, lead_unit_id, 'LEAD', 0, received_at + interval '1 hour', 'bench',
                  case when status = 'DISPATCHED' then null else received_at + interval '2 hours' end,
                  case when status = 'DISPATCHED' then null else 'bench' end, finished_at,
                  case status when 'CLOSED' then 'FINISHED' when 'DISPATCHED' then 'OPEN' else 'SIGNED' end,
                  received_at + interval '3 hours' + case when id % 4 = 0 then interval '1 day' else interval '0' end,
                  case when status = 'CLOSED' then resolved_self end
                from request where reported_by = 'bench'""").update();
        jdbc.sql("alter table request_dispatch enable trigger request_open_unit_dispatch_insert").update();
        jdbc.sql("""
                insert into request_open_unit (unit_id, request_id, received_at)
                select distinct d.unit_id, d.request_id, r.received_at from request_dispatch d
                join request r on r.id = d.request_id
                where r.reported_by = 'bench' and r.status not in ('CLOSED', 'MERGED') and d.status in ('OPEN', 'SIGNED')
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into request_rating (request_id, round, rating, resolved, callback, rated_at, recorded_by, unit_id)
                select id, 0, rating, rating <> 'UNSATISFIED', true, rated_at, 'bench', lead_unit_id
                from request where reported_by = 'bench' and rating is not null""").update();
    }
}
