package cn.luoshi.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A query's result kept until a change to what it reads commits (结果复用至数据变更). The module's tables carry
 * statement-level triggers that write the writing transaction's id into one change table ({@code xid bigint primary
 * key}, one row per transaction). A result is kept with the snapshot taken just before its query ran; it is served
 * again while no row of the change table is invisible in that snapshot — that is, while no transaction that wrote the
 * tables has committed since. Unlike a "latest change id", this holds when transactions commit in a different order
 * from the one they began in, and a transaction that rolls back leaves no row.
 *
 * <p>Each read costs one index probe of the change table instead of the query. Read-your-writes holds: the probe runs
 * after the caller's own commit. Nothing is kept inside a transaction (its own uncommitted writes would look visible
 * and could roll back). At most {@link #MAX_ENTRIES} keys are kept; past that all are dropped and refill.
 */
public class KeptUntilChange<K, V> {

    static final int MAX_ENTRIES = 1024;

    /** The value, and the probe of the change table for its snapshot (built once, with the snapshot inline). */
    private record Kept<V>(String probe, V value) {
    }

    /** {@code pg_current_snapshot()} as text: xmin:xmax:xip,… (numbers only — safe to write into the statement). */
    private static final java.util.regex.Pattern SNAPSHOT =
            java.util.regex.Pattern.compile("\\d+:\\d+:(\\d+(,\\d+)*)?");

    private final JdbcClient jdbc;
    private final String table;
    private final boolean enabled;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param changeTable the module's change table (a constant of the module, never user input)
     * @param enabled     false runs the query every time (to compare in a benchmark)
     */
    public KeptUntilChange(JdbcClient jdbc, String changeTable, boolean enabled) {
        if (!changeTable.matches("[a-z_]+")) {
            throw new IllegalArgumentException(changeTable);
        }
        this.jdbc = jdbc;
        this.table = changeTable;
        this.enabled = enabled;
    }

    /**
     * Whether a transaction invisible in {@code snapshot} wrote the tables: the xids that can be invisible are those
     * from the snapshot's xmin up, an index range of a few rows. The snapshot is written into the statement, not bound:
     * bound, PostgreSQL plans the statement generically — a scan of the whole change table, calling the visibility
     * function on every row — or plans it anew at each call, and either grew with the table (6,100 probes a second at
     * 1,300 rows against 80,000 with the snapshot inline). Inline, the driver prepares each kept entry's probe once.
     */
    String probe(String snapshot) {
        if (!SNAPSHOT.matcher(snapshot).matches()) {
            throw new IllegalStateException("unexpected snapshot: " + snapshot);
        }
        String s = "'" + snapshot + "'::pg_snapshot";
        return "select exists (select 1 from " + table + " where xid >= pg_snapshot_xmin(" + s + ")::text::bigint"
                + " and not pg_visible_in_snapshot(xid::text::xid8, " + s + "))";
    }

    /** The kept result for {@code key} when nothing changed since it was built; else {@code query}'s, kept. */
    public V get(K key, Supplier<V> query) {
        if (!enabled || TransactionSynchronizationManager.isActualTransactionActive()) {
            return query.get();
        }
        Kept<V> k = kept.get(key);
        if (k != null && !jdbc.sql(k.probe()).query(Boolean.class).single()) {
            hits.incrementAndGet();
            return k.value();
        }
        misses.incrementAndGet();
        // the snapshot before the query: a change committed in between is newer than the snapshot, so the next read
        // builds again (never the other way round)
        String snapshot = jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
        V v = query.get();
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(key, new Kept<>(probe(snapshot), v));
        return v;
    }

    /** Reads served from a kept result, and reads that ran the query. */
    public long[] statistics() {
        return new long[] {hits.get(), misses.get()};
    }
}
