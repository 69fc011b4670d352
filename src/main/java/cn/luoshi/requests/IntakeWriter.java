package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import jakarta.annotation.PreDestroy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 集中提交 (group commit) of intakes that need no look-up first (Open311 POSTs): the request thread checks, locates and
 * seals its request ({@link RequestService#prepare}), hands it to a writer and waits; a writer takes every request
 * waiting at that moment and writes them in <em>one</em> transaction — one statement for the numbers, the requests and
 * their first events, one for their audit entries, one commit — then answers each waiting thread. So every answer
 * still comes after its request's commit (durable), each request is written once, and a bad input is refused before it
 * is queued (nothing half-written). If a group's transaction fails, each of its requests is written again alone, so
 * one failure fails only its own request.
 * <p>
 * At 32 clients the intakes otherwise paid a transaction each (four round trips, a WAL flush); grouped, the database
 * does the per-statement and per-commit work once per group. Writers: {@code luoshi.requests.intake-writers}
 * (default 2, so one group is written while the next gathers; 0 writes each request in its own transaction as before).
 */
@Component
class IntakeWriter {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);
    /** At most this many requests in one transaction. */
    static final int MAX_GROUP = 128;
    /** How long a request thread waits for its group's commit before giving up with an error. */
    private static final long WAIT_SECONDS = 60;

    private record Item(RequestService.Prepared request, String actor, CompletableFuture<Intake> done) {
    }

    private final RequestService requests;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    IntakeWriter(RequestService requests, JdbcTemplate jdbc, AuditLog audit, PlatformTransactionManager transactions,
            @Value("${luoshi.requests.intake-writers:2}") int writerCount) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.running = writerCount > 0;
        for (int i = 0; i < writerCount; i++) {
            Thread t = new Thread(this::run, "luoshi-intake-writer-" + (i + 1));
            t.setDaemon(true);
            writers.add(t);
            t.start();
        }
    }

    /**
     * Takes in a request that needs no look-up before it is written (an Open311 POST: a fresh client UUID, no 12345 order
     * number, no photos): grouped with the others waiting when writers run, else in its own transaction. Possible duplicates are
     * not searched (the request page lists them).
     *
     * @throws cn.luoshi.common.InvalidInputException with field-level Chinese messages; nothing is written
     */
    Intake intake(NewRequest in, String actor) {
        boolean groupable = in.channel() == Channel.OPEN311 && in.clientUuid() != null && in.hotlineNo() == null
                && (in.photos() == null || in.photos().isEmpty());
        if (!running || !groupable || TransactionSynchronizationManager.isActualTransactionActive()) {
            return requests.intake(in, actor, false);
        }
        Item item = new Item(requests.prepare(in), actor, new CompletableFuture<>());
        queue.add(item);
        if (!running && queue.remove(item)) {
            return requests.intake(in, actor, false); // the writers stopped meanwhile: nobody will take it
        }
        try {
            return item.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("受理被中断，请重试", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("受理超时，请稍后重试");
        }
    }

    private void run() {
        List<Item> group = new ArrayList<>(MAX_GROUP);
        while (running || !queue.isEmpty()) {
            try {
                Item first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (Throwable t) {
                for (Item i : group) {
                    i.done().completeExceptionally(t);
                }
            } finally {
                group.clear();
            }
        }
    }

    /** Writes these prepared requests as one group now, on the calling thread (tests); one answer per request. */
    List<CompletableFuture<Intake>> writeGroup(List<RequestService.Prepared> prepared, String actor) {
        List<Item> group = new ArrayList<>();
        for (RequestService.Prepared p : prepared) {
            group.add(new Item(p, actor, new CompletableFuture<>()));
        }
        write(group);
        return group.stream().map(Item::done).toList();
    }

    /** Transactions written and requests in them since start (for the log and the tests). */
    final java.util.concurrent.atomic.AtomicLong transactions = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    /** One transaction for the group; if it fails, each request alone, so a failure fails only its own. */
    private void write(List<Item> group) {
        try {
            Map<Item, Intake> out = tx.execute(s -> insert(group));
            transactions.incrementAndGet();
            written.addAndGet(out.size());
            for (Item i : group) {
                Intake r = out.get(i);
                if (r != null) {
                    i.done().complete(r);
                } else {
                    i.done().completeExceptionally(new ConflictException("上报编号重复"));
                }
            }
        } catch (RuntimeException | Error e) {
            if (group.size() == 1 || unreachable(e)) {
                // the database is away: every request of the group gets that answer now (503), not one by one
                for (Item i : group) {
                    i.done().completeExceptionally(e);
                }
                return;
            }
            log.debug("集中提交失败，逐条重试：{}", e.toString());
            for (Item i : group) {
                write(List.of(i));
            }
        }
    }

    /** Whether the failure is the database being away (no connection, no transaction), not a row it refused. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers, requests and first events of the group in one statement (the same columns and values as
     * {@link RequestService#intake}'s), then their audit entries in one statement; inside the caller's transaction.
     * A request whose client UUID is taken is not written and is absent from the answer.
     */
    private Map<Item, Intake> insert(List<Item> group) {
        int n = group.size();
        Object[][] cols = new Object[22][n];
        for (int k = 0; k < n; k++) {
            RequestService.Prepared p = group.get(k).request();
            NewRequest in = p.in();
            Object[] row = {p.prefix(), p.uuid() == null ? null : p.uuid().toString(), in.channel().name(),
                    p.category().id(), p.urgency().name(), p.description(), p.attributesJson(), in.lat(), in.lon(),
                    p.address(), p.streetId(), p.communityId(), p.gridId(), p.streetUnitId(), p.sealedName(),
                    p.sealedPhone(), p.sealedEmail(), p.callerIndex(), in.reportedBy(), p.at().toString(),
                    p.month().toString(), p.eventNote()};
            for (int c = 0; c < row.length; c++) {
                cols[c][k] = row[c];
            }
        }
        String[] types = {"text", "text", "text", "int8", "text", "text", "text", "float8", "float8", "text", "int8",
                "int8", "int8", "int8", "text", "text", "text", "text", "text", "text", "text", "text"};
        String[] actors = new String[n];
        for (int k = 0; k < n; k++) {
            actors[k] = group.get(k).actor();
        }
        Map<String, Item> byUuid = new HashMap<>();
        for (Item i : group) {
            byUuid.put(i.request().uuid() == null ? "" : i.request().uuid().toString(), i);
        }
        Map<Item, Intake> out = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    with v as (
                      select u.*, nextval('request_number_seq')::text as seq
                      from unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::text[],
                        ?::float8[], ?::float8[], ?::text[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        with ordinality as u(prefix, uuid, channel, category, urgency, description, attributes, lat, lon,
                          address, street, community, grid, street_unit, name, phone, email, caller, reported_by, at,
                          month, note, actor, ord)),
                    r as (
                      insert into request (number, client_uuid, hotline_no, channel, category_id, urgency, description,
                        attributes, lat, lon, address, street_area_id, community_area_id, grid_area_id, street_unit_id,
                        reporter_name, reporter_phone, reporter_email, caller_index, reported_by, received_at, month,
                        updated_at)
                      select v.prefix || lpad(v.seq, greatest(6, length(v.seq)), '0'), v.uuid::uuid, null, v.channel,
                        v.category, v.urgency, v.description, v.attributes::jsonb, v.lat, v.lon, v.address, v.street,
                        v.community, v.grid, v.street_unit, v.name, v.phone, v.email, v.caller, v.reported_by,
                        v.at::timestamptz, v.month::date, v.at::timestamptz
                      from v order by v.ord
                      on conflict do nothing returning id, number, client_uuid),
                    e as (
                      insert into request_event (request_id, at, actor, kind, note, public_note, status)
                      select r.id, v.at::timestamptz, v.actor, '受理', v.note, '已受理', 'NEW'
                      from r join v on v.uuid::uuid = r.client_uuid)
                    select r.id, r.number, r.client_uuid::text from r""")) {
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 1, array(c, types[col], cols[col]));
                }
                ps.setArray(types.length + 1, array(c, "text", actors));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Item i = byUuid.get(rs.getString(3));
                        if (i != null) {
                            out.put(i, new Intake(rs.getLong(1), rs.getString(2), true, List.of()));
                        }
                    }
                }
            }
            return null;
        });
        Map<String, List<AuditLog.Entry>> entries = new HashMap<>();
        for (Item i : group) {
            Intake r = out.get(i);
            if (r != null) {
                entries.computeIfAbsent(i.actor(), a -> new ArrayList<>()).add(new AuditLog.Entry(AuditAction.CREATE,
                        RequestService.subject(r.id()), "受理诉求" + r.number(), null, i.request().auditAfter(r.number())));
            }
        }
        entries.forEach(audit::recordAll);
        return out;
    }

    private static Array array(Connection c, String type, Object[] values) throws java.sql.SQLException {
        return c.createArrayOf(type, values);
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Thread t : writers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
