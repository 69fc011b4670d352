package cn.luoshi.reminders;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.UserAccount;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办 pass: asks every {@link ReminderSource} what is due, records each new reminder once (the unique index
 * {@code reminder_once} decides what is new, so a second pass — even a concurrent one — adds nothing), and creates
 * its deliveries: in-app for each recipient at once, e-mail and group robot for the dispatcher at their time (quiet
 * hours, digest). All in one transaction; sending happens after commit, off this thread.
 */
@Service
class ReminderPass {

    private static final Logger log = LoggerFactory.getLogger(ReminderPass.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int PROBE_CHUNK = 50_000;
    /** Advisory lock key of the pass ("催办" in the lock table). */
    static final long PASS_LOCK = 0x4C55_4F53_4849_0001L;

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
    private final ReminderRetention retention;
    private volatile LocalDate lastRetention;

    @Autowired
    ReminderPass(List<ReminderSource> sources, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx,
            WorkingCalendars calendars, OrgDirectory org, Preferences preferences, Webhooks webhooks,
            MailChannel mail, Dispatcher dispatcher, ReminderProperties props, Clock clock,
            ReminderRetention retention) {
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
        this.retention = retention;
    }

    /** A pass without the retention (tests and benchmarks that build one by hand). */
    ReminderPass(List<ReminderSource> sources, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx,
            WorkingCalendars calendars, OrgDirectory org, Preferences preferences, Webhooks webhooks,
            MailChannel mail, Dispatcher dispatcher, ReminderProperties props, Clock clock) {
        this(sources, jdbc, template, tx, calendars, org, preferences, webhooks, mail, dispatcher, props, clock,
                new ReminderRetention(jdbc, tx, sources, props, clock));
    }

    /** How a pass went. */
    record Result(long passId, int items, int created, Map<Channel, Integer> deliveries, long millis,
            List<String> errors) {

        int deliveryCount() {
            return deliveries.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Scheduled(cron = "${luoshi.reminders.cron:0 0/30 8-18 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        database.whenUp("催办", this::scheduledPass);
    }

    /** 数据库不可用时跳过 (one log line); tests that build this by hand get an always-up status. */
    private cn.luoshi.common.DatabaseStatus database = new cn.luoshi.common.DatabaseStatus();

    @org.springframework.beans.factory.annotation.Autowired
    void setDatabaseStatus(cn.luoshi.common.DatabaseStatus database) {
        this.database = database;
    }

    private void scheduledPass() {
        LocalDate today = clock.instant().atZone(CHINA).toLocalDate();
        if (!calendars.current().isWorkingDay(today)) {
            return; // 催办 goes out on working days (调休 Saturdays included, holidays not)
        }
        Outcome o = execute(PassTrigger.SCHEDULED, "系统");
        // 保留期: once a day, after the day's first pass, and only when every source answered (the keys due now are
        // what keeps an old reminder from being deleted and reminded again).
        if (retention.enabled() && !today.equals(lastRetention) && o.result().errors().isEmpty()) {
            lastRetention = today;
            retention.purge(o.dueKeys(), o.context());
        }
    }

    /** One pass over everything due now. */
    Result run(PassTrigger trigger, String by) {
        return execute(trigger, by).result();
    }

    /** A pass, with the keys due now and the context they were judged in (for the retention). */
    record Outcome(Result result, Set<String> dueKeys, ReminderContext context) {
    }

    private Outcome execute(PassTrigger trigger, String by) {
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
        Set<String> keys = new HashSet<>(items.size() * 2);
        Result r = tx.execute(status -> record(items, keys, errors, trigger, by, now, t0,
                (tSources - t0) / 1_000_000));
        log.info("催办：{} 项到期，新增 {} 条催办、{} 条投递（来源 {} ms，合计 {} ms）", r.items(), r.created(),
                r.deliveryCount(), (tSources - t0) / 1_000_000, r.millis());
        if (r.deliveryCount() > 0) {
            dispatcher.kick();
        }
        return new Outcome(r, keys, context);
    }

    private Result record(List<DueItem> due, Set<String> keys, List<String> errors, PassTrigger trigger, String by,
            Instant now, long t0, long sourcesMillis) {
        Timestamp at = Timestamp.from(now);
        long passId = jdbc.sql("""
                insert into reminder_pass (started_at, trigger, triggered_by) values (?, ?, ?) returning id""")
                .params(at, trigger.name(), by).query(Long.class).single();
        // One pass at a time (across instances too): a second pass waits here for the first to commit, then finds
        // everything already reminded. The unique index stays the guarantee; the lock saves the work and deadlocks.
        jdbc.sql("select pg_advisory_xact_lock(?)").param(PASS_LOCK).query(Object.class).single();
        // Plans for this pass's sizes. The driver prepares a statement on the server from its 5th use on a pooled
        // connection, and the server may then keep a generic plan that assumes 10 array elements: one made while the
        // table was empty scans the whole table once per key when it holds 100,000 reminders (a pass that never ends).
        planner("set local plan_cache_mode = force_custom_plan");
        List<DueItem> items = distinct(due, keys);
        long tKeyed = System.nanoTime();
        // Most items were reminded before: ask for the new ones by key first, then send only those in full.
        List<DueItem> fresh = new ArrayList<>();
        for (int from = 0; from < items.size(); from += PROBE_CHUNK) {
            fresh.addAll(unseen(items.subList(from, Math.min(items.size(), from + PROBE_CHUNK))));
        }
        long tProbed = System.nanoTime();
        long[] ids = fresh.isEmpty() ? null : writeReminders(fresh, passId, now);
        long tInserted = System.nanoTime();
        Map<Channel, Integer> counts = ids == null ? new EnumMap<>(Channel.class)
                : fanOut(passId, ids[0], ids[1], now);
        int deliveries = counts.values().stream().mapToInt(Integer::intValue).sum();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        log.info("催办各阶段(ms)：等锁与去重 {}，查重 {}，写入催办 {}，写入投递 {}", (tKeyed - t0) / 1_000_000 - sourcesMillis,
                (tProbed - tKeyed) / 1_000_000, (tInserted - tProbed) / 1_000_000,
                (System.nanoTime() - tInserted) / 1_000_000);
        jdbc.sql("""
                update reminder_pass set finished_at = ?, items = ?, created = ?, deliveries = ?, millis = ?,
                  errors = ?, first_reminder_id = ?, last_reminder_id = ? where id = ?""")
                .params(Timestamp.from(clock.instant()), items.size(), fresh.size(), deliveries, (int) millis,
                        errors.isEmpty() ? null : String.join("\n", errors), ids == null ? null : ids[0],
                        ids == null ? null : ids[1], passId)
                .update();
        return new Result(passId, items.size(), fresh.size(), counts, millis, List.copyOf(errors));
    }

    /** The items once each (two sources, or one source twice, may report the same key); keys go to {@code seen}. */
    static List<DueItem> distinct(List<DueItem> due, Set<String> seen) {
        List<DueItem> out = new ArrayList<>(due.size());
        for (DueItem i : due) {
            if (seen.add(fullKey(i))) {
                out.add(i);
            }
        }
        return out;
    }

    static String fullKey(DueItem i) {
        return fullKey(i.cause().code(), i.subjectType(), i.subjectId(), i.periodKey(), i.unitId());
    }

    /** What the unique index {@code reminder_once} compares, as one string. */
    static String fullKey(String cause, String subjectType, long subjectId, String periodKey, Long unitId) {
        return cause + "/" + subjectType + "/" + subjectId + "/" + periodKey + "/" + (unitId == null ? 0 : unitId);
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
     * Writes the new reminders with one COPY, streamed: the rows are encoded while the database stores the previous
     * ones. Their ids are taken from the sequence first, in one statement under the pass lock, so they form the range
     * [first, last] the deliveries are fanned out from. Nobody else writes reminders meanwhile, and should anything
     * slip past the probe the unique index refuses it and the whole pass rolls back — nothing is reminded twice.
     */
    private long[] writeReminders(List<DueItem> items, long passId, Instant at) {
        List<Long> ids = jdbc.sql("""
                select nextval(pg_get_serial_sequence('reminder', 'id')) from generate_series(1, ?) order by 1""")
                .param(items.size()).query(Long.class).list();
        String constant = "," + passId + "," + at + ",";
        template.execute((Connection c) -> {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy reminder (id, pass_id, created_at, cause, cause_label, subject_type, subject_id, period_key,
                      unit_id, audience, title, body, link) from stdin with (format csv)""");
            try {
                CsvStream csv = new CsvStream(copy);
                for (int i = 0; i < items.size(); i++) {
                    DueItem d = items.get(i);
                    csv.raw(ids.get(i)).raw(constant).text(d.cause().code()).comma().text(d.cause().label()).comma()
                            .text(d.subjectType()).comma().raw(d.subjectId()).comma().text(d.periodKey()).comma()
                            .raw(d.unitId()).comma().raw(d.audience().name()).comma().text(d.title()).comma()
                            .text(d.text()).comma().text(d.link()).endRow();
                }
                csv.flush();
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
        return new long[] {ids.get(0), ids.get(ids.size() - 1)};
    }

    /**
     * Deliveries of the pass's new reminders (ids {@code first..last}), fanned out in SQL from the reminders just
     * written and a few small arrays (the unit users, the 督查室, who gets e-mail and when, which robot takes which
     * unit): one statement per channel and audience instead of a row per recipient built and shipped from here.
     * Rows: in-app 已发送 at once; e-mail and robot 待发送 at their planned time (quiet hours, digest).
     */
    private Map<Channel, Integer> fanOut(long passId, long first, long last, Instant now) {
        List<Long> unitOf = new ArrayList<>();
        List<Long> unitUsers = new ArrayList<>();
        List<Long> supervisors = new ArrayList<>();
        for (UserAccount u : org.users()) {
            if (!u.enabled()) {
                continue;
            }
            if (u.role().isUnitRole() && u.unitId() != null) {
                unitOf.add(u.unitId());
                unitUsers.add(u.id());
            } else if (u.role() == Role.SUPERVISOR) {
                supervisors.add(u.id());
            }
        }
        ZonedDateTime zNow = now.atZone(CHINA);
        Timestamp at = Timestamp.from(now);
        String range = " from reminder r %s where r.id between ? and ? and r.pass_id = ? %s";
        String insert = """
                insert into reminder_delivery (created_at, reminder_id, channel, recipient, user_id, status, hold,
                  next_attempt_at, sent_at)
                """;
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        // The statistics cannot know the reminders this transaction has just written: hash the small recipient
        // arrays and stream the reminders past them, never a nested loop over "one" reminder that is 100,000.
        planner("set local enable_nestloop = off");
        // 站内消息: the unit's users (audience UNIT or UNIT_AND_SUPERVISORS), the 督查室 (the other two).
        String inAppRow = "select ?::timestamptz, r.id, 'IN_APP', 'user:' || %1$s.user_id, %1$s.user_id, 'SENT', "
                + "null, null, ?::timestamptz";
        int inApp = sql(insert + inAppRow.formatted("u")
                + range.formatted("join unnest(?::int8[], ?::int8[]) u(unit_id, user_id) on u.unit_id = r.unit_id",
                        "and r.audience <> 'SUPERVISORS'"),
                at, at, unitOf.toArray(Long[]::new), unitUsers.toArray(Long[]::new), first, last, passId);
        if (!supervisors.isEmpty()) {
            inApp += sql(insert + inAppRow.formatted("s")
                    + range.formatted("cross join unnest(?::int8[]) s(user_id)", "and r.audience <> 'UNIT'"),
                    at, at, supervisors.toArray(Long[]::new), first, last, passId);
        }
        add(counts, Channel.IN_APP, inApp);
        // 电子邮件: the same recipients, those who receive e-mail, each at the time their quiet hours and digest allow.
        if (mail.enabled()) {
            Map<Long, Preference> saved = preferences.all();
            List<Object[]> unitMail = new ArrayList<>();
            List<Object[]> officeMail = new ArrayList<>();
            for (int i = 0; i < unitUsers.size() + supervisors.size(); i++) {
                boolean unitUser = i < unitUsers.size();
                long user = unitUser ? unitUsers.get(i) : supervisors.get(i - unitUsers.size());
                Preference p = preferences.orDefault(saved, user);
                if (p.mails()) {
                    DeliveryTiming.Plan plan = DeliveryTiming.email(zNow, p);
                    Object[] row = {unitUser ? unitOf.get(i) : 0L, user,
                            plan.hold() == null ? null : plan.hold().name(), plan.at().toString()};
                    (unitUser ? unitMail : officeMail).add(row);
                }
            }
            String email = insert + "select ?::timestamptz, r.id, 'EMAIL', 'user:' || m.user_id, m.user_id, "
                    + "'PENDING', m.hold, m.at::timestamptz, null";
            String plans = "join unnest(?::int8[], ?::int8[], ?::text[], ?::text[]) m(unit_id, user_id, hold, at) ";
            int n = 0;
            if (!unitMail.isEmpty()) {
                n += sql(email + range.formatted(plans + "on m.unit_id = r.unit_id",
                        "and r.audience <> 'SUPERVISORS'"), prepend(at, columns(unitMail), first, last, passId));
            }
            if (!officeMail.isEmpty()) {
                n += sql(email + range.formatted(plans + "on true", "and r.audience <> 'UNIT'"),
                        prepend(at, columns(officeMail), first, last, passId));
            }
            add(counts, Channel.EMAIL, n);
        }
        // 群机器人: the unit's own robot, else the global one; reminders only for the 督查室 go to the global one.
        Webhooks.Routing routing = webhooks.routing();
        if (routing.global() != null || !routing.own().isEmpty()) {
            List<Long> robotUnits = new ArrayList<>(routing.own().keySet());
            String[] robots = robotUnits.stream().map(u -> routing.own().get(u).recipient()).toArray(String[]::new);
            String global = routing.global() == null ? null : routing.global().recipient();
            DeliveryTiming.Plan plan = DeliveryTiming.robot(zNow, props.quietHours());
            String robot = "coalesce(case when r.audience <> 'SUPERVISORS' then o.recipient end, ?::text)";
            add(counts, Channel.WEBHOOK, sql(insert + "select ?::timestamptz, r.id, 'WEBHOOK', " + robot
                    + ", null, 'PENDING', ?::text, ?::timestamptz, null"
                    + range.formatted("left join unnest(?::int8[], ?::text[]) o(unit_id, recipient) "
                            + "on o.unit_id = r.unit_id", "and " + robot + " is not null"),
                    at, global, plan.hold() == null ? null : plan.hold().name(), Timestamp.from(plan.at()),
                    robotUnits.toArray(Long[]::new), robots, first, last, passId, global));
        }
        planner("reset enable_nestloop");
        return counts;
    }

    private void planner(String... settings) {
        for (String setting : settings) {
            jdbc.sql(setting).update();
        }
    }

    /** Rows {unit, user, hold, at} as four arrays. */
    private static Object[] columns(List<Object[]> rows) {
        return new Object[] {rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new),
                rows.stream().map(r -> (Long) r[1]).toArray(Long[]::new),
                rows.stream().map(r -> (String) r[2]).toArray(String[]::new),
                rows.stream().map(r -> (String) r[3]).toArray(String[]::new)};
    }

    private static Object[] prepend(Object first, Object[] middle, Object... rest) {
        Object[] all = new Object[1 + middle.length + rest.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(rest, 0, all, 1 + middle.length, rest.length);
        return all;
    }

    private static void add(Map<Channel, Integer> counts, Channel channel, int n) {
        if (n > 0) {
            counts.put(channel, n);
        }
    }

    /** One statement with positional parameters; Java arrays are sent as SQL arrays. */
    private int sql(String sql, Object... params) {
        return template.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Object p = params[i];
                    if (p instanceof Long[] a) {
                        ps.setArray(i + 1, c.createArrayOf("int8", a));
                    } else if (p instanceof String[] a) {
                        ps.setArray(i + 1, c.createArrayOf("text", a));
                    } else {
                        ps.setObject(i + 1, p);
                    }
                }
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Rows for COPY … (format csv), streamed to the server in blocks of about 64 KB: null is an empty field, text is
     * quoted (so an empty text is not null).
     */
    static final class CsvStream {
        private static final int BLOCK = 1 << 15;
        private final CopyIn copy;
        private final StringBuilder b = new StringBuilder(BLOCK + 4096);

        CsvStream(CopyIn copy) {
            this.copy = copy;
        }

        CsvStream raw(Object v) {
            if (v != null) {
                b.append(v);
            }
            return this;
        }

        CsvStream text(String v) {
            if (v != null) {
                b.append('"');
                for (int i = 0; i < v.length(); i++) {
                    char ch = v.charAt(i);
                    if (ch == '"') {
                        b.append('"');
                    }
                    b.append(ch);
                }
                b.append('"');
            }
            return this;
        }

        CsvStream comma() {
            b.append(',');
            return this;
        }

        void endRow() throws SQLException {
            b.append('\n');
            if (b.length() >= BLOCK) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (!b.isEmpty()) {
                byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                b.setLength(0);
            }
        }
    }
}
