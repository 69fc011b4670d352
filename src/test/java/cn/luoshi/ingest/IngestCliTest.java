package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = IngestCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path seed(String id) throws IOException {
        Path p = dir.resolve(id + ".txt");
        Files.write(p, Seeds.speech(id));
        return p;
    }

    @Test
    void jsonForOneFileIsOneObjectWithTheContractFieldsInOrder() throws IOException {
        Run r = run("ingest", "--json", "--date", "2023-07-31", seed("002").toString());
        assertThat(r.status()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(names(root)).containsExactly("format", "source", "title", "gaps", "nodes", "targets", "units", "figures");
        assertThat(root.get("format").asString()).isEqualTo("luoshi-directive-draft/1");
        assertThat(names(root.get("source"))).containsExactly("file", "encoding", "script", "chars");
        assertThat(names(root.get("nodes").get(0))).containsExactly("id", "parent", "depth", "marker", "kind", "title", "text");
        assertThat(names(root.get("targets").get(0)))
                .containsExactly("node", "value", "unit", "object", "period", "bound", "per", "redacted", "text");
        assertThat(names(root.get("units").get(0))).containsExactly("node", "name", "unit", "role");
        assertThat(names(root.get("figures").get(0)))
                .containsExactly("node", "subject", "measure", "value", "unit", "reference", "period", "text");
        assertThat(root.get("source").get("file").asString()).isEqualTo("002.txt");
        assertThat(root.get("title").isNull()).isTrue();
    }

    @Test
    void severalFilesGiveOneJsonObjectPerLine() throws IOException {
        Run r = run("--json", seed("000").toString(), seed("004").toString());
        assertThat(r.status()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).get("source").get("file").asString()).isEqualTo("000.txt");
        JsonNode traditional = JSON.readTree(lines[1]);
        assertThat(traditional.get("source").get("script").asString()).isEqualTo("traditional");
        assertThat(traditional.get("gaps").get(0).get("kind").asString()).isEqualTo("omitted");
        assertThat(r.err()).contains("warning");
    }

    @Test
    void anUnreadableFileGivesOneClearLineOnStandardErrorAndANonZeroExit() throws IOException {
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Run r = run("--json", binary.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().split("\n")).singleElement().asString().contains("photo.txt").contains("binary");
        Run missing = run("--json", dir.resolve("nope.txt").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Run r = run("--json", big.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("too large");
    }

    @Test
    void withoutJsonItPrintsAReadableOutline() throws IOException {
        Run r = run("--date=2023-07-31", seed("002").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("结构 structure", "一、 肯定成绩", "目标 targets", "115 个 老旧小区改造",
                "due 2023-12-31", "单位 units", "区委宣传部 lead", "数据 figures");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("--bogus", "x").status()).isEqualTo(2);
        assertThat(run("--date", "tomorrow", "x").status()).isEqualTo(2);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
