package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.org.CurrentUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三率 per unit per month under the rule in force, the ranking, and the frozen monthly publication (发布后不再变动).
 * 响应率 counts the dispatches of the month (主办、协办、吹哨报到) whose 签收/报到 clock has ended; 解决率 and 满意率 count
 * the ratings given in the month to the unit that led the round; the self-reported variant counts 办结 in the month.
 */
@Service
public class RatesService {

    /** A month's figures: live or as published. */
    public record Month(YearMonth month, ThreeRates.Rule rule, List<ThreeRates.Line> lines, boolean published,
            Instant publishedAt, String publishedBy) {
    }

    private final JdbcClient jdbc;
    private final RequestSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    RatesService(JdbcClient jdbc, RequestSettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public ThreeRates.Rule rule() {
        return jdbc.sql("select * from request_rate_rule where id = 1")
                .query((rs, n) -> new ThreeRates.Rule(rs.getString("name"), rs.getInt("response_weight"),
                        rs.getInt("resolution_weight"), rs.getInt("satisfaction_weight"),
                        rs.getBigDecimal("basic_satisfied_weight"), rs.getBoolean("resolved_by_self")))
                .optional().orElse(ThreeRates.Rule.LOCAL_DEFAULT);
    }

    @Transactional
    public void setRule(String name, int response, int resolution, int satisfaction, BigDecimal basic, boolean bySelf,
            CurrentUser me) {
        if (!settings.isCentre(me)) {
            throw new ForbiddenException("只有指挥中心（督查室）可以设置三率口径");
        }
        ThreeRates.Rule r;
        try {
            r = new ThreeRates.Rule(name == null || name.isBlank() ? "本区口径" : name.trim(), response, resolution,
                    satisfaction, basic == null ? BigDecimal.ONE : basic, bySelf);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("weights", e.getMessage());
        }
        ThreeRates.Rule before = rule();
        jdbc.sql("""
                insert into request_rate_rule (id, name, response_weight, resolution_weight, satisfaction_weight,
                  basic_satisfied_weight, resolved_by_self, updated_by) values (1, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, response_weight = excluded.response_weight,
                  resolution_weight = excluded.resolution_weight, satisfaction_weight = excluded.satisfaction_weight,
                  basic_satisfied_weight = excluded.basic_satisfied_weight, resolved_by_self = excluded.resolved_by_self,
                  updated_by = excluded.updated_by, updated_at = luoshi_now()""")
                .params(r.name(), r.responseWeight(), r.resolutionWeight(), r.satisfactionWeight(),
                        r.basicSatisfiedWeight(), r.resolvedBySelfReport(), me.displayName()).update();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("request_rate_rule", 1, null, null),
                "修改三率口径", Map.of("口径", before.statement()), Map.of("口径", r.statement()));
    }

    /** The month as published, or computed now under the rule in force. */
    public Month month(YearMonth month) {
        Optional<Month> frozen = published(month);
        return frozen.orElseGet(() -> new Month(month, rule(), ThreeRates.rank(counts(month), rule()), false, null, null));
    }

    private Optional<Month> published(YearMonth month) {
        return jdbc.sql("select rule, lines, published_at, published_by from request_rate_publication where month = ?")
                .param(month.atDay(1))
                .query((rs, n) -> new Month(month, Json.read(rs.getString(1), ThreeRates.Rule.class),
                        List.of(Json.read(rs.getString(2), ThreeRates.Line[].class)), true,
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    /** 发布: freezes the month's figures; a month is published once, and only after it has ended. */
    @Transactional
    public Month publish(YearMonth month, CurrentUser me) {
        if (!settings.isCentre(me)) {
            throw new ForbiddenException("只有指挥中心（督查室）可以发布三率");
        }
        if (!month.isBefore(YearMonth.now(clock.withZone(RequestSettings.CHINA)))) {
            throw new ConflictException(month + "尚未结束，月度三率须在次月发布");
        }
        if (published(month).isPresent()) {
            throw new ConflictException(month + "的三率已发布，发布后不再变动");
        }
        Month m = month(month);
        jdbc.sql("insert into request_rate_publication (month, rule, lines, published_by) values (?, cast(? as jsonb), cast(? as jsonb), ?)")
                .params(month.atDay(1), Json.write(m.rule()), Json.write(m.lines()), me.displayName()).update();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("request_rate_publication",
                month.getYear() * 100L + month.getMonthValue(), null, null), "发布" + month + "三率排名", null,
                Map.of("单位数", m.lines().size(), "口径", m.rule().statement()));
        return published(month).orElseThrow();
    }

    /**
     * The counts of every unit that had work in the month, as three aggregates in SQL: a dispatch's 签收/报到 due is
     * stored once (computed on the working-hour calendar with the limits in force when it is first counted, see
     * {@link #fillMissing}), and a rating carries the unit that led its round.
     */
    public List<ThreeRates.Counts> counts(YearMonth month) {
        long mark = jdbc.sql("select coalesce(max(id), 0) from request_event").query(Long.class).single();
        Instant now = clock.instant();
        Cached hit = cache.get(month);
        if (hit != null && hit.mark() == mark && !now.isBefore(hit.computedAt()) && hit.stillTrue(now)) {
            if (now.isBefore(hit.computedAt().plus(CACHE_TTL))) {
                return hit.counts();
            }
            // only the 30 s bound has passed: one caller recounts, the others keep the last counts meanwhile
            if (!refreshing.add(month)) {
                return hit.counts();
            }
            try {
                return recount(month, now, mark);
            } finally {
                refreshing.remove(month);
            }
        }
        // something happened (or nothing is kept): recount once, whoever else asks meanwhile waits for that count
        synchronized (locks.computeIfAbsent(month, m -> new Object())) {
            Cached again = cache.get(month);
            if (again != null && again.mark() == mark && !now.isBefore(again.computedAt()) && again.stillTrue(now)
                    && again.computedAt().isAfter(hit == null ? Instant.MIN : hit.computedAt())) {
                return again.counts();
            }
            return recount(month, now, mark);
        }
    }

    private List<ThreeRates.Counts> recount(YearMonth month, Instant now, long mark) {
        Computed c = compute(month, now);
        if (cache.size() > 48) {
            cache.clear();
        }
        cache.put(month, new Cached(c.counts(), mark, now, c.nextChange()));
        return c.counts();
    }

    /**
     * A month's counts as last computed, kept while nothing has happened to any request (every change writes a
     * history event: the latest event id is the mark), until the next 签收 due of the month passes (the one thing
     * that moves the counts without a change). After {@link #CACHE_TTL} with neither, one caller recounts while the
     * others keep the last counts (a change in a transaction that commits after a later one is seen that way); when
     * something did happen, one caller recounts and the others wait for it. A clock set back (tests) recounts.
     */
    private record Cached(List<ThreeRates.Counts> counts, long mark, Instant computedAt, Instant nextChange) {
        /** No 签收 due of the month has passed since the count. */
        boolean stillTrue(Instant now) {
            return nextChange == null || now.isBefore(nextChange);
        }
    }

    private record Computed(List<ThreeRates.Counts> counts, Instant nextChange) {
    }

    static final java.time.Duration CACHE_TTL = java.time.Duration.ofSeconds(30);
    private final Map<YearMonth, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<YearMonth, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<YearMonth> refreshing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Computed compute(YearMonth month, Instant now) {
        fillMissing();
        Instant from = month.atDay(1).atStartOfDay(RequestSettings.CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(RequestSettings.CHINA).toInstant();
        Map<Long, int[]> c = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        // 响应率: dispatches of the month whose sign clock has ended (signed, returned, or past its due); the
        // earliest due still ahead is when these counts next move by themselves
        Instant[] next = new Instant[1];
        jdbc.sql("""
                select d.unit_id, u.short_name,
                  count(*) filter (where d.signed_at is not null or d.returned_at is not null or d.sign_due < :now),
                  count(*) filter (where d.signed_at is not null and d.signed_at <= d.sign_due),
                  min(d.sign_due) filter (where d.signed_at is null and d.returned_at is null and d.sign_due >= :now)
                from request_dispatch d join unit u on u.id = d.unit_id
                where d.dispatched_at >= :from and d.dispatched_at < :to group by d.unit_id, u.short_name""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    int[] k = counts(c, names, rs.getLong(1), rs.getString(2));
                    k[0] += rs.getInt(3);
                    k[1] += rs.getInt(4);
                    Timestamp due = rs.getTimestamp(5);
                    if (due != null && (next[0] == null || due.toInstant().isBefore(next[0]))) {
                        next[0] = due.toInstant();
                    }
                    return null;
                }).list();
        // 解决率/满意率 by rating in the month, to the round's lead unit
        jdbc.sql("""
                select g.unit_id, u.short_name, count(*), count(*) filter (where g.resolved),
                  count(*) filter (where g.rating = 'SATISFIED'), count(*) filter (where g.rating = 'BASIC'),
                  count(*) filter (where g.rating not in ('SATISFIED', 'BASIC'))
                from request_rating g join unit u on u.id = g.unit_id
                where g.rated_at >= ? and g.rated_at < ? group by g.unit_id, u.short_name""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> {
                    int[] k = counts(c, names, rs.getLong(1), rs.getString(2));
                    k[2] += rs.getInt(3);
                    k[3] += rs.getInt(4);
                    k[6] += rs.getInt(5);
                    k[7] += rs.getInt(6);
                    k[8] += rs.getInt(7);
                    return null;
                }).list();
        // self-reported: 办结 in the month by the lead
        jdbc.sql("""
                select d.unit_id, u.short_name, count(*), count(*) filter (where d.resolved)
                from request_dispatch d join unit u on u.id = d.unit_id
                where d.role = 'LEAD' and d.whistle_id is null and d.status = 'FINISHED' and d.finished_at >= ? and d.finished_at < ?
                group by d.unit_id, u.short_name""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> {
                    int[] k = counts(c, names, rs.getLong(1), rs.getString(2));
                    k[4] += rs.getInt(3);
                    k[5] += rs.getInt(4);
                    return null;
                }).list();
        List<ThreeRates.Counts> out = new ArrayList<>();
        c.forEach((unit, k) -> out.add(new ThreeRates.Counts(unit, names.get(unit), k[0], k[1], k[2], k[3], k[4], k[5],
                k[6], k[7], k[8])));
        return new Computed(List.copyOf(out), next[0]);
    }

    private static int[] counts(Map<Long, int[]> c, Map<Long, String> names, long unit, String name) {
        names.put(unit, name);
        return c.computeIfAbsent(unit, x -> new int[9]);
    }

    /**
     * Stores what the counts read and is not stored yet: each new dispatch's 签收/报到 due ({@code start} plus the
     * category's sign limit for its urgency, or the 吹哨's report limit, in office time on the calendar in force — a
     * sign clock has no pauses or extensions), each new rating's unit (the lead that finished its round, else the
     * request's lead), and a finished lead's self-reported 解决 where 办结 did not store it (rows from before). Cheap when nothing is new (two partial indexes); idempotent.
     */
    public void fillMissing() {
        WorkingClock wc = null;
        ClockLimits limits = null;
        while (true) {
            record Due(long id, Instant start, Integer reportMinutes, String category, Urgency urgency) {
            }
            List<Due> missing = jdbc.sql("""
                    select d.id, d.dispatched_at, coalesce(w.report_minutes, d.sign_minutes), c.code, r.urgency from request_dispatch d
                    join request r on r.id = d.request_id join request_category c on c.id = r.category_id
                    left join request_whistle w on w.id = d.whistle_id
                    where d.id = any(array(select x.id from request_dispatch x where x.sign_due is null limit 20000))""")
                    .query((rs, n) -> new Due(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Integer) rs.getObject(3),
                            rs.getString(4), Urgency.valueOf(rs.getString(5)))).list();
            if (missing.isEmpty()) {
                break;
            }
            if (wc == null) {
                wc = settings.clock();
                limits = settings.limits();
            }
            Long[] ids = new Long[missing.size()];
            Timestamp[] dues = new Timestamp[missing.size()];
            for (int i = 0; i < ids.length; i++) {
                Due d = missing.get(i);
                int limit = d.reportMinutes() != null ? d.reportMinutes() : limits.minutes(d.category(), d.urgency(), Stage.SIGN);
                ids[i] = d.id();
                dues[i] = Timestamp.from(wc.plus(d.start(), limit));
            }
            jdbc.sql("""
                    update request_dispatch d set sign_due = u.due
                    from unnest(cast(:ids as bigint[]), cast(:dues as timestamptz[])) as u(id, due) where d.id = u.id""")
                    .param("ids", ids).param("dues", dues).update();
        }
        jdbc.sql("""
                update request_dispatch d set resolved = coalesce(r.resolved_self, false) from request r
                where r.id = d.request_id and d.role = 'LEAD' and d.whistle_id is null and d.status = 'FINISHED'
                  and d.resolved is null""").update();
        jdbc.sql("""
                update request_rating g set unit_id = coalesce((select x.unit_id from request_dispatch x
                    where x.request_id = g.request_id and x.role = 'LEAD' and x.whistle_id is null and x.round = g.round
                      and x.status = 'FINISHED' order by x.id desc limit 1),
                  (select r.lead_unit_id from request r where r.id = g.request_id), 0)
                where g.unit_id is null""").update();
    }
}
