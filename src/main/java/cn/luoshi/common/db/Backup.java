package cn.luoshi.common.db;

import cn.luoshi.common.Json;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * 备份与恢复: one zip file holding every table of Luoshi's schema as PostgreSQL's {@code COPY} text, read in one
 * REPEATABLE READ READ ONLY transaction (a consistent snapshot of a running system, nothing blocked), the sequences,
 * and {@code manifest.json} — format, application version, Flyway level, time, and per table its rows and SHA-256.
 * Attachments (证明材料、督查附件、通报模板、已发布通报的文档) are {@code bytea} columns, so they are in the tables.
 *
 * <p>Restoring needs the schema at the backup's Flyway level ({@link BackupCli} migrates an empty database to it),
 * checks every checksum before writing anything, then loads all tables in one transaction with triggers and foreign
 * keys held off (the rows were consistent when read) and sets the sequences. The zonky binaries carry no pg_dump,
 * hence plain JDBC; an external database can equally be saved with the field's own tools (docs/operations.md).
 */
public final class Backup {

    public static final String FORMAT = "luoshi-backup/1";
    static final String MANIFEST = "manifest.json";
    /** Flyway's own table: recreated by the migration to the backup's level, not loaded. */
    static final String FLYWAY_TABLE = "flyway_schema_history";

    private Backup() {
    }

    /** What the manifest says about one table. */
    public record TableEntry(String name, long rows, long bytes, String sha256) {
    }

    /** manifest.json. */
    public record Manifest(String format, String application, String version, Instant createdAt,
            String flywayVersion, String postgres, List<TableEntry> tables, Map<String, Long> sequences,
            String attachments) {

        public long rows(String table) {
            return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableEntry::rows).sum();
        }
    }

    /** Writes a backup of the connection's schema to {@code out}; {@code createdAt} comes from the injected clock. */
    public static Manifest write(Connection c, OutputStream out, Instant createdAt) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("set transaction isolation level repeatable read, read only");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<TableEntry> tables = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String table : tables(c)) {
                    zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
                    Counting counting = new Counting(zip);
                    copy.copyOut("copy " + quote(table) + " to stdout", counting);
                    zip.closeEntry();
                    tables.add(new TableEntry(table, counting.lines, counting.bytes, counting.sha256()));
                }
                Manifest manifest = new Manifest(FORMAT, "luoshi", version(), createdAt, flywayVersion(c),
                        one(c, "show server_version"), tables, sequences(c),
                        "附件（证明材料、督查附件、通报模板、已发布通报的文档）存于数据库 bytea 列，随所在表备份");
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(Json.write(manifest).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                c.commit();
                return manifest;
            }
        } finally {
            if (!c.isClosed()) {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The manifest of a backup file, without checking anything else. */
    public static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry e = zip.getEntry(MANIFEST);
        if (e == null) {
            throw new IOException("不是落实备份文件：缺少 " + MANIFEST);
        }
        try (InputStream in = zip.getInputStream(e)) {
            Manifest m = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Manifest.class);
            if (!FORMAT.equals(m.format())) {
                throw new IOException("不支持的备份格式: " + m.format());
            }
            return m;
        }
    }

    /** Checks every table's SHA-256 against the manifest; the message names the first damaged table. */
    public static void verify(ZipFile zip, Manifest m) throws IOException {
        for (TableEntry t : m.tables()) {
            ZipEntry e = zip.getEntry("data/" + t.name() + ".copy");
            if (e == null) {
                throw new IOException("备份文件不完整：缺少表 " + t.name());
            }
            try (DigestInputStream in = new DigestInputStream(zip.getInputStream(e), sha256())) {
                in.transferTo(OutputStream.nullOutputStream());
                if (!HexFormat.of().formatHex(in.getMessageDigest().digest()).equals(t.sha256())) {
                    throw new IOException("备份文件已损坏：表 " + t.name() + " 的校验和不符");
                }
            }
        }
    }

    /**
     * Loads a verified backup into a schema migrated to its Flyway level: empties every table of the schema, copies
     * the rows in (one transaction; {@code session_replication_role = replica} holds triggers and foreign-key checks
     * off, which needs a superuser — the embedded server's), sets the sequences.
     */
    public static void load(ZipFile zip, Manifest m, Connection c) throws SQLException, IOException {
        verify(zip, m);
        List<String> present = tables(c);
        for (TableEntry t : m.tables()) {
            if (!present.contains(t.name())) {
                throw new IOException("数据库中没有表 " + t.name() + "：请用与备份相同或更新版本的落实恢复");
            }
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("set local session_replication_role = replica");
            List<String> targets = present.stream().filter(t -> !t.equals(FLYWAY_TABLE)).map(Backup::quote).toList();
            if (!targets.isEmpty()) {
                st.execute("truncate " + String.join(", ", targets));
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (TableEntry t : m.tables()) {
                if (t.name().equals(FLYWAY_TABLE)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(zip.getEntry("data/" + t.name() + ".copy"))) {
                    long rows = copy.copyIn("copy " + quote(t.name()) + " from stdin", in);
                    if (rows != t.rows()) {
                        throw new IOException("表 " + t.name() + " 恢复了 " + rows + " 行，备份中为 " + t.rows() + " 行");
                    }
                }
            }
            for (Map.Entry<String, Long> s : m.sequences().entrySet()) {
                try (var ps = c.prepareStatement("select setval(?::regclass, ?, true)")) {
                    ps.setString(1, quote(s.getKey()));
                    ps.setLong(2, s.getValue());
                    ps.execute();
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The highest applied Flyway version (versions are compared as versions: 3_200 after 1_130). */
    static String flywayVersion(Connection c) throws SQLException {
        MigrationVersion max = null;
        try (var st = c.createStatement();
                var rs = st.executeQuery("select version from " + FLYWAY_TABLE + " where success and version is not null")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                if (max == null || v.compareTo(max) > 0) {
                    max = v;
                }
            }
        }
        return max == null ? null : max.getVersion();
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                select sequencename, last_value from pg_sequences
                where schemaname = current_schema() and last_value is not null order by sequencename""")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String version() {
        String v = Backup.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes bytes on to the zip (never closing it), counting bytes and rows (COPY text: one line per row). */
    private static final class Counting extends FilterOutputStream {
        final MessageDigest digest = Backup.sha256();
        long bytes;
        long lines;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void close() {
            // the zip entry is closed by the caller
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
