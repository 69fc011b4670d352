package cn.luoshi.common.db;

import cn.luoshi.common.DatabaseStatus;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * 数据库看门狗: once a second, on its own daemon thread — is the embedded postmaster still running (restart it on the
 * same directory and port when not), and does the pool hand out a valid connection (an external database: the pool
 * reconnects by itself)? The answer goes to {@link DatabaseStatus}: readiness, the 503 answers and the scheduled
 * passes follow it. Stops first on shutdown, so it never restarts a server Spring is stopping.
 */
@Component
@ConditionalOnProperty(name = "luoshi.db-watchdog.enabled", matchIfMissing = true)
class DatabaseWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatchdog.class);

    private final DataSource dataSource;
    private final DatabaseStatus status;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final Duration interval;
    private volatile Thread thread;

    DatabaseWatchdog(DataSource dataSource, DatabaseStatus status, ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${luoshi.db-watchdog.interval:1s}") Duration interval) {
        this.dataSource = dataSource;
        this.status = status;
        this.embedded = embedded;
        this.interval = interval;
    }

    @Override
    public void start() {
        Thread t = new Thread(this::watch, "db-watchdog");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        while (thread == Thread.currentThread()) {
            try {
                if (server != null && !server.isAlive()) {
                    status.markDown(new IllegalStateException("嵌入式 PostgreSQL 进程已退出"));
                    restart(server);
                }
                probe();
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("数据库看门狗出错: {}", e.toString());
            }
        }
    }

    private void restart(EmbeddedPostgresServer server) {
        try {
            if (server.restart() && dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class); // also behind ClockedDataSource
                if (hikari.getHikariPoolMXBean() != null) {
                    hikari.getHikariPoolMXBean().softEvictConnections(); // connections to the dead server
                }
            }
        } catch (Exception e) {
            log.warn("嵌入式 PostgreSQL 重新启动失败，稍后再试: {}", e.toString());
        }
    }

    private void probe() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(2)) {
                status.markUp();
            } else {
                status.markDown(new SQLException("连接校验失败", "08006"));
            }
        } catch (SQLException e) {
            status.markDown(e);
        }
    }
}
