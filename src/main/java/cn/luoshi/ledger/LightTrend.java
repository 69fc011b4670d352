package cn.luoshi.ledger;

import cn.luoshi.calendar.ChinaDate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月度亮灯走势 (issue 12): how many of a set of tasks were 红/黄/绿/蓝/灰 at the end of each of the last months. A light
 * depends on the reports and 序时进度 of its day, so it is not rebuilt from the history but snapshotted: {@link
 * #snapshot} copies every task's light into its month's row (one INSERT … SELECT, idempotent per day), the first full
 * lights pass of a day and the 23:55 job take it, and a past month is read from its last snapshot day; this month
 * shows the lights as they stand now. A month before the first snapshot is 无数据 ({@link Month#hasData()} false),
 * never a light made up.
 */
@Service
public class LightTrend {

    private static final Logger log = LoggerFactory.getLogger(LightTrend.class);

    /** One month: its label, whether it has a snapshot, the day of its last one and the counts by light. */
    public record Month(String label, boolean hasData, LocalDate day, int red, int yellow, int green, int blue,
            int grey) {

        public int total() {
            return red + yellow + green + blue + grey;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LightTrend(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * 亮灯快照 of {@code day}: every task's current light (not 不亮灯, not areas) into {@code day}'s month, replacing an
     * earlier snapshot of the same month. Returns the number of tasks.
     */
    @Transactional
    public int snapshot(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        int n = jdbc.sql("""
                insert into task_light_month (month, task_id, day, light)
                select :month, tl.task_id, :day, tl.light
                from task_light tl join task t on t.id = tl.task_id
                where t.kind <> 'AREA' and tl.light in ('GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY')
                on conflict (month, task_id) do update set day = excluded.day, light = excluded.light
                  where task_light_month.day <= excluded.day""")
                .param("month", month).param("day", day).update();
        jdbc.sql("""
                insert into light_snapshot_day (day, tasks) values (:day, :n)
                on conflict (day) do update set tasks = excluded.tasks, taken_at = luoshi_now()""")
                .param("day", day).param("n", n).update();
        return n;
    }

    /** Today's snapshot unless one was taken today already (called by the full lights pass). */
    @Transactional
    public void snapshotIfMissing() {
        LocalDate today = ChinaDate.today(clock);
        boolean taken = jdbc.sql("select exists (select 1 from light_snapshot_day where day = ?)").param(today)
                .query(Boolean.class).single();
        if (!taken) {
            snapshot(today);
        }
    }

    /** The evening snapshot: the month's last one reflects the day's final lights. */
    @Scheduled(cron = "${luoshi.lights.snapshot-cron:0 55 23 * * *}", zone = "Asia/Shanghai")
    void evening() {
        try {
            log.info("亮灯快照：{} 项任务", snapshot(ChinaDate.today(clock)));
        } catch (RuntimeException e) {
            log.warn("亮灯快照未完成：{}", e.getMessage());
        }
    }

    /**
     * The same months for every 区领导's led tasks (牵头区领导) at once — the 督查室's overview of all leaders — in two
     * statements grouped by leader. Leaders without tasks are absent.
     */
    public Map<Long, List<Month>> byLeader(int months, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(months - 1L);
        Map<YearMonth, LocalDate> lastDay = lastDays(first, today);
        Map<Long, Map<YearMonth, Map<String, Integer>>> counts = new HashMap<>();
        if (!lastDay.isEmpty()) {
            String days = lastDay.values().stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
            jdbc.sql("""
                    select t.lead_leader_id, s.month, s.light, count(*) as n
                    from task_light_month s join task t on t.id = s.task_id
                    where s.month >= :from and s.day = any (cast(:days as date[])) and t.lead_leader_id is not null
                    group by t.lead_leader_id, s.month, s.light""")
                    .param("from", first.atDay(1)).param("days", days)
                    .query((rs, i) -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(YearMonth.from(rs.getObject(2, LocalDate.class)), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getInt(4)))
                    .list();
        }
        jdbc.sql("""
                select t.lead_leader_id, tl.light, count(*) as n from task_light tl join task t on t.id = tl.task_id
                where t.lead_leader_id is not null and t.kind <> 'AREA'
                group by t.lead_leader_id, tl.light""")
                .query((rs, i) -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(current, k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3)))
                .list();
        lastDay.put(current, today);
        Map<Long, List<Month>> out = new java.util.LinkedHashMap<>();
        counts.forEach((leader, byMonth) -> out.put(leader, months(first, current, lastDay, byMonth)));
        return out;
    }

    private Map<YearMonth, LocalDate> lastDays(YearMonth first, LocalDate today) {
        Map<YearMonth, LocalDate> lastDay = new HashMap<>();
        jdbc.sql("""
                select date_trunc('month', day)::date as month, max(day) as day from light_snapshot_day
                where day >= :from and day <= :to group by 1""")
                .param("from", first.atDay(1)).param("to", today)
                .query((rs, i) -> lastDay.put(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getObject("day", LocalDate.class)))
                .list();
        return lastDay;
    }

    private static List<Month> months(YearMonth first, YearMonth current, Map<YearMonth, LocalDate> lastDay,
            Map<YearMonth, Map<String, Integer>> counts) {
        List<Month> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            LocalDate day = lastDay.get(m);
            Map<String, Integer> c = counts.getOrDefault(m, Map.of());
            out.add(new Month(m.getYear() + "年" + m.getMonthValue() + "月", day != null, day,
                    c.getOrDefault("RED", 0), c.getOrDefault("YELLOW", 0), c.getOrDefault("GREEN", 0),
                    c.getOrDefault("BLUE", 0), c.getOrDefault("GREY", 0)));
        }
        return out;
    }

    /** The last {@code months} months ending with today's (the lights now), oldest first, for these tasks. */
    public List<Month> of(Collection<Long> taskIds, int months, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(months - 1L);
        Map<YearMonth, LocalDate> lastDay = lastDays(first, today);
        Map<YearMonth, Map<String, Integer>> counts = new HashMap<>();
        if (!taskIds.isEmpty() && !lastDay.isEmpty()) {
            String ids = taskIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            String days = lastDay.values().stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
            jdbc.sql("""
                    select s.month, s.light, count(*) as n from task_light_month s
                    where s.month >= :from and s.day = any (cast(:days as date[]))
                      and s.task_id = any (cast(:ids as bigint[]))
                    group by s.month, s.light""")
                    .param("from", first.atDay(1)).param("days", days).param("ids", ids)
                    .query((rs, i) -> counts.computeIfAbsent(YearMonth.from(rs.getObject("month", LocalDate.class)),
                            k -> new HashMap<>()).put(rs.getString("light"), rs.getInt("n")))
                    .list();
        }
        if (!taskIds.isEmpty()) {
            // This month: the lights as they stand now (what tonight's snapshot will record), so the trend's last
            // bar agrees with the lights on the same page.
            String ids = taskIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            Map<String, Integer> now = new HashMap<>();
            jdbc.sql("""
                    select tl.light, count(*) as n from task_light tl join task t on t.id = tl.task_id
                    where tl.task_id = any (cast(:ids as bigint[])) and t.kind <> 'AREA'
                    group by tl.light""")
                    .param("ids", ids).query((rs, i) -> now.put(rs.getString("light"), rs.getInt("n"))).list();
            counts.put(current, now);
        }
        lastDay.put(current, today);
        return months(first, current, lastDay, counts);
    }
}
