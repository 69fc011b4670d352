package cn.luoshi.bench;

import cn.luoshi.LuoshiApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 接诉即办 intake speed: {@code clients} HTTP clients POST Open311 service requests (form-encoded, with location,
 * attribute and a phone that is sealed) for {@code seconds}; then pgbench inserts the same rows (request + its history
 * event + its audit entry, one transaction each) on the same database with the same number of clients.
 * Durable: the embedded PostgreSQL runs with its default fsync/synchronous_commit.
 */
public final class RequestsIntakeBench {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("luoshi-bench");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LuoshiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--luoshi.embedded-db.data-dir=" + dir.resolve("pg"),
                        "--luoshi.embedded-db.ephemeral=true", "--luoshi.admin.password=bench-admin-pw",
                        "--luoshi.demo-data=true", "--luoshi.lights.cron=-", "--logging.level.root=warn",
                        "--logging.level.cn.luoshi=warn", "--server.tomcat.threads.max=64")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://localhost:" + port + "/open311/v2/requests.json");
            long before = jdbc.sql("select count(*) from request").query(Long.class).single();
            // warm-up
            post(http, uri, new Random(1), 0, 0);
            for (int i = 0; i < 200; i++) {
                post(http, uri, new Random(i), 0, i);
            }
            long start0 = jdbc.sql("select count(*) from request").query(Long.class).single();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    Random rnd = new Random(client);
                    int i = 0;
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        try {
                            int status = post(http, uri, rnd, client + 1, i++);
                            if (status == 200) {
                                ok.incrementAndGet();
                                latencies.add((System.nanoTime() - s) / 1e6);
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long stored = jdbc.sql("select count(*) from request").query(Long.class).single() - start0;
            double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("Open311 intake: %d clients, %.1f s: %d created (%d stored), %d failed, %.0f req/s, p50 %.1f ms, p95 %.1f ms%n",
                    clients, secs, ok.get(), stored, failed.get(), ok.get() / secs, CityScaleBench.pct(sorted, 50),
                    CityScaleBench.pct(sorted, 95));
            System.out.printf("(requests before the run: %d)%n", before);
            double luoshiRate = ok.get() / secs;
            if (CityScaleBench.onPath("wrk")) {
                // the same POSTs from a C load generator (wrk, two threads): the clients no longer share the JVM
                long w0 = jdbc.sql("select count(*) from request").query(Long.class).single();
                var w = wrkPost(port, clients, seconds);
                long wStored = jdbc.sql("select count(*) from request").query(Long.class).single() - w0;
                System.out.printf("Open311 intake from wrk: %d clients, %.1f s: %d answered 201, %d stored, %.0f req/s, p50 %.1f ms, p95 %.1f ms%n",
                        clients, w.seconds(), w.requests(), wStored, w.rps(), w.p50(), w.p95());
                // wrk stops at the deadline with up to one request per connection sent and not yet counted: those are
                // stored too; fewer stored than answered would be a lost write
                if (wStored < w.requests() || wStored > w.requests() + clients) {
                    throw new IllegalStateException("answered " + w.requests() + " but stored " + wStored);
                }
                luoshiRate = w.rps();
            }

            String jdbcUrl;
            try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                jdbcUrl = c.getMetaData().getURL();
            }
            int pgPort = Integer.parseInt(jdbcUrl.replaceAll(".*localhost:(\\d+)/.*", "$1"));
            long category = jdbc.sql("select id from request_category where open311_code = 'road-damage'").query(Long.class).single();
            String sql = """
                    begin;
                    insert into request (number, channel, category_id, urgency, description, attributes, lat, lon, address,
                      reporter_name, reporter_phone, caller_index, reported_by, received_at, month, updated_at)
                    values ('PB' || nextval('request_number_seq'), 'OPEN311', :cat, 'NORMAL', 'pgbench 坑槽', jsonb_build_object('DAMAGE_TYPE', 'pothole'),
                      39.9042, 116.4074, '公交站', 'v1.sealed-name-placeholder-0000000000', 'v1.sealed-phone-placeholder-00000000',
                      'blind-index-placeholder-000000000000000000000', 'Open311', luoshi_now(),
                      date_trunc('month', luoshi_now() at time zone 'Asia/Shanghai')::date, luoshi_now());
                    insert into request_event (request_id, at, actor, kind, note, public_note, status)
                      values (currval('request_id_seq'), luoshi_now(), 'open311', '受理', 'Open311受理：道路破损', '已受理', 'NEW');
                    insert into audit_entry (actor, action, entity_type, entity_id, summary, after_state)
                      values ('open311', 'CREATE', 'request', currval('request_id_seq'), '受理诉求', jsonb_build_object('编号', 'x'));
                    end""";
            Path script = Files.createTempFile("luoshi-requests-pgbench", ".sql");
            // one statement per line: pgbench prepares each line
            Files.writeString(script, sql.replace("\n                      ", " ").replace("\n                    ", " ")
                    .replace(";", ";\n"), StandardCharsets.UTF_8);
            List<String> cmd = List.of("pgbench", "-n", "-h", "localhost", "-p", String.valueOf(pgPort), "-U", "postgres",
                    "-M", "prepared", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-D",
                    "cat=" + category, "-f", script.toString(), "luoshi");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([\\d.]+)").matcher(out);
            java.util.regex.Matcher lat = java.util.regex.Pattern.compile("latency average = ([\\d.]+) ms").matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench said:\n" + out);
            }
            double pgTps = Double.parseDouble(tps.group(1));
            System.out.printf("pgbench same rows (request + event + audit entry per transaction): %d clients, %d s: %.0f tps, latency avg %s ms%n",
                    clients, seconds, pgTps, lat.find() ? lat.group(1) : "?");
            System.out.printf("ratio pgbench / Luoshi: %.1f×%n", pgTps / luoshiRate);
        }
    }

    /** wrk (two threads) POSTing random Open311 requests, without warm-up; any non-2xx answer fails. */
    static CityScaleBench.Stats wrkPost(int port, int clients, int seconds) throws Exception {
        return ExternalLoad.wrk("http://localhost:" + port, null, """
                local counter = 0
                request = function()
                  counter = counter + 1
                  local lat = 39.872 + math.random() * 0.076
                  local lon = 116.362 + math.random() * 0.096
                  local body = string.format("service_code=road-damage&lat=%.6f&long=%.6f&attribute%%5BDAMAGE_TYPE%%5D=pothole"
                    .. "&description=wrk%d&address_string=wrk&first_name=%%E4%%BC%%9F&last_name=%%E6%%9D%%8E&phone=1380000%04d",
                    lat, lon, counter, counter % 10000)
                  return wrk.format("POST", "/open311/v2/requests.json",
                    {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
                end
                """, 2, clients, seconds, false);
    }

    private static int post(HttpClient http, URI uri, Random rnd, int client, int i) throws Exception {
        double lat = 39.872 + rnd.nextDouble() * 0.076;
        double lon = 116.362 + rnd.nextDouble() * 0.096;
        String body = "service_code=road-damage&lat=" + lat + "&long=" + lon + "&attribute%5BDAMAGE_TYPE%5D=pothole"
                + "&description=" + URLEncoder.encode("压测坑槽 " + client + "-" + i, StandardCharsets.UTF_8)
                + "&address_string=" + URLEncoder.encode("压测地址" + i, StandardCharsets.UTF_8)
                + "&first_name=%E4%BC%9F&last_name=%E6%9D%8E&phone=1380000" + String.format("%04d", (client * 7919 + i) % 10000);
        HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
