package cn.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code bin/luoshi} without Spring: help, version, unknown commands. */
@Tag("integration")
class CommandLineTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LuoshiApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsAndTheEnvironment() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve").contains("ingest").contains("LUOSHI_DB_URL")
                .contains("LUOSHI_ADMIN_PASSWORD");
    }

    @Test
    void ingestPrintsTheDraftContractForASeed() throws Exception {
        java.nio.file.Path seed = java.nio.file.Path.of("src/main/resources/seeds/002_aafd5c90119f966f.txt");
        assertThat(run("ingest", "--json", seed.toString())).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\": \"luoshi-directive-draft/1\"").contains("老旧小区改造");
    }

    @Test
    void ingestOfAMissingFileFailsWithOneLineOnStandardError() {
        assertThat(run("ingest", "--json", "no-such-file.txt")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1);
    }

    @Test
    void anUnknownCommandFailsWithOneClearLine() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("未知命令: frobnicate（luoshi --help 查看可用命令）");
    }

    @Test
    void serveIsTheDefaultAndTakesSpringArguments() {
        assertThat(LuoshiApplication.isServe(new String[0])).isTrue();
        assertThat(LuoshiApplication.isServe(new String[] {"--server.port=9090"})).isTrue();
        assertThat(LuoshiApplication.serveArgs(new String[] {"serve", "--server.port=9090"}))
                .containsExactly("--server.port=9090");
        assertThat(LuoshiApplication.isServe(new String[] {"version"})).isFalse();
    }
}
