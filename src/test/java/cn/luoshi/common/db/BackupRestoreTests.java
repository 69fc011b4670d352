package cn.luoshi.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.Api.Upload;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 备份与恢复 round trip (issue 11 §3): a ledger with evidence files uploaded with a completion request and a
 * published bulletin is backed up from the running application, restored by {@code luoshi restore} into an empty
 * directory (a non-empty one is refused), and backed up again from the restored copy: every table reads back the
 * same bytes, the evidence files and the bulletin's frozen content and documents are the same.
 */
@LuoshiIntegrationTest
class BackupRestoreTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @TempDir
    Path tmp;

    @Test
    void aLedgerWithEvidenceAndAPublishedBulletinComesBackTheSame() throws Exception {
        // The ledger: a task with evidence files and a published bulletin.
        LedgerFixture fixture = new LedgerFixture(port);
        long taskId = fixture.task("备份测试任务", "住建").id();
        fixture.accept(taskId, "zhujian");
        Api.Response requested = Api.as(port, "zhujian").multipart("/api/tasks/" + taskId + "/completion",
                Map.of("summary", "已全部完成"), List.of(new Upload("验收报告.pdf", PDF), new Upload("现场照片.png", PNG)));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(200);
        Api office = Api.as(port, "duchashi");
        Api.Response draft = office.post("/api/bulletins", Map.of("periodKind", "MONTH", "month", "2026-06",
                "scopeKind", "ALL"));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        long bulletinId = draft.id();
        Api.Response published = office.post("/api/bulletins/" + bulletinId + "/publish", Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);

        // Backup of the running application.
        Path file = tmp.resolve("luoshi.zip");
        long t0 = System.nanoTime();
        java.time.Instant before = clock.instant();
        Backup.Manifest manifest;
        try (Connection c = dataSource.getConnection(); OutputStream out = Files.newOutputStream(file)) {
            manifest = Backup.write(c, out, clock.instant());
        }
        System.out.printf("[backup] %d tables, %d rows, %d KB in %d ms%n", manifest.tables().size(),
                manifest.tables().stream().mapToLong(Backup.TableEntry::rows).sum(), Files.size(file) / 1024,
                (System.nanoTime() - t0) / 1_000_000);
        assertThat(manifest.createdAt()).as("the time is the injected clock's").isBetween(before, clock.instant());
        assertThat(manifest.flywayVersion()).isNotBlank();
        assertThat(manifest.rows("attachment")).isGreaterThanOrEqualTo(2);
        assertThat(manifest.rows("bulletin")).isGreaterThanOrEqualTo(1);
        Map<String, String> attachments = attachmentSums(jdbc, taskId);
        assertThat(attachments).hasSize(2);
        Map<String, Object> bulletin = bulletin(jdbc, bulletinId);

        // Restore refuses a non-empty data directory.
        Path occupied = tmp.resolve("occupied");
        Files.createDirectories(occupied.resolve("pg"));
        Files.writeString(occupied.resolve("pg/something"), "x");
        Cli refused = cli("restore", file, occupied);
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).contains("恢复被拒绝").contains("不为空");

        // Restore into an empty directory.
        Path restored = tmp.resolve("restored");
        Cli restore = cli("restore", file, restored);
        assertThat(restore.code).as(restore.err).isZero();
        System.out.println("[restore] " + restore.out.strip());

        // A backup of the restored copy (the CLI starts the stopped server for it) reads the same bytes.
        Path again = tmp.resolve("again.zip");
        Cli second = cli("backup", again, restored);
        assertThat(second.code).as(second.err).isZero();
        assertThat(cli("backup", again, restored).err).as("an existing file is not overwritten").contains("已存在");
        try (ZipFile zip = new ZipFile(again.toFile())) {
            Backup.Manifest copy = Backup.manifest(zip);
            assertThat(sums(copy)).isEqualTo(sums(manifest));
        }

        // And the restored database itself: evidence files, the bulletin's frozen content, sequences go on.
        try (EmbeddedPostgres pg = EmbeddedPostgresConfig.builder(restored.resolve("pg"), false).start()) {
            JdbcClient other = JdbcClient.create(pg.getDatabase("postgres", BackupCli.DATABASE));
            assertThat(attachmentSums(other, taskId)).isEqualTo(attachments);
            assertThat(bulletin(other, bulletinId)).isEqualTo(bulletin);
            for (Backup.TableEntry t : manifest.tables()) {
                if (!t.name().equals(Backup.FLYWAY_TABLE)) {
                    assertThat(other.sql("select count(*) from " + Backup.quote(t.name())).query(Long.class).single())
                            .as(t.name()).isEqualTo(t.rows());
                }
            }
            long next = other.sql("insert into unit (type, short_name, full_name) values ('DEPARTMENT', '恢复后', "
                    + "'恢复后新建局') returning id").query(Long.class).single();
            assertThat(next).as("identities go on after the restored rows")
                    .isGreaterThan(other.sql("select max(id) from unit where id <> ?").param(next).query(Long.class)
                            .single());
        }
    }

    @Test
    void theNightlyBackupWritesAReadableFileAndKeepsTheNewest() throws Exception {
        Path first = new NightlyBackup(dataSource, new cn.luoshi.common.DatabaseStatus(), clock, tmp.toString(), 1).run();
        Clock nextNight = Clock.offset(clock, java.time.Duration.ofDays(1));
        Path second = new NightlyBackup(dataSource, new cn.luoshi.common.DatabaseStatus(), nextNight, tmp.toString(), 1)
                .run();
        assertThat(first).doesNotExist();
        try (ZipFile zip = new ZipFile(second.toFile())) {
            Backup.Manifest m = Backup.manifest(zip);
            Backup.verify(zip, m);
            assertThat(m.createdAt()).isBetween(nextNight.instant().minusSeconds(60), nextNight.instant());
        }
    }

    /** Table → SHA-256 of its rows as COPY reads them, without Flyway's own history (times of migration). */
    private static Map<String, String> sums(Backup.Manifest m) {
        Map<String, String> sums = new LinkedHashMap<>();
        m.tables().stream().filter(t -> !t.name().equals(Backup.FLYWAY_TABLE))
                .forEach(t -> sums.put(t.name(), t.sha256()));
        return sums;
    }

    private static Map<String, String> attachmentSums(JdbcClient jdbc, long taskId) {
        Map<String, String> sums = new LinkedHashMap<>();
        jdbc.sql("select original_name, encode(sha256(content), 'hex') from attachment where task_id = ? order by id")
                .param(taskId).query((rs, i) -> sums.put(rs.getString(1), rs.getString(2))).list();
        return sums;
    }

    private static Map<String, Object> bulletin(JdbcClient jdbc, long id) {
        return jdbc.sql("""
                select content::text as content, encode(sha256(docx), 'hex') as docx, encode(sha256(pdf), 'hex') as pdf,
                       published_at from bulletin where id = ?""").param(id).query().singleRow();
    }

    private record Cli(int code, String out, String err) {
    }

    private Cli cli(String command, Path file, Path dataDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCli.run(new String[] {command, file.toString()}, Map.of("LUOSHI_DATA_DIR", dataDir.toString()),
                clock, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
