package cn.luoshi.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.LuoshiApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database dies under a running Luoshi (issue 11 §2), the application in its own JVM as an operator runs it:
 * kill -9 of the embedded postmaster under a bounded load on 127.0.0.1 — 503 (never 401) while it is away, back
 * within 15 s, every acknowledged write still there; and with an external database that stays dead, a login is 503
 * (not 用户名或密码错误), readiness is DOWN, and SIGTERM still stops the JVM within 30 s.
 */
@Tag("integration")
class DatabaseOutageTests {

    private static final String PASSWORD = "outage-pw";
    /** Any fixed day: the directive's 下达日期 only needs to be valid. */
    private static final String ISSUED_ON = "2026-03-02";

    @TempDir
    Path dataDir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void theEmbeddedServerIsRestartedAfterKill9AndNoAcknowledgedWriteIsLost() throws Exception {
        Path pg = dataDir.resolve("pg");
        Child app = start("--luoshi.embedded-db.data-dir=" + pg, "--luoshi.demo-data=false");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        // Load: four writers on 127.0.0.1, one request at a time each, for at most 20 s after the kill. A write
        // answered 201 is acknowledged and must survive; every other answer is counted.
        List<Long> acknowledged = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> beforeKill = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<Integer, Integer> whileDown = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicLong killedAt = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong recoveredAt = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger seq = new java.util.concurrent.atomic.AtomicInteger();
        long stopBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
        Runnable writer = () -> {
            while (System.nanoTime() < stopBy) {
                long recovered = recoveredAt.get();
                if (recovered > 0 && System.nanoTime() - recovered > TimeUnit.SECONDS.toNanos(1)) {
                    return; // a second of success after recovery is enough
                }
                boolean startedAfterKill = killedAt.get() > 0;
                try {
                    HttpResponse<String> r = createDirective(http, app.port, "写入" + seq.incrementAndGet());
                    boolean afterKill = killedAt.get() > 0; // answered after the kill (some were in flight)
                    if (r.statusCode() == 201) {
                        acknowledged.add(id(r.body()));
                        if (startedAfterKill) {
                            recoveredAt.compareAndSet(0, System.nanoTime());
                        }
                    } else {
                        (afterKill ? whileDown : beforeKill).merge(r.statusCode(), 1, Integer::sum);
                        if (!r.body().contains("数据库暂时不可用")) {
                            (afterKill ? whileDown : beforeKill).merge(-r.statusCode(), 1, Integer::sum);
                        }
                        Thread.sleep(50);
                    }
                } catch (Exception e) {
                    (killedAt.get() > 0 ? whileDown : beforeKill).merge(0, 1, Integer::sum); // no HTTP answer
                }
            }
        };
        java.util.concurrent.ExecutorService load = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            load.execute(writer);
        }
        Thread.sleep(2000);
        int ackedBeforeKill = acknowledged.size();
        long postmaster = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        killedAt.set(System.nanoTime());
        assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL
        Map<Integer, Integer> readinessWhileDown = new TreeMap<>();
        while (recoveredAt.get() == 0 && System.nanoTime() < stopBy) {
            readinessWhileDown.merge(get(http, app.port, "/health/readiness", false).statusCode(), 1, Integer::sum);
            Thread.sleep(200);
        }
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(recoveredAt.get()).as("writes succeed again within 20 s").isPositive();
        long recoveryMs = (recoveredAt.get() - killedAt.get()) / 1_000_000;
        System.out.printf("[outage] kill -9 of the embedded postmaster under 4 writers (%d writes acknowledged "
                + "before the kill, %d in all): writes succeed again after %d ms; other answers meanwhile %s, "
                + "readiness %s%n", ackedBeforeKill, acknowledged.size(), recoveryMs, whileDown, readinessWhileDown);
        assertThat(ackedBeforeKill).as("load before the kill").isPositive();
        assertThat(beforeKill).as("all writes succeed before the kill").isEmpty();
        assertThat(recoveryMs).as("recovery time").isLessThan(15_000);
        assertThat(whileDown.keySet()).as("503 with the message while the database is away; never 401, 500 or "
                + "a dropped connection").isSubsetOf(503);
        assertThat(get(http, app.port, "/health/readiness", false).statusCode()).isEqualTo(200);
        assertThat(get(http, app.port, "/health/liveness", false).statusCode()).isEqualTo(200);

        // Every write acknowledged before (and after) the kill is in the database.
        int port = Integer.parseInt(Files.readAllLines(pg.resolve("postmaster.pid")).get(3).trim());
        try (var c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/luoshi", "postgres", "");
                var st = c.createStatement();
                var rs = st.executeQuery("select id from directive")) {
            List<Long> stored = new ArrayList<>();
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
            assertThat(stored).containsAll(acknowledged);
        }
        long stopMs = app.sigterm();
        System.out.printf("[outage] SIGTERM with the database up: JVM gone after %d ms%n", stopMs);
        assertThat(pg.resolve("postmaster.pid")).as("the restarted server was stopped too").doesNotExist();
    }

    @Test
    void withAnExternalDatabaseThatStaysDeadALoginIs503AndSigtermStillStopsTheJvm() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            try (var c = external.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
                st.execute("create database outage_db");
            }
            // The probe runs once at start, then not for an hour: each request below takes the authentication path
            // itself until one of them has met the dead database.
            Child app = start("--spring.datasource.url=jdbc:postgresql://localhost:" + external.getPort()
                    + "/outage_db", "--spring.datasource.username=postgres", "--luoshi.demo-data=false",
                    "--luoshi.db-watchdog.interval=1h");
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
            String loginPage = browser.send(HttpRequest.newBuilder(uri(app.port, "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(csrf.find()).isTrue();

            HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(uri(app.port, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=wrong-password&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.headers().firstValue("Location").orElse("")).as("a wrong password stays a login error")
                    .endsWith("/login?error");

            long postmaster = OrphanedPostmaster.pidOf(dataDir.resolve("external")).orElseThrow();
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // SIGKILL; nobody restarts it
            while (OrphanedPostmaster.isRunning(postmaster)) {
                Thread.sleep(50);
            }

            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri(app.port, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("the right password while the database is away").isEqualTo(503);
            assertThat(login.body()).contains("数据库暂时不可用，请稍后重试");

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> api = get(http, app.port, "/api/me", true);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("数据库暂时不可用，请稍后重试");
            HttpResponse<String> ready = get(http, app.port, "/health/readiness", false);
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("DOWN");
            assertThat(get(http, app.port, "/health/liveness", false).statusCode()).isEqualTo(200);

            long stopMs = app.sigterm();
            System.out.printf("[outage] SIGTERM with the database dead: JVM gone after %d ms%n", stopMs);
            assertThat(stopMs).isLessThan(30_000);
        } catch (IOException closingTheDeadServer) {
            // zonky's close finds no server to stop
        }
    }

    // ---- the child application ------------------------------------------------------------------------------------

    private final class Child {
        final Process process;
        final int port;
        final List<String> log = new CopyOnWriteArrayList<>();

        Child(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        /** SIGTERM; the milliseconds until the JVM is gone (fails after 30 s). */
        long sigterm() throws InterruptedException {
            long t0 = System.nanoTime();
            process.destroy();
            boolean exited = process.waitFor(30, TimeUnit.SECONDS);
            assertThat(exited).as("JVM stopped within 30 s of SIGTERM; log tail: %s",
                    log.subList(Math.max(0, log.size() - 30), log.size())).isTrue();
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    private Child start(String... args) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LuoshiApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--luoshi.admin.password=" + PASSWORD, "--luoshi.reminders.cron=-"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(process);
        Child child = new Child(process, port);
        CountDownLatch started = new CountDownLatch(1);
        Path logFile = Path.of("target", "outage-child-" + port + ".log"); // read it when a test fails
        Files.createDirectories(logFile.getParent());
        Thread reader = new Thread(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var file = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                    child.log.add(line);
                    file.write(line);
                    file.newLine();
                    file.flush();
                    if (line.contains("Started LuoshiApplication")) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "child-log");
        reader.setDaemon(true);
        reader.start();
        assertThat(started.await(120, TimeUnit.SECONDS)).as("child started; log: %s", child.log).isTrue();
        // The admin account is created just after "Started": wait until it signs in.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (get(http, port, "/api/me", true).statusCode() != 200) {
            assertThat(System.nanoTime()).as("admin signs in").isLessThan(deadline);
            Thread.sleep(200);
        }
        return child;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> createDirective(HttpClient http, int port, String title) throws Exception {
        String json = "{\"title\":\"" + title + "\",\"issuedOn\":\"" + ISSUED_ON
                + "\",\"issuer\":\"区政府\",\"body\":\"测试\"}";
        return http.send(HttpRequest.newBuilder(uri(port, "/api/directives")).timeout(Duration.ofSeconds(10))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path, boolean auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(10));
        if (auth) {
            b.header("Authorization", basic());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
