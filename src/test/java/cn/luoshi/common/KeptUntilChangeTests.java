package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.support.LuoshiIntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kept result is served again while nothing it reads has changed, and never after a change has committed — also
 * when transactions commit in another order than they began (where a "latest change id" would miss the earlier one),
 * on the embedded PostgreSQL with the same trigger the project list's tables carry.
 */
@LuoshiIntegrationTest
class KeptUntilChangeTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    KeptUntilChange<String, Long> kept;
    final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void tables() {
        jdbc.sql("""
                create table if not exists kept_test_change (xid bigint primary key);
                create table if not exists kept_test (id bigint generated always as identity primary key, v int);
                create or replace function kept_test_changed() returns trigger language plpgsql as $$
                begin
                  insert into kept_test_change (xid) values (pg_current_xact_id()::text::bigint) on conflict do nothing;
                  return null;
                end $$;
                create or replace trigger kept_test_changed after insert or update or delete or truncate on kept_test
                  for each statement execute function kept_test_changed();""").update();
        kept = new KeptUntilChange<>(jdbc, "kept_test_change", true);
    }

    /** The shared test database is backed up and restored by other tests: it keeps only the application's tables. */
    @org.junit.jupiter.api.AfterEach
    void dropTables() {
        jdbc.sql("""
                drop table if exists kept_test;
                drop table if exists kept_test_change;
                drop function if exists kept_test_changed();""").update();
    }

    private long count() {
        return kept.get("all", () -> {
            queries.incrementAndGet();
            return jdbc.sql("select count(*) from kept_test").query(Long.class).single();
        });
    }

    @Test
    void keptWhileNothingChangesAndQueriedAgainOnceAChangeCommits() {
        long before = count();
        assertThat(count()).isEqualTo(before);
        assertThat(queries).hasValue(1);
        assertThat(kept.statistics()).containsExactly(1L, 1L);

        jdbc.sql("insert into kept_test (v) values (1)").update();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(queries).hasValue(2);
        assertThat(count()).isEqualTo(before + 1);
        assertThat(queries).hasValue(2);
    }

    @Test
    void aTransactionThatBeganEarlierAndCommitsLaterIsSeen() throws Exception {
        long before = count();
        try (Connection early = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            try (Statement s = early.createStatement()) {
                s.executeUpdate("insert into kept_test (v) values (10)"); // older transaction id, not committed
            }
            assertThat(count()).isEqualTo(before); // built while "early" is open
            try (Statement s = late.createStatement()) {
                s.executeUpdate("insert into kept_test (v) values (20)"); // newer id, commits first
            }
            late.commit();
            assertThat(count()).isEqualTo(before + 1);
            int afterLate = queries.get();
            assertThat(count()).isEqualTo(before + 1);
            assertThat(queries).as("nothing committed since").hasValue(afterLate);
            early.commit(); // its id is older than the one already seen: still a change since the kept snapshot
            assertThat(count()).isEqualTo(before + 2);
            assertThat(queries).hasValue(afterLate + 1);
        }
    }

    /**
     * The probe reads only the change table's recent ids, however long the table grows: with the snapshot bound as a
     * parameter PostgreSQL planned a scan of the whole table (the bench's kept list fell from 8,000 to 2,800 requests a
     * second as the table grew to 1,300 rows); written inline it is an index range.
     */
    @Test
    void theProbeIsAnIndexRangeOnALongChangeTable() {
        jdbc.sql("insert into kept_test_change (xid) select g from generate_series(1, 20000) g on conflict do nothing")
                .update();
        jdbc.sql("analyze kept_test_change").update();
        // a snapshot taken after all of them (a live database's change table holds mostly ids older than any kept
        // snapshot's xmin)
        String plan = String.join("\n", jdbc.sql("explain " + kept.probe("20001:20003:20002")).query(String.class)
                .list());
        assertThat(plan).contains("Index Only Scan using kept_test_change_pkey").doesNotContain("Seq Scan");
        assertThatThrownBy(() -> kept.probe("1:2:3'; drop table kept_test; --"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRolledBackWriteLeavesTheKeptResultAndNothingIsKeptInsideATransaction() throws Exception {
        long before = count();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into kept_test (v) values (30)");
            }
            c.rollback();
        }
        int q = queries.get();
        assertThat(count()).isEqualTo(before);
        assertThat(queries).hasValue(q);

        // inside a transaction that wrote: its own rows are visible to it and may roll back, so the query runs and
        // its result is not kept
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("insert into kept_test (v) values (40)").update();
            assertThat(count()).isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        assertThat(queries).hasValue(q + 1);
        assertThat(count()).isEqualTo(before);
        assertThat(queries).as("the kept result from before the transaction").hasValue(q + 1);
    }
}
