package cn.luoshi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load from separate processes, so the load generator is not inside the JVM it measures: {@code wrk} for HTTP and
 * {@code pgbench} for the same SQL straight to PostgreSQL. Both only on this machine's two cores, like the server.
 */
final class ExternalLoad {

    private ExternalLoad() {
    }

    /** wrk with a Lua hook that prints p50/p95 in ms and the request count; 2 s of warm-up first. */
    static CityScaleBench.Stats wrk(String url, String cookie, int clients, int seconds) throws Exception {
        return wrk(url, cookie, "", 1, clients, seconds, true);
    }

    /**
     * wrk as above with {@code requestLua} (e.g. a {@code request} function building each POST) prepended to the
     * hook, on {@code threads} threads, with or without the warm-up; {@code cookie} may be null. Any non-2xx answer
     * or socket error fails.
     */
    static CityScaleBench.Stats wrk(String url, String cookie, String requestLua, int threads, int clients, int seconds,
            boolean warmUp) throws Exception {
        Path lua = Files.createTempFile("luoshi-wrk", ".lua");
        Files.writeString(lua, requestLua + """
                done = function(summary, latency, requests)
                  io.write(string.format("RESULT %d %.3f %.3f %.3f %d\\n", summary.requests, latency:percentile(50) / 1000,
                    latency:percentile(95) / 1000, summary.duration / 1e6, summary.errors.status + summary.errors.connect
                    + summary.errors.read + summary.errors.write + summary.errors.timeout))
                end
                """);
        try {
            List<String> header = cookie == null ? List.of() : List.of("-H", "Cookie: " + cookie);
            if (warmUp) {
                List<String> warm = new java.util.ArrayList<>(List.of("wrk", "-t" + threads, "-c" + clients, "-d2s",
                        "--timeout", "10s"));
                warm.addAll(header);
                warm.add(url);
                run(warm);
            }
            List<String> measured = new java.util.ArrayList<>(List.of("wrk", "-t" + threads, "-c" + clients,
                    "-d" + seconds + "s", "--timeout", "10s", "-s", lua.toString()));
            measured.addAll(header);
            measured.add(url);
            String out = run(measured);
            Matcher m = Pattern.compile("RESULT (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("wrk said:\n" + out);
            }
            if (Long.parseLong(m.group(5)) > 0) {
                throw new IllegalStateException("wrk saw errors (non-2xx or socket):\n" + out);
            }
            int requests = Integer.parseInt(m.group(1));
            double secs = Double.parseDouble(m.group(4));
            return new CityScaleBench.Stats(requests, secs, Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), requests / secs);
        } finally {
            Files.deleteIfExists(lua);
        }
    }

    /**
     * pgbench running {@code sql} (named parameters {@code :name}, which is pgbench's own variable syntax) prepared,
     * with the same parameter values; latencies from its per-transaction log.
     */
    static CityScaleBench.Stats pgbench(int port, String sql, Map<String, Object> params, int clients, int seconds)
            throws Exception {
        Path dir = Files.createTempDirectory("luoshi-pgbench");
        Path script = dir.resolve("page.sql");
        Files.writeString(script, sql.replace('\n', ' ') + ";\n", StandardCharsets.UTF_8);
        List<String> base = new ArrayList<>(List.of("pgbench", "-n", "-h", "localhost", "-p", String.valueOf(port),
                "-U", "postgres", "-M", "prepared", "-c", String.valueOf(clients), "-j",
                String.valueOf(Math.min(2, clients)), "-f", script.toString()));
        params.forEach((k, v) -> base.addAll(List.of("-D", k + "=" + v)));
        try {
            List<String> warm = new ArrayList<>(base);
            warm.addAll(List.of("-T", "2", "luoshi"));
            run(warm);
            List<String> measured = new ArrayList<>(base);
            measured.addAll(List.of("-T", String.valueOf(seconds), "-l", "--log-prefix=" + dir.resolve("log"),
                    "luoshi"));
            String out = run(measured);
            Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench said:\n" + out);
            }
            List<Double> latencies = new ArrayList<>();
            try (Stream<Path> logs = Files.list(dir)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("log")).toList()) {
                    for (String line : Files.readAllLines(log)) {
                        String[] f = line.split(" ");
                        latencies.add(Long.parseLong(f[2]) / 1000.0); // µs → ms
                    }
                }
            }
            double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new CityScaleBench.Stats(sorted.length, seconds, CityScaleBench.pct(sorted, 50),
                    CityScaleBench.pct(sorted, 95), Double.parseDouble(tps.group(1)));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
