package cn.luoshi.reminders;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.UserAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * FROZEN COPY of {@code ReminderPass} as it was before decision 47 (reminders written with COPY from Java, deliveries
 * built row by row in Java and written with COPY), kept only so that {@code bench/reminders.sh} can time the old and
 * the new first pass side by side on the same database. Not used by the application or the tests.
 *
 * <p>Original description: 催办 pass: asks every {@link ReminderSource} what is due, records each new reminder once (the unique index
 * {@code reminder_once} decides what is new, so a second pass — even a concurrent one — adds nothing), and creates
 * its deliveries: in-app for each recipient at once, e-mail and group robot for the dispatcher at their time (quiet
 * hours, digest). All in one transaction; sending happens after commit, off this thread.
 */
final class LegacyReminderPass {

    private static final Logger log = LoggerFactory.getLogger(LegacyReminderPass.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 10_000;
    private static final int PROBE_CHUNK = 50_000;
    /** Advisory lock key of the pass ("催办" in the lock table). */
    private static final long PASS_LOCK = 0x4C55_4F53_4849_0001L;

    private final List<ReminderSource> sources;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;
    private final Preferences preferences;
    private final Webhooks webhooks;
    private final MailChannel mail;
    private final Dispatcher dispatcher;
    private final ReminderProperties props;
    private final Clock clock;

    LegacyReminderPass(List<ReminderSource> sources, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx,
            WorkingCalendars calendars, OrgDirectory org, Preferences preferences, Webhooks webhooks,
            MailChannel mail, Dispatcher dispatcher, ReminderProperties props, Clock clock) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.calendars = calendars;
        this.org = org;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.mail = mail;
        this.dispatcher = dispatcher;
        this.props = props;
        this.clock = clock;
    }

    /** How a pass went. */
    record LegacyResult(long passId, int items, int created, Map<Channel, Integer> deliveries, long millis,
            List<String> errors) {

        int deliveryCount() {
            return deliveries.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One pass over everything due now. */
    LegacyResult run(PassTrigger trigger, String by) {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        ReminderContext context = new ReminderContext(now, now.atZone(CHINA).toLocalDate(), calendars.current());
        List<DueItem> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ReminderSource s : sources) {
            try {
                items.addAll(s.dueItems(context));
            } catch (RuntimeException e) {
                log.error("催办来源「{}」出错，本次跳过", s.name(), e);
                errors.add("催办来源「" + s.name() + "」出错，本次跳过：" + e.getMessage());
            }
        }
        long tSources = System.nanoTime();
        LegacyResult r = tx.execute(status -> record(items, errors, trigger, by, now, t0, (tSources - t0) / 1_000_000));
        log.info("催办(旧写法)：{} 项到期，新增 {} 条催办、{} 条投递（来源 {} ms，合计 {} ms）", r.items(), r.created(),
                r.deliveryCount(), (tSources - t0) / 1_000_000, r.millis());
        return r;
    }

    private LegacyResult record(List<DueItem> due, List<String> errors, PassTrigger trigger, String by, Instant now,
            long t0, long sourcesMillis) {
        Timestamp at = Timestamp.from(now);
        long passId = jdbc.sql("""
                insert into reminder_pass (started_at, trigger, triggered_by) values (?, ?, ?) returning id""")
                .params(at, trigger.name(), by).query(Long.class).single();
        // One pass at a time (across instances too): a second pass waits here for the first to commit, then finds
        // everything already reminded. The unique index stays the guarantee; the lock saves the work and deadlocks.
        jdbc.sql("select pg_advisory_xact_lock(?)").param(PASS_LOCK).query(Object.class).single();
        // The one change to the frozen code: no plan cached on the connection from an earlier pass (see ReminderPass),
        // so that the benchmark times the writer, not a stale generic plan of the probe.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Map<String, DueItem> byKey = new LinkedHashMap<>(due.size() * 2);
        for (DueItem i : due) {
            byKey.putIfAbsent(fullKey(i), i);
        }
        List<DueItem> items = new ArrayList<>(byKey.values());
        long tKeyed = System.nanoTime();
        // Most items were reminded before: ask for the new ones by key first, then send only those in full.
        List<DueItem> fresh = new ArrayList<>();
        for (int from = 0; from < items.size(); from += PROBE_CHUNK) {
            fresh.addAll(unseen(items.subList(from, Math.min(items.size(), from + PROBE_CHUNK))));
        }
        long tProbed = System.nanoTime();
        List<Object[]> created = new ArrayList<>();
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            created.addAll(insertReminders(fresh.subList(from, Math.min(fresh.size(), from + CHUNK)), passId, now));
        }
        long tInserted = System.nanoTime();
        List<Object[]> deliveries = deliveries(created, byKey, now);
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (int from = 0; from < deliveries.size(); from += CHUNK) {
            insertDeliveries(deliveries.subList(from, Math.min(deliveries.size(), from + CHUNK)), now);
        }
        deliveries.forEach(d -> counts.merge(Channel.valueOf((String) d[1]), 1, Integer::sum));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        log.info("催办各阶段(旧写法, ms)：等锁与去重 {}，查重 {}，写入催办 {}，写入投递 {}", (tKeyed - t0) / 1_000_000 - sourcesMillis,
                (tProbed - tKeyed) / 1_000_000, (tInserted - tProbed) / 1_000_000,
                (System.nanoTime() - tInserted) / 1_000_000);
        jdbc.sql("""
                update reminder_pass set finished_at = ?, items = ?, created = ?, deliveries = ?, millis = ?,
                  errors = ?, first_reminder_id = ?, last_reminder_id = ? where id = ?""")
                .params(Timestamp.from(clock.instant()), items.size(), created.size(), deliveries.size(), (int) millis,
                        errors.isEmpty() ? null : String.join("\n", errors),
                        created.isEmpty() ? null : created.get(0)[0],
                        created.isEmpty() ? null : created.get(created.size() - 1)[0], passId)
                .update();
        return new LegacyResult(passId, items.size(), created.size(), counts, millis, List.copyOf(errors));
    }

    static String fullKey(DueItem i) {
        return i.key() + "/" + (i.unitId() == null ? 0 : i.unitId());
    }

    /** The items not reminded yet (by key; the unique index answers). */
    private List<DueItem> unseen(List<DueItem> items) {
        int n = items.size();
        Object[][] cols = new Object[5][n];
        for (int i = 0; i < n; i++) {
            DueItem d = items.get(i);
            cols[0][i] = d.cause().code();
            cols[1][i] = d.subjectType();
            cols[2][i] = d.subjectId();
            cols[3][i] = d.periodKey();
            cols[4][i] = d.unitId() == null ? 0L : d.unitId();
        }
        String[] types = {"text", "text", "int8", "text", "int8"};
        return template.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select k.i from unnest(?::text[], ?::text[], ?::int8[], ?::text[], ?::int8[])
                      with ordinality as k(c, t, s, p, u, i)
                    where not exists (select 1 from reminder r where r.cause = k.c and r.subject_type = k.t
                      and r.subject_id = k.s and r.period_key = k.p and coalesce(r.unit_id, 0) = k.u)""")) {
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 1, c.createArrayOf(types[col], cols[col]));
                }
                List<DueItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(items.get(rs.getInt(1) - 1));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Writes the new reminders with COPY (ids taken from the sequence first, so deliveries can point at them); returns
     * {reminder id, full key}. Under the pass lock nobody else writes reminders, and the unique index would refuse
     * a duplicate rather than let it through.
     */
    private List<Object[]> insertReminders(List<DueItem> items, long passId, Instant at) {
        List<Long> ids = jdbc.sql("""
                select nextval(pg_get_serial_sequence('reminder', 'id')) from generate_series(1, ?) order by 1""")
                .param(items.size()).query(Long.class).list();
        Csv csv = new Csv();
        List<Object[]> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            DueItem d = items.get(i);
            long id = ids.get(i);
            csv.row(id, passId, at, d.cause().code(), d.cause().label(), d.subjectType(), d.subjectId(), d.periodKey(),
                    d.unitId(), d.audience().name(), d.title(), d.text(), d.link());
            out.add(new Object[] {id, fullKey(d)});
        }
        copy("copy reminder (id, pass_id, created_at, cause, cause_label, subject_type, subject_id, period_key, "
                + "unit_id, audience, title, body, link) from stdin with (format csv)", csv);
        return out;
    }

    private void copy(String sql, Csv csv) {
        template.execute((Connection c) -> {
            try {
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, csv.reader());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Deliveries of the new reminders: {reminder id, channel, recipient, user id, status, hold, next attempt,
     * sent at}.
     */
    private List<Object[]> deliveries(List<Object[]> created, Map<String, DueItem> byKey, Instant now) {
        if (created.isEmpty()) {
            return List.of();
        }
        Map<Long, List<UserAccount>> unitUsers = new HashMap<>();
        List<UserAccount> supervisors = new ArrayList<>();
        for (UserAccount u : org.users()) {
            if (!u.enabled()) {
                continue;
            }
            if (u.role().isUnitRole()) {
                unitUsers.computeIfAbsent(u.unitId(), k -> new ArrayList<>()).add(u);
            } else if (u.role() == Role.SUPERVISOR) {
                supervisors.add(u);
            }
        }
        Map<Long, Preference> saved = preferences.all();
        Webhooks.Routing routing = webhooks.routing();
        QuietHours robotQuiet = props.quietHours();
        boolean mails = mail.enabled();
        ZonedDateTime zNow = now.atZone(CHINA);
        Instant sent = now;
        Map<Long, DeliveryTiming.Plan> emailPlans = new HashMap<>();
        DeliveryTiming.Plan robotPlan = DeliveryTiming.robot(zNow, robotQuiet);
        List<Object[]> out = new ArrayList<>(created.size() * 3);
        for (Object[] c : created) {
            long reminderId = (Long) c[0];
            DueItem item = byKey.get((String) c[1]);
            List<UserAccount> recipients = new ArrayList<>();
            if (item.audience().includesUnit()) {
                recipients.addAll(unitUsers.getOrDefault(item.unitId(), List.of()));
            }
            if (item.audience().includesSupervisors()) {
                recipients.addAll(supervisors); // a user is either a unit's or the 督查室's, never both
            }
            for (UserAccount u : recipients) {
                String who = "user:" + u.id();
                out.add(new Object[] {reminderId, Channel.IN_APP.name(), who, u.id(), DeliveryStatus.SENT.name(), null,
                        null, sent});
                if (mails) {
                    DeliveryTiming.Plan plan = emailPlans.computeIfAbsent(u.id(),
                            id -> {
                                Preference p = preferences.orDefault(saved, id);
                                return p.mails() ? DeliveryTiming.email(zNow, p) : null;
                            });
                    if (plan != null) {
                        out.add(new Object[] {reminderId, Channel.EMAIL.name(), who, u.id(),
                                DeliveryStatus.PENDING.name(), plan.hold() == null ? null : plan.hold().name(),
                                plan.at(), null});
                    }
                }
            }
            WebhookTarget robot = item.audience().includesUnit() ? routing.forUnit(item.unitId()) : routing.global();
            if (robot != null) {
                out.add(new Object[] {reminderId, Channel.WEBHOOK.name(), robot.recipient(), null,
                        DeliveryStatus.PENDING.name(), robotPlan.hold() == null ? null : robotPlan.hold().name(),
                        robotPlan.at(), null});
            }
        }
        return out;
    }

    /** Plain COPY: the reminders are this transaction's own, so no other pass can have deliveries for them. */
    private void insertDeliveries(List<Object[]> rows, Instant at) {
        Csv csv = new Csv();
        for (Object[] r : rows) {
            csv.row(at, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
        }
        copy("copy reminder_delivery (created_at, reminder_id, channel, recipient, user_id, status, hold, "
                + "next_attempt_at, sent_at) from stdin with (format csv)", csv);
    }

    /** Rows for COPY … (format csv): null is an empty field, text is quoted, times are ISO instants. */
    static final class Csv {
        private final StringBuilder b = new StringBuilder(1 << 16);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                Object v = values[i];
                if (v instanceof String str) {
                    b.append('"').append(str.replace("\"", "\"\"")).append('"');
                } else if (v != null) {
                    b.append(v);
                }
            }
            b.append('\n');
        }

        java.io.Reader reader() {
            return new java.io.StringReader(b.toString());
        }
    }
}
