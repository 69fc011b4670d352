package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What counts as the database being away, and scheduled passes that skip while it is. */
class DatabaseStatusTest {

    @Test
    void connectionFailuresAreOutagesWhereverTheyAreWrapped() {
        var poolTimeout = new SQLTransientConnectionException("Connection is not available, request timed out");
        assertThat(DatabaseStatus.isOutage(poolTimeout)).isTrue();
        assertThat(DatabaseStatus.isOutage(new InternalAuthenticationServiceException("x",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout)))).isTrue();
        assertThat(DatabaseStatus.isOutage(new CannotCreateTransactionException("x", poolTimeout))).isTrue();
        assertThat(DatabaseStatus.isOutage(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseStatus.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    /** kill -9 mid-transaction: the insert fails, then the rollback on the dead connection (seen in the outage test). */
    @Test
    void aFailedRollbackAfterALostConnectionIsAnOutage() {
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseStatus.isOutage(rollback)).as("no SQLSTATE on Hikari's closed proxy").isFalse();
        rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "insert", new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")));
        assertThat(DatabaseStatus.isOutage(rollback)).isTrue();
        var constraint = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        constraint.initApplicationException(new org.springframework.dao.DuplicateKeyException("dup"));
        assertThat(DatabaseStatus.isOutage(constraint)).isFalse();
    }

    /**
     * kill -9 under load: another request saw the server die and the pool closed the broken connection, so this
     * request's commit fails on the closed proxy, then its rollback does (seen once in the outage test as a 500).
     */
    @Test
    void aCommitAndARollbackOnAConnectionThePoolClosedAreAnOutage() {
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new org.springframework.transaction.TransactionSystemException(
                "Could not commit JDBC transaction", new SQLException("Connection is closed")));
        assertThat(DatabaseStatus.isOutage(rollback)).isTrue();
    }

    @Test
    void aBusyPoolAnswers503ButIsNoOutageForTheOthers() {
        DatabaseStatus status = new DatabaseStatus();
        var busy = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available (total=20, active=20)"));
        assertThat(DatabaseStatus.isOutage(busy)).isTrue();
        status.markDown(busy);
        assertThat(status.isUp()).isTrue();
        status.markDown(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available", "08001",
                        new SQLException("Connection refused", "08001"))));
        assertThat(status.isUp()).isFalse();
    }

    @Test
    void aWrongStatementOrAConstraintIsNot() {
        assertThat(DatabaseStatus.isOutage(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseStatus.isOutage(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseStatus.isOutage(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void aPassSkipsWhileTheDatabaseIsAwayAndRunsWhenItIsBack() {
        DatabaseStatus status = new DatabaseStatus();
        AtomicInteger runs = new AtomicInteger();
        status.whenUp("亮灯计算", () -> {
            runs.incrementAndGet();
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });
        assertThat(status.isUp()).as("a pass that meets the outage marks it").isFalse();
        status.whenUp("亮灯计算", runs::incrementAndGet);
        assertThat(runs).as("skipped while away").hasValue(1);
        status.markUp();
        status.whenUp("亮灯计算", runs::incrementAndGet);
        assertThat(runs).hasValue(2);
        assertThatThrownBy(() -> status.whenUp("亮灯计算", () -> {
            throw new IllegalStateException("规则出错");
        })).as("other errors are not swallowed").isInstanceOf(IllegalStateException.class);
    }
}
