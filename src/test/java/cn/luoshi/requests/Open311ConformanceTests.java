package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Open311 GeoReport v2 conformance kit ({@code contracts/open311/}, Dredd 14.1.0) against the application on
 * its random port: all 13 transactions must pass — including the 403 for a bad api_key (the test context sets
 * {@code luoshi.requests.open311.api-key=3f9c2a7e-test-key}, the kit's key) and the two tokens transactions.
 * The kit's date window is built around the test clock's now ({@code O311_NOW}), not the machine's.
 * <p>
 * Needs {@code node} and {@code npm}: {@code npm ci} runs once into {@code contracts/open311/node_modules} (from npm's
 * cache when warm). Without them the test is skipped — except under CI (environment variable {@code CI} or
 * {@code LUOSHI_CI} set; {@code .ci/run} sets the latter and installs Node), where a missing Node is a failure.
 */
@LuoshiIntegrationTest
class Open311ConformanceTests {

    static final Path KIT = Path.of("contracts", "open311");
    static final Pattern SUMMARY = Pattern.compile(
            "complete: (\\d+) passing, (\\d+) failing, (\\d+) errors, (\\d+) skipped, (\\d+) total");

    @LocalServerPort
    int port;

    @Test
    void theKitPassesEveryTransaction() throws Exception {
        boolean ci = set("CI") || set("LUOSHI_CI");
        boolean node = runs(List.of("node", "--version")) && runs(List.of("npm", "--version"));
        if (ci) {
            assertThat(node).as("CI: node and npm are required for the Open311 kit (.ci/run installs them)").isTrue();
        } else {
            assumeTrue(node, "node/npm not installed: the Open311 conformance kit is skipped outside CI");
        }
        assertThat(KIT.resolve("run-dredd.sh")).exists();
        if (!Files.isExecutable(KIT.resolve("node_modules/.bin/dredd"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), 300);
            assertThat(npm.exit()).as("npm ci in contracts/open311:\n" + npm.output()).isZero();
        }

        ProcessBuilder pb = new ProcessBuilder("bash", "run-dredd.sh", "http://127.0.0.1:" + port + "/open311/v2");
        pb.environment().put("O311_NOW", TestClock.get().instant().toString());
        pb.environment().put("O311_CHECK_API_KEY", "1");
        pb.environment().put("O311_REQUIRE_UPDATES", "1");
        Result raw = run(pb, 180);
        Result dredd = new Result(raw.exit(), raw.output().replaceAll("\u001B\\[[;\\d]*m", "")); // no colours
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "open311-dredd.log"), dredd.output(), StandardCharsets.UTF_8);

        Matcher m = SUMMARY.matcher(dredd.output());
        assertThat(m.find()).as("no Dredd summary in:\n" + dredd.output()).isTrue();
        assertThat(dredd.exit()).as("Dredd failed:\n" + dredd.output()).isZero();
        assertThat(m.group(2)).as("failing").isEqualTo("0");
        assertThat(m.group(3)).as("errors").isEqualTo("0");
        assertThat(m.group(4)).as("skipped:\n" + dredd.output()).isEqualTo("0");
        assertThat(m.group(1)).as("passing").isEqualTo("13");
    }

    static boolean set(String variable) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank() && !v.equalsIgnoreCase("false");
    }

    record Result(int exit, String output) {
    }

    static boolean runs(List<String> command) {
        try {
            return run(new ProcessBuilder(command), 30).exit() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command), seconds);
    }

    static Result run(ProcessBuilder pb, int seconds) throws IOException, InterruptedException {
        if (pb.directory() == null) {
            pb.directory(KIT.toFile());
        }
        pb.redirectErrorStream(true);
        Path log = Files.createTempFile("open311-kit", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Result(-1, "timed out after " + seconds + " s\n" + Files.readString(log));
            }
            return new Result(p.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
