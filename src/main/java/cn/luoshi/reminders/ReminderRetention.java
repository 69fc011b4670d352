package cn.luoshi.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办保留期: reminders older than {@code luoshi.reminders.retention-days} (default 180) are deleted with their
 * deliveries once they are settled — every e-mail and robot message sent or given up, and every in-app notification
 * read or about work that is no longer open (no source lists its subject as open). Never deleted: an unread
 * notification about open work, a reminder with a message still to send, and a reminder whose key is due now (the next
 * pass would remind again: "once" would become "twice"). Passes older than the period that have no reminders left go
 * too. Run by the first scheduled pass of a day, in batches of {@value #BATCH} reminders, each batch a transaction
 * under the pass lock, so a pass never waits long.
 */
@Component
class ReminderRetention {

    private static final Logger log = LoggerFactory.getLogger(ReminderRetention.class);
    static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final List<ReminderSource> sources;
    private final int days;
    private final Clock clock;

    ReminderRetention(JdbcClient jdbc, TransactionTemplate tx, List<ReminderSource> sources, ReminderProperties props,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sources = sources;
        this.days = props.retentionDays();
        this.clock = clock;
    }

    /** What a run deleted. */
    record Purged(int reminders, int deliveries, int passes, int kept) {
    }

    boolean enabled() {
        return days > 0;
    }

    /**
     * Deletes what the period allows. {@code dueNow}: the full keys ({@link ReminderPass#fullKey}) the sources report
     * as due at {@code context.now()} — those stay whatever their age.
     */
    Purged purge(Set<String> dueNow, ReminderContext context) {
        if (!enabled()) {
            return new Purged(0, 0, 0, 0);
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        Timestamp before = Timestamp.from(cutoff);
        // A pass's reminders have ids in its range: every reminder up to the last id of the newest old pass is a
        // candidate (the age itself is checked per row).
        long upTo = jdbc.sql("select coalesce(max(last_reminder_id), 0) from reminder_pass where started_at < ?")
                .param(before).query(Long.class).single();
        int reminders = 0;
        int deliveries = 0;
        int kept = 0;
        Map<String, Set<Long>> open = null;
        long cursor = 0;
        while (cursor < upTo) {
            List<Candidate> batch = jdbc.sql("""
                    select r.id, r.cause, r.subject_type, r.subject_id, r.period_key, r.unit_id,
                      exists (select 1 from reminder_delivery d where d.reminder_id = r.id
                              and d.status in ('PENDING', 'SENDING')) as unsent,
                      exists (select 1 from reminder_delivery d where d.reminder_id = r.id and d.channel = 'IN_APP'
                              and d.read_at is null) as unread
                    from reminder r where r.id > ? and r.id <= ? and r.created_at < ? order by r.id limit ?""")
                    .params(cursor, upTo, before, BATCH)
                    .query((rs, i) -> new Candidate(rs.getLong(1), ReminderPass.fullKey(rs.getString(2),
                            rs.getString(3), rs.getLong(4), rs.getString(5), (Long) rs.getObject(6)), rs.getString(3),
                            rs.getLong(4), rs.getBoolean(7), rs.getBoolean(8)))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            cursor = batch.get(batch.size() - 1).id();
            if (open == null && batch.stream().anyMatch(Candidate::unread)) {
                open = openSubjects(context);
            }
            List<Long> doomed = new ArrayList<>();
            for (Candidate c : batch) {
                if (RetentionRule.deletable(c.unsent(), c.unread(), open == null ? null : open.get(c.subjectType()),
                        c.subjectId(), dueNow.contains(c.key()))) {
                    doomed.add(c.id());
                } else {
                    kept++;
                }
            }
            if (!doomed.isEmpty()) {
                int[] n = tx.execute(status -> delete(doomed));
                deliveries += n[0];
                reminders += n[1];
            }
        }
        int passes = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(ReminderPass.PASS_LOCK).query(Object.class).single();
            return jdbc.sql("""
                    delete from reminder_pass p where p.started_at < ? and not exists (select 1 from reminder r
                      where r.id between p.first_reminder_id and p.last_reminder_id and r.pass_id = p.id)""")
                    .param(before).update();
        });
        if (reminders + passes > 0) {
            log.info("催办保留期（{}天）：删除早于 {} 的 {} 条催办、{} 条投递、{} 个批次；保留 {} 条（未读且工作未结、待发送或仍到期）",
                    days, cutoff, reminders, deliveries, passes, kept);
        }
        return new Purged(reminders, deliveries, passes, kept);
    }

    /** Under the pass lock: a pass never sees a reminder half deleted. Returns {deliveries, reminders}. */
    private int[] delete(List<Long> ids) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ReminderPass.PASS_LOCK).query(Object.class).single();
        Long[] array = ids.toArray(Long[]::new);
        int d = jdbc.sql("delete from reminder_delivery where reminder_id = any(?::int8[])").param(array).update();
        int r = jdbc.sql("delete from reminder where id = any(?::int8[])").param(array).update();
        return new int[] {d, r};
    }

    /** Open subjects by type, from every source that can tell; a source that fails tells nothing (all kept). */
    private Map<String, Set<Long>> openSubjects(ReminderContext context) {
        Map<String, Set<Long>> open = new HashMap<>();
        for (ReminderSource s : sources) {
            try {
                Map<String, Set<Long>> m = s.openSubjects(context);
                if (m != null) {
                    open.putAll(m);
                }
            } catch (RuntimeException e) {
                log.warn("催办来源「{}」未能列出未结工作，其未读催办本次全部保留", s.name(), e);
            }
        }
        return open;
    }

    private record Candidate(long id, String key, String subjectType, long subjectId, boolean unsent,
            boolean unread) {
    }
}
