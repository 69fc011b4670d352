package cn.luoshi.common.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (zonky binaries) when no external database URL is configured.
 *
 * <p>Unlike zonky's test defaults this instance is durable: fsync and synchronous_commit are on, data lives in
 * {@code luoshi.embedded-db.data-dir} and survives restarts. The server is a Spring bean the pool depends on, so Spring
 * closes the pool first and stops PostgreSQL after it (zonky's own shutdown hook would race the pool).
 *
 * <p>Tests set {@code luoshi.embedded-db.ephemeral} (fresh directory, deleted on close) and turn {@code durable} off
 * for speed; neither changes what SQL does.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "")
    EmbeddedPostgresServer embeddedPostgres(@Value("${luoshi.embedded-db.data-dir:./data/pg}") String dataDir,
            @Value("${luoshi.embedded-db.port:0}") int port,
            @Value("${luoshi.embedded-db.durable:true}") boolean durable,
            @Value("${luoshi.embedded-db.ephemeral:false}") boolean ephemeral) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OrphanedPostmaster.stopIfRunning(dir);
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = builder(dir, durable).setCleanDataDirectory(ephemeral);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("嵌入式 PostgreSQL 已启动: port={}, data={}, {} ms", pg.getPort(), dir,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedPostgresServer(pg, builder, dir, ephemeral);
    }

    /** The server as Luoshi runs it on {@code dir} (also used by {@code luoshi backup/restore}). */
    static EmbeddedPostgres.Builder builder(Path dir, boolean durable) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // zonky passes -F (fsync off) and synchronous_commit=off; a ledger must survive a power cut.
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setLocaleConfig("locale", "C.UTF-8")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server, @Value("${luoshi.embedded-db.database:luoshi}") String database,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeoutMs) throws Exception {
        EmbeddedPostgres pg = server.postgres();
        ensureDatabase(pg, database);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", database));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("luoshi-embedded");
        // Fail fast while the server is away (the watchdog restarts it) instead of holding a request for 30 s.
        ds.setConnectionTimeout(connectionTimeoutMs);
        ds.setValidationTimeout(Math.min(2000, connectionTimeoutMs));
        return ds;
    }

    static void ensureDatabase(EmbeddedPostgres pg, String database) throws Exception {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("invalid database name: " + database);
        }
        try (var c = pg.getPostgresDatabase().getConnection();
                var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    try (var st = c.createStatement()) {
                        st.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }
}
