package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 全文检索 at city scale (issue 12): the generated ledger ({@link CityData}: default 100,000 tasks, 1,000,000 progress
 * reports, 50,000 problems, 300 units) with 5,000 督办单 and 120 通报 added and a few realistic words sprinkled in
 * (雨污分流 in about one task in a thousand and one report in a thousand, 迁改 in those reports), then the results page
 * {@code GET /search?q=} over HTTP with a signed-in session — all six kinds, 5 hits and a capped count each — as the
 * 督查室 (whole ledger) and as a unit user of 城市级测试单位17 (its scope), for a specific word, a rare and a common
 * two-character word, a unit name and a word found nowhere. Median and p95 of {@code runs} requests each, one client.
 * Usage: {@code bench/search.sh [tasks] [runs]}.
 */
public final class SearchBench {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        // -Dbench.dir=DIR keeps the database after the run (to look at it; the data is made anew each run)
        String keep = System.getProperty("bench.dir");
        Path dir = keep != null ? Path.of(keep) : Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=" + (keep == null), "--luoshi.embedded-db.durable=false",
                        "--luoshi.admin.password=bench-admin-pw", "--luoshi.lights.cron=-",
                        "--luoshi.scheduling.enabled=false", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            CityData.generate(jdbc, tasks);
            addSearchData(jdbc);
            jdbc.sql("vacuum (analyze)").update();
            System.out.printf("data: %d tasks, %d reports, %d problems, %d 督办单, %d 通报, %d directives;"
                            + " generated and indexed in %.1f s%n", count(jdbc, "task"), count(jdbc, "progress_report"),
                    count(jdbc, "problem"), count(jdbc, "supervision_order"), count(jdbc, "bulletin"),
                    count(jdbc, "directive"), (System.nanoTime() - t0) / 1e9);
            long unit = jdbc.sql("select id from unit where full_name = '城市级测试单位17'").query(Long.class).single();
            OrgDirectory org = ctx.getBean(OrgDirectory.class);
            // Units made by SQL are not in the directory's cache yet: a unit made through it drops the cache.
            org.createUnit(new OrgDirectory.NewUnit(cn.luoshi.org.UnitType.DEPARTMENT, null, "检索测",
                    "检索测试单位", 9999), SystemUser.INSTANCE);
            org.createUser(new OrgDirectory.NewUser("bench-unit17", "Bench-search-2026", "测试员", Role.UNIT_STAFF,
                    unit, null), SystemUser.INSTANCE);
            HttpClient office = signIn(port, "duchashi", "luoshi2026");
            HttpClient unitUser = signIn(port, "bench-unit17", "Bench-search-2026");
            String[][] queries = {{"specific word (one task name)", "任务12345"}, {"specific word", "雨污分流"},
                    {"rare two-character word", "迁改"}, {"common two-character word", "推进"},
                    {"common word", "按计划推进"}, {"unit name", "城市级测试单位17"}, {"two words", "推进 雨污分流"},
                    {"no match", "不存在的词语"}};
            for (String[] q : queries) {
                time(port, office, "督查室: " + q[0] + " 「" + q[1] + "」", q[1], runs);
                time(port, unitUser, "unit:   " + q[0] + " 「" + q[1] + "」", q[1], runs);
            }
        }
    }

    /** 督办单 on one task in twenty, 通报 over three years, realistic words in a few tasks, reports and orders. */
    private static void addSearchData(JdbcClient jdbc) {
        jdbc.sql("update task set description = description || '，推进雨污分流改造' where id % 1000 = 7").update();
        jdbc.sql("update progress_report set difficulties = '雨污分流管网迁改需协调' where id % 997 = 0").update();
        jdbc.sql("""
                insert into supervision_order (year, seq, number, task_id, directive_id, task_title, unit_id, light,
                  light_reason, basis, requirement, response_days, issued_on, response_due, signer, status, issued_by)
                select 2024 + (n % 3), 100000 + n, '督办〔' || (2024 + n % 3) || '〕' || n || '号', t.id, t.directive_id, t.title,
                       t.lead_unit_id, 'RED', '落后序时进度', '该任务' || case when n % 50 = 0 then '雨污分流' else '' end
                       || '进度滞后于序时进度', '五个工作日内报送整改措施', 5, date '2024-01-01' + cast(n % 1000 as int),
                       date '2024-01-08' + cast(n % 1000 as int), '孙丽', 'CLOSED', 'bench'
                from (select t.*, row_number() over (order by t.id) n from task t where t.created_by = 'bench' and t.id % 20 = 0) t""").update();
        jdbc.sql("""
                insert into bulletin (status, title, period_kind, period_from, period_to, period_label, scope_kind,
                  scope_label, requirements, content, issue_year, issue_number, docx, pdf, generated_by, generated_at,
                  published_by, published_at)
                select 'PUBLISHED', '全区重点工作推进情况通报（' || g || '）', 'MONTH', d, (d + interval '1 month')::date - 1,
                       to_char(d, 'YYYY年MM月'), 'ALL', '全部工作', '各单位要对照序时进度倒排工期，加快推进。',
                       '{}'::jsonb, extract(year from d)::int, 1000 + g, '\\x00', '\\x00', 'bench', d, 'bench', d
                from generate_series(1, 120) g
                cross join lateral (select (date '2024-01-01' + (g - 1) * interval '9 days')::date d) x""").update();
    }

    private static HttpClient signIn(int port, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                        + m.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        return http;
    }

    private static void time(int port, HttpClient http, String what, String q, int runs) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
        String first = http.send(get, HttpResponse.BodyHandlers.ofString()).body();
        if (!first.contains("搜索")) {
            throw new IllegalStateException("not the results page: " + first.substring(0, Math.min(300, first.length())));
        }
        Matcher total = Pattern.compile("共找到 ([0-9+]+) 条").matcher(first);
        String found = total.find() ? total.group(1) : "0";
        http.send(get, HttpResponse.BodyHandlers.discarding());
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<Void> r = http.send(get, HttpResponse.BodyHandlers.discarding());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(what + ": HTTP " + r.statusCode());
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-58s %6s hits   median %7.1f ms   p95 %7.1f ms   (%d runs)%n", what, found,
                ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], runs);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
