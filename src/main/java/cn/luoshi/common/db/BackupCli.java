package cn.luoshi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;

/**
 * {@code luoshi backup FILE} and {@code luoshi restore FILE}, without starting Spring.
 *
 * <ul>
 *   <li>备份: of the database Luoshi uses — {@code LUOSHI_DB_URL} (with {@code LUOSHI_DB_USER}/{@code _PASSWORD}), or
 *       the embedded one in {@code $LUOSHI_DATA_DIR/pg}: through the running server when Luoshi runs (read from
 *       {@code postmaster.pid}), else by starting it for the backup. Written to {@code FILE.part}, then renamed.</li>
 *   <li>恢复: only into an empty data directory (or an external database without tables): checks the file, creates
 *       the schema at the backup's Flyway level, loads the rows. The next {@code serve} migrates on to the current
 *       version.</li>
 * </ul>
 */
public final class BackupCli {

    static final String DATABASE = "luoshi";

    private BackupCli() {
    }

    public static int run(String[] args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("用法: luoshi backup 文件 | luoshi restore 文件");
            return 2;
        }
        quietLogs();
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            return args[0].equals("backup") ? backup(file, env, clock, out, err) : restore(file, env, out, err);
        } catch (IOException | SQLException | RuntimeException e) {
            err.println((args[0].equals("backup") ? "备份" : "恢复") + "失败: " + e.getMessage());
            return 1;
        }
    }

    private static int backup(Path file, Map<String, String> env, Clock clock, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        if (Files.exists(file)) {
            err.println("备份文件已存在，不覆盖: " + file);
            return 1;
        }
        long t0 = System.nanoTime();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Backup.Manifest m;
        try (Database db = open(env, false); OutputStream o = Files.newOutputStream(part)) {
            m = Backup.write(db.connection, o, clock.instant());
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        long rows = m.tables().stream().mapToLong(Backup.TableEntry::rows).sum();
        out.printf("已备份: %s（%d 张表，%d 行，%d KB，%d ms；迁移版本 %s，时间 %s）%n", file, m.tables().size(), rows,
                Files.size(file) / 1024, (System.nanoTime() - t0) / 1_000_000, m.flywayVersion(),
                m.createdAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime().withNano(0));
        return 0;
    }

    private static int restore(Path file, Map<String, String> env, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            err.println("找不到备份文件: " + file);
            return 1;
        }
        long t0 = System.nanoTime();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Backup.Manifest m = Backup.manifest(zip);
            Backup.verify(zip, m);
            if (!external(env)) {
                Path dir = dataDir(env);
                if (Files.isDirectory(dir) && !isEmpty(dir) || Files.exists(dir) && !Files.isDirectory(dir)) {
                    err.println("恢复被拒绝：数据目录 " + dir + " 不为空。恢复只写入空目录——请先停止落实，把该目录移走"
                            + "（或设置 LUOSHI_DATA_DIR 指向一个新目录）后再试。");
                    return 1;
                }
            }
            try (Database db = open(env, true)) {
                if (!Backup.tables(db.connection).isEmpty()) {
                    err.println("恢复被拒绝：数据库不为空（已有表）。恢复只写入空数据库——请新建一个空库后再试。");
                    return 1;
                }
                Flyway.configure().dataSource(db.url, db.user, db.password).locations("classpath:db/migration")
                        .outOfOrder(true).target(m.flywayVersion()).load().migrate();
                Backup.load(zip, m, db.connection);
            }
            long rows = m.tables().stream().mapToLong(Backup.TableEntry::rows).sum();
            out.printf("已恢复: %s（%d 张表，%d 行，%d ms；备份时间 %s，迁移版本 %s）。启动 luoshi serve 即可使用%n", file,
                    m.tables().size(), rows, (System.nanoTime() - t0) / 1_000_000,
                    m.createdAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime().withNano(0),
                    m.flywayVersion());
            return 0;
        }
    }

    /** Without Spring, logback would print every line of initdb, PostgreSQL and Flyway: warnings only. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static boolean external(Map<String, String> env) {
        String url = env.get("LUOSHI_DB_URL");
        return url != null && !url.isBlank();
    }

    static Path dataDir(Map<String, String> env) {
        String base = env.getOrDefault("LUOSHI_DATA_DIR", "");
        return Path.of(base.isBlank() ? "./data" : base, "pg").toAbsolutePath().normalize();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * The database to back up or restore into: the external one, the embedded server Luoshi is running now, or the
     * embedded server started here (and stopped again on close). {@code create}: initialise an empty directory.
     */
    private static Database open(Map<String, String> env, boolean create) throws IOException, SQLException {
        if (external(env)) {
            String url = env.get("LUOSHI_DB_URL");
            String user = env.getOrDefault("LUOSHI_DB_USER", "");
            String password = env.getOrDefault("LUOSHI_DB_PASSWORD", "");
            return new Database(url, user, password, null);
        }
        Path dir = dataDir(env);
        if (!create && !Files.exists(dir.resolve("PG_VERSION"))) {
            throw new IOException("没有找到嵌入式数据库目录 " + dir + "（可用 LUOSHI_DATA_DIR 指定）");
        }
        var pid = OrphanedPostmaster.pidOf(dir).filter(OrphanedPostmaster::isRunning);
        if (pid.isPresent()) {
            List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
            int port = Integer.parseInt(lines.get(3).trim());
            return new Database("jdbc:postgresql://localhost:" + port + "/" + DATABASE, "postgres", "", null);
        }
        Files.createDirectories(dir);
        EmbeddedPostgres pg = EmbeddedPostgresConfig.builder(dir, true).start();
        try {
            EmbeddedPostgresConfig.ensureDatabase(pg, DATABASE);
        } catch (Exception e) {
            pg.close();
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new Database(pg.getJdbcUrl("postgres", DATABASE), "postgres", "", pg);
        } catch (SQLException e) {
            pg.close();
            throw e;
        }
    }

    private static final class Database implements AutoCloseable {
        final String url;
        final String user;
        final String password;
        final Connection connection;
        final EmbeddedPostgres started;

        Database(String url, String user, String password, EmbeddedPostgres started) throws SQLException {
            this.url = url;
            this.user = user;
            this.password = password;
            this.started = started;
            this.connection = DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() throws IOException {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
            if (started != null) {
                started.close();
            }
        }
    }
}
