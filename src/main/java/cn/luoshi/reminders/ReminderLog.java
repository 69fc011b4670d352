package cn.luoshi.reminders;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UserAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 催办记录 for the 督查室 and the admin: the passes, what each one created and to whom it went by which channel,
 * the queue of e-mail and robot messages, and the reminders of one task.
 */
@Service
class ReminderLog {

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    ReminderLog(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    /** One pass. */
    record Pass(long id, Instant startedAt, Instant finishedAt, PassTrigger trigger, String triggeredBy, int items,
            int created, int deliveries, Integer millis, String errors) {
    }

    /** One delivery of a reminder, for the log. */
    record Delivery(long id, Channel channel, String recipient, DeliveryStatus status, Hold hold, int attempts,
            Instant nextAttemptAt, String lastError, Instant sentAt, Instant readAt) {
    }

    /** A reminder with its deliveries. */
    record Entry(long id, String causeLabel, String subjectType, long subjectId, String periodKey, String unitName,
            String title, String text, String link, Instant createdAt, List<Delivery> deliveries) {

        /** The period key in words: "2026-10", "完成时限2026-11-13 第2轮", "交办于2026-11-23 09:30". */
        public String periodText() {
            if (periodKey.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}")) {
                return "交办于" + periodKey.substring(0, 10) + " " + periodKey.substring(11, 16);
            }
            int hash = periodKey.indexOf('#');
            if (hash > 0) {
                return "完成时限" + periodKey.substring(0, hash) + " 第" + periodKey.substring(hash + 1) + "轮";
            }
            return periodKey;
        }
    }

    /** Counts of the e-mail and robot queue by status. */
    record Queue(Map<Channel, Map<DeliveryStatus, Integer>> counts, List<Delivery> recentFailures) {
    }

    static void requireManager(CurrentUser me) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("仅督查室和系统管理员可以查看和运行催办");
        }
    }

    List<Pass> recentPasses(CurrentUser me, int limit) {
        requireManager(me);
        return jdbc.sql("select * from reminder_pass order by id desc limit ?").param(limit)
                .query(ReminderLog::pass).list();
    }

    Pass pass(long id, CurrentUser me) {
        requireManager(me);
        return jdbc.sql("select * from reminder_pass where id = ?").param(id).query(ReminderLog::pass).optional()
                .orElseThrow(() -> new NotFoundException("催办批次", id));
    }

    /** The reminders a pass created (at most {@code limit}), with their deliveries. */
    List<Entry> createdBy(long passId, CurrentUser me, int limit) {
        Pass p = pass(passId, me);
        if (p.created() == 0) {
            return List.of();
        }
        // The pass's ids form a range (taken under the pass lock): the primary key finds them.
        Long[] range = jdbc.sql("select first_reminder_id, last_reminder_id from reminder_pass where id = ?")
                .param(passId).query((rs, i) -> new Long[] {(Long) rs.getObject(1), (Long) rs.getObject(2)}).single();
        if (range[0] == null) {
            return List.of();
        }
        return entries("r.id between ? and ? and r.pass_id = ?", List.of(range[0], range[1], passId), limit);
    }

    /** A subject's reminders, newest first. */
    List<Entry> forSubject(String subjectType, long subjectId, CurrentUser me) {
        requireManager(me);
        return entries("r.subject_type = ? and r.subject_id = ?", List.of(subjectType, subjectId), 200);
    }

    Queue queue(CurrentUser me) {
        requireManager(me);
        Map<Channel, Map<DeliveryStatus, Integer>> counts = new EnumMap<>(Channel.class);
        for (Channel c : List.of(Channel.EMAIL, Channel.WEBHOOK)) {
            counts.put(c, new EnumMap<>(DeliveryStatus.class));
        }
        jdbc.sql("""
                select channel, status, count(*) from reminder_delivery where channel <> 'IN_APP'
                group by channel, status""").query((ResultSet rs) -> {
                    counts.get(Channel.valueOf(rs.getString(1))).put(DeliveryStatus.valueOf(rs.getString(2)),
                            rs.getInt(3));
                });
        Map<String, String> names = recipientNames();
        List<Delivery> failures = jdbc.sql("""
                select * from reminder_delivery where channel <> 'IN_APP' and last_error is not null
                  and status in ('PENDING', 'FAILED') order by id desc limit 20""")
                .query((rs, i) -> delivery(rs, names)).list();
        return new Queue(counts, failures);
    }

    private List<Entry> entries(String where, List<Object> params, int limit) {
        Map<Long, String> units = new HashMap<>();
        for (Unit u : org.units()) {
            units.put(u.id(), u.shortName());
        }
        Map<Long, Entry> entries = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        jdbc.sql("select r.* from reminder r where " + where + " order by r.id desc limit ?").params(all)
                .query((ResultSet rs) -> {
                    Long unit = (Long) rs.getObject("unit_id");
                    entries.put(rs.getLong("id"), new Entry(rs.getLong("id"), rs.getString("cause_label"),
                            rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("period_key"),
                            unit == null ? "督查室" : units.getOrDefault(unit, "单位" + unit), rs.getString("title"),
                            rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                            new ArrayList<>()));
                });
        if (!entries.isEmpty()) {
            Map<String, String> names = recipientNames();
            jdbc.sql("select * from reminder_delivery where reminder_id in (:ids) order by reminder_id, channel, id")
                    .param("ids", List.copyOf(entries.keySet()))
                    .query((ResultSet rs) -> {
                        entries.get(rs.getLong("reminder_id")).deliveries().add(delivery(rs, names));
                    });
        }
        return List.copyOf(entries.values());
    }

    /** "张三（住建）" for user:12, "住建群机器人" for robot:unit:5, "全局群机器人" for robot:global. */
    private Map<String, String> recipientNames() {
        Map<String, String> m = new HashMap<>();
        for (UserAccount u : org.users()) {
            m.put("user:" + u.id(), u.displayName() + (u.unitName() == null ? "（" + u.role().label() + "）"
                    : "（" + u.unitName() + "）"));
        }
        for (Unit u : org.units()) {
            m.put("robot:unit:" + u.id(), u.shortName() + "群机器人");
        }
        m.put(WebhookTarget.GLOBAL, "全局群机器人");
        return m;
    }

    private static Delivery delivery(ResultSet rs, Map<String, String> names) throws SQLException {
        String recipient = rs.getString("recipient");
        String hold = rs.getString("hold");
        return new Delivery(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                names.getOrDefault(recipient, recipient), DeliveryStatus.valueOf(rs.getString("status")),
                hold == null ? null : Hold.valueOf(hold), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "sent_at"), instant(rs, "read_at"));
    }

    private static Pass pass(ResultSet rs, int row) throws SQLException {
        return new Pass(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(), instant(rs, "finished_at"),
                PassTrigger.valueOf(rs.getString("trigger")), rs.getString("triggered_by"), rs.getInt("items"),
                rs.getInt("created"), rs.getInt("deliveries"), (Integer) rs.getObject("millis"),
                rs.getString("errors"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
