package cn.luoshi.reminders;

import cn.luoshi.ledger.WorkingCalendars;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final int CHUNK = 10_000;

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

    ReminderPass(List<ReminderSource> sources, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx,
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
    record Result(long passId, int items, int created, Map<Channel, Integer> deliveries, long millis,
            List<String> errors) {

        int deliveryCount() {
            return deliveries.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Scheduled(cron = "${luoshi.reminders.cron:0 0/30 8-18 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        if (!calendars.current().isWorkingDay(clock.instant().atZone(CHINA).toLocalDate())) {
            return; // 催办 goes out on working days (调休 Saturdays included, holidays not)
        }
        run(PassTrigger.SCHEDULED, "系统");
    }

    /** One pass over everything due now. */
    Result run(PassTrigger trigger, String by) {
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
        Result r = tx.execute(status -> record(items, errors, trigger, by, now, t0));
        log.info("催办：{} 项到期，新增 {} 条催办、{} 条投递（来源 {} ms，合计 {} ms）", r.items(), r.created(),
                r.deliveryCount(), (tSources - t0) / 1_000_000, r.millis());
        if (r.deliveryCount() > 0) {
            dispatcher.kick();
        }
        return r;
    }

    private Result record(List<DueItem> due, List<String> errors, PassTrigger trigger, String by, Instant now,
            long t0) {
        Timestamp at = Timestamp.from(now);
        long passId = jdbc.sql("""
                insert into reminder_pass (started_at, trigger, triggered_by) values (?, ?, ?) returning id""")
                .params(at, trigger.name(), by).query(Long.class).single();
        // One item per key, in key order: concurrent passes then wait on the same first row instead of deadlocking.
        Map<String, DueItem> byKey = new LinkedHashMap<>();
        due.stream().sorted(Comparator.comparing(ReminderPass::fullKey))
                .forEach(i -> byKey.putIfAbsent(fullKey(i), i));
        List<DueItem> items = new ArrayList<>(byKey.values());
        List<Object[]> created = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            created.addAll(insertReminders(items.subList(from, Math.min(items.size(), from + CHUNK)), passId, at));
        }
        List<Object[]> deliveries = deliveries(created, byKey, now);
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (int from = 0; from < deliveries.size(); from += CHUNK) {
            insertDeliveries(deliveries.subList(from, Math.min(deliveries.size(), from + CHUNK)), at);
        }
        deliveries.forEach(d -> counts.merge(Channel.valueOf((String) d[1]), 1, Integer::sum));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        jdbc.sql("""
                update reminder_pass set finished_at = ?, items = ?, created = ?, deliveries = ?, millis = ?,
                  errors = ? where id = ?""")
                .params(Timestamp.from(clock.instant()), items.size(), created.size(), deliveries.size(), (int) millis,
                        errors.isEmpty() ? null : String.join("\n", errors), passId)
                .update();
        return new Result(passId, items.size(), created.size(), counts, millis, List.copyOf(errors));
    }

    static String fullKey(DueItem i) {
        return i.key() + "/" + (i.unitId() == null ? 0 : i.unitId());
    }

    /** Inserts what is new; returns {reminder id, full key} of the rows actually inserted. */
    private List<Object[]> insertReminders(List<DueItem> items, long passId, Timestamp at) {
        int n = items.size();
        Object[][] cols = new Object[10][n];
        for (int i = 0; i < n; i++) {
            DueItem d = items.get(i);
            Object[] row = {d.cause().code(), d.cause().label(), d.subjectType(), d.subjectId(), d.periodKey(),
                    d.unitId(), d.audience().name(), d.title(), d.text(), d.link()};
            for (int c = 0; c < row.length; c++) {
                cols[c][i] = row[c];
            }
        }
        String[] types = {"text", "text", "text", "int8", "text", "int8", "text", "text", "text", "text"};
        return template.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into reminder (pass_id, created_at, cause, cause_label, subject_type, subject_id,
                      period_key, unit_id, audience, title, body, link)
                    select ?, ?, u.* from unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::int8[],
                      ?::text[], ?::text[], ?::text[], ?::text[]) as u
                    on conflict (cause, subject_type, subject_id, period_key, coalesce(unit_id, 0)) do nothing
                    returning id, cause, subject_type, subject_id, period_key, unit_id""")) {
                ps.setLong(1, passId);
                ps.setTimestamp(2, at);
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 3, c.createArrayOf(types[col], cols[col]));
                }
                List<Object[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long unit = rs.getLong(6);
                        out.add(new Object[] {rs.getLong(1), rs.getString(2) + "/" + rs.getString(3) + "/"
                                + rs.getLong(4) + "/" + rs.getString(5) + "/" + unit});
                    }
                }
                return out;
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
        String sent = now.toString();
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
                recipients.addAll(supervisors);
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
                                plan.at().toString(), null});
                    }
                }
            }
            WebhookTarget robot = item.audience().includesUnit() ? routing.forUnit(item.unitId()) : routing.global();
            if (robot != null) {
                out.add(new Object[] {reminderId, Channel.WEBHOOK.name(), robot.recipient(), null,
                        DeliveryStatus.PENDING.name(), robotPlan.hold() == null ? null : robotPlan.hold().name(),
                        robotPlan.at().toString(), null});
            }
        }
        return out;
    }

    private void insertDeliveries(List<Object[]> rows, Timestamp at) {
        int n = rows.size();
        Object[][] cols = new Object[8][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 8; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        // Times as ISO instants ("2026-11-23T00:30:00Z"): unambiguous whatever the session's time zone.
        String[] types = {"int8", "text", "text", "int8", "text", "text", "text", "text"};
        template.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into reminder_delivery (created_at, reminder_id, channel, recipient, user_id, status, hold,
                      next_attempt_at, sent_at)
                    select ?, u.r, u.c, u.w, u.usr, u.s, u.h, u.n::timestamptz, u.sent::timestamptz
                    from unnest(?::int8[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[])
                      as u(r, c, w, usr, s, h, n, sent)
                    on conflict (reminder_id, channel, recipient) do nothing""")) {
                ps.setTimestamp(1, at);
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 2, c.createArrayOf(types[col], cols[col]));
                }
                return ps.executeUpdate();
            }
        });
    }
}
