package cn.luoshi.common;

import java.sql.SQLException;
import org.springframework.transaction.TransactionSystemException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * 数据库是否可用: what the watchdog last found (a probe every second) or a request just met. While the database is
 * away, pages and the API answer 503 「{@value #MESSAGE}」 (never a login error), scheduled passes skip with one log
 * line, and readiness is DOWN. The probe sets it back to up.
 */
@Component
public class DatabaseStatus {

    /** What users read while the database is away. */
    public static final String MESSAGE = "数据库暂时不可用，请稍后重试";

    private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

    private volatile boolean up = true;
    /** Passes already told they were skipped in this outage: one line each, not one per run. */
    private final Set<String> skipped = ConcurrentHashMap.newKeySet();

    public boolean isUp() {
        return up;
    }

    /**
     * A request or pass met a dead connection; the watchdog confirms it and sets it back. A pool that is only busy
     * (every connection in use for 3 s, the database answering) is not an outage: that request gets its 503, the
     * others go on.
     */
    public void markDown(Throwable cause) {
        if (up && !poolBusy(cause)) {
            up = false;
            log.warn("数据库不可用: {}", rootMessage(cause));
        }
    }

    public void markUp() {
        if (!up) {
            up = true;
            skipped.clear();
            log.info("数据库已恢复");
        }
    }

    /**
     * Runs a scheduled pass (亮灯、催办、保留期 …) when the database is up; when it is away, or goes away during the
     * pass, logs one line and returns {@code fallback}. Other errors propagate as before.
     */
    public <T> T whenUp(String pass, Supplier<T> work, T fallback) {
        if (!up) {
            if (skipped.add(pass)) {
                log.warn("数据库不可用，跳过{}（恢复后自动继续）", pass);
            }
            return fallback;
        }
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!isOutage(e)) {
                throw e;
            }
            markDown(e);
            if (skipped.add(pass)) {
                log.warn("数据库不可用，{}未完成（恢复后自动继续）: {}", pass, rootMessage(e));
            }
            return fallback;
        }
    }

    public void whenUp(String pass, Runnable work) {
        whenUp(pass, () -> {
            work.run();
            return null;
        }, null);
    }

    /**
     * True when the failure is the database being unreachable (no connection, connection lost, server shutting down
     * or starting), as opposed to a wrong statement or a constraint: SQLSTATE class 08 and 57P, the pool's timeout,
     * and Spring's translations of them.
     */
    public static boolean isOutage(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
            // The server died mid-transaction: the statement's failure, then the rollback's on the dead connection
            // ("Connection is closed", no SQLSTATE), which Spring reports with the first one attached.
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && tse.getApplicationException() != t && (isOutage(tse.getApplicationException())
                    || closedConnection(tse.getApplicationException()))) {
                // (the commit itself failed on a connection the pool had already closed as broken — another request
                // saw the server die first — and then the rollback: the connection was lost, not a statement refused)
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Hikari's answer on a connection it has closed (no SQLSTATE), anywhere in the chain. */
    private static boolean closedConnection(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException s && s.getSQLState() == null && "Connection is closed".equals(s.getMessage())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The pool's timeout without a failed connection attempt behind it: all connections busy, none broken. */
    static boolean poolBusy(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return t.getCause() == null;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == null ? "" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
