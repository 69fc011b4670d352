package cn.luoshi.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.DatabaseStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 夜间备份's retention: the newest {@code keep} backups stay, other files in the directory are not touched. */
class NightlyBackupTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheNewestKeepBackupsStay() throws Exception {
        for (String day : new String[] {"20261201", "20261202", "20261203", "20261204"}) {
            Files.writeString(dir.resolve(NightlyBackup.PREFIX + day + "-023000.zip"), day);
        }
        Files.writeString(dir.resolve("说明.txt"), "not a backup");
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T18:30:00Z"), ZoneId.of("Asia/Shanghai"));
        NightlyBackup nightly = new NightlyBackup(null, new DatabaseStatus(), clock, dir.toString(), 2);
        assertThat(nightly.prune()).hasSize(2);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    NightlyBackup.PREFIX + "20261203-023000.zip", NightlyBackup.PREFIX + "20261204-023000.zip",
                    "说明.txt");
        }
    }
}
