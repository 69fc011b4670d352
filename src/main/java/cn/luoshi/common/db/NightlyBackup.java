package cn.luoshi.common.db;

import cn.luoshi.common.DatabaseStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 夜间备份: when {@code luoshi.backup.dir} ({@code LUOSHI_BACKUP_DIR}) is set, a {@link Backup} of the running
 * database is written there on {@code luoshi.backup.cron} (default 02:30 Beijing time) as
 * {@code luoshi-备份-yyyyMMdd-HHmmss.zip}, named by the injected clock; only the newest {@code luoshi.backup.keep}
 * (default 7) are kept. Skipped while the database is away. Off when no directory is set (tests set none).
 */
@Component
@ConditionalOnExpression("'${luoshi.backup.dir:}' != ''")
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    static final String PREFIX = "luoshi-备份-";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DataSource dataSource;
    private final DatabaseStatus database;
    private final Clock clock;
    private final Path dir;
    private final int keep;

    NightlyBackup(DataSource dataSource, DatabaseStatus database, Clock clock, @Value("${luoshi.backup.dir}") String dir,
            @Value("${luoshi.backup.keep:7}") int keep) {
        this.dataSource = dataSource;
        this.database = database;
        this.clock = clock;
        this.dir = Path.of(dir).toAbsolutePath().normalize();
        this.keep = Math.max(1, keep);
    }

    @Scheduled(cron = "${luoshi.backup.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        database.whenUp("夜间备份", this::run);
    }

    /** Writes one backup and deletes those beyond the newest {@code keep}; the file written. */
    Path run() {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(PREFIX + NAME.format(clock.instant()) + ".zip");
            Path part = dir.resolve(file.getFileName() + ".part");
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); OutputStream out = Files.newOutputStream(part)) {
                Backup.write(c, out, clock.instant());
            } catch (IOException | SQLException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("夜间备份完成: {}（{} KB，{} ms）", file, Files.size(file) / 1024,
                    (System.nanoTime() - t0) / 1_000_000);
            prune();
            return file;
        } catch (SQLException e) {
            throw new org.springframework.dao.DataAccessResourceFailureException("夜间备份失败: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("夜间备份失败: " + e.getMessage(), e);
        }
    }

    /** Keeps the newest {@code keep} backups (names sort by time); deletes the older ones. */
    List<Path> prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
        List<Path> old = backups.subList(0, Math.max(0, backups.size() - keep));
        for (Path p : old) {
            Files.deleteIfExists(p);
            log.info("删除过期备份: {}", p.getFileName());
        }
        return old;
    }
}
