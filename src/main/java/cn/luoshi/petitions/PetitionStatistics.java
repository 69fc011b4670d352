package cn.luoshi.petitions;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.petitions.PetitionLimits.Kind;
import cn.luoshi.petitions.VisitCount.Measure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信访统计 — counts by month, channel, level and category in 件 (new cases), 件次, 人次 and 件人次, cumulative to the end
 * of a month ("截至6月底") against the same months of last year (同比) and the month against the month before (环比),
 * the five rates, and the sentences of the 通报 and the economic brief. Who sees the ledger as a whole or works at
 * the 信访局 may read them; published tables suppress cells under {@link SmallCells}.
 */
@Service
public class PetitionStatistics {

    private final JdbcClient jdbc;
    private final PetitionSettings settings;
    private final WorkingCalendars calendars;

    PetitionStatistics(JdbcClient jdbc, PetitionSettings settings, WorkingCalendars calendars) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.calendars = calendars;
    }

    /** One aggregated cell: year, month, level, channel, category. */
    record Key(int year, int month, Level level, Channel channel, long category) {
    }

    /** A line of a breakdown table: this year to date, last year to date, 同比. */
    public record Line(String label, long current, long previous, BigDecimal change, String phrase) {
    }

    /** The statistics page. */
    public record Report(YearMonth asOf, Measure measure, Level level, Channel channel, long[] monthly,
            long[] monthlyLastYear, long cumulative, long cumulativeLastYear, long month, long previousMonth,
            List<Line> byChannel, List<Line> byLevel, List<Line> byCategory, List<String> sentences,
            PetitionRates rates, String trend) {
    }

    @Transactional(readOnly = true)
    public Report report(YearMonth asOf, Measure measure, Level level, Channel channel, CurrentUser me) {
        if (!settings.access().seesStatistics(me)) {
            throw new ForbiddenException("无权查看信访统计");
        }
        return report(asOf, measure, level, channel);
    }

    /** Without a user (the demo's self-check, the 通报). */
    @Transactional(readOnly = true)
    public Report report(YearMonth asOf, Measure measure, Level level, Channel channel) {
        Growth g = settings.growth();
        int y = asOf.getYear();
        int m = asOf.getMonthValue();
        Map<Key, long[]> cells = cells(LocalDate.of(y - 1, 1, 1), asOf.atEndOfMonth().plusDays(1));
        Predicate<Key> filter = k -> (level == null || k.level() == level) && (channel == null || k.channel() == channel);
        long[] monthly = new long[m];
        long[] last = new long[m];
        for (int i = 1; i <= m; i++) {
            int month = i;
            monthly[i - 1] = sum(cells, k -> k.year() == y && k.month() == month && filter.test(k), measure);
            last[i - 1] = sum(cells, k -> k.year() == y - 1 && k.month() == month && filter.test(k), measure);
        }
        long cum = java.util.Arrays.stream(monthly).sum();
        long cumLast = java.util.Arrays.stream(last).sum();
        long thisMonth = monthly[m - 1];
        long prevMonth = m > 1 ? monthly[m - 2]
                : sum(cells(LocalDate.of(y - 1, 12, 1), LocalDate.of(y, 1, 1)), filter, measure);
        List<Line> byChannel = new ArrayList<>();
        for (Channel c : Channel.values()) {
            byChannel.add(line(c.label(), cells, y, m, k -> k.channel() == c && filter.test(k), measure, g));
        }
        List<Line> byLevel = new ArrayList<>();
        for (Level l : Level.values()) {
            byLevel.add(line(l.label(), cells, y, m, k -> k.level() == l && filter.test(k), measure, g));
        }
        List<Line> byCategory = new ArrayList<>();
        for (var cat : categories().entrySet()) {
            byCategory.add(line(cat.getValue(), cells, y, m, k -> k.category() == cat.getKey() && filter.test(k), measure,
                    g));
        }
        byCategory.sort((a, b) -> Long.compare(b.current(), a.current()));

        List<String> sentences = new ArrayList<>();
        String asOfText = Sentences.asOf(asOf, false);
        long all = sum(cells, k -> k.year() == y && k.month() <= m, Measure.MIXED);
        long allLast = sum(cells, k -> k.year() == y - 1 && k.month() <= m, Measure.MIXED);
        long[] allMonthly = new long[m];
        for (int i = 1; i <= m; i++) {
            int month = i;
            allMonthly[i - 1] = sum(cells, k -> k.year() == y && k.month() == month, Measure.MIXED);
        }
        String trend = Sentences.trend(allMonthly);
        long letters = sum(cells, k -> k.year() == y && k.month() <= m && k.channel() == Channel.LETTER,
                Measure.REGISTRATIONS);
        long lettersLast = sum(cells, k -> k.year() == y - 1 && k.month() <= m && k.channel() == Channel.LETTER,
                Measure.REGISTRATIONS);
        sentences.add(asOfText + "，" + Sentences.volume("全区", all, allLast, Measure.MIXED, g)
                + (trend.isEmpty() ? "" : "，" + trend) + "，其中来信" + letters + "件次，"
                + g.phrase("同比", letters, lettersLast));
        long nation = sum(cells, k -> k.year() == y && k.month() <= m && k.level() == Level.NATION, Measure.MIXED);
        long nationLast = sum(cells, k -> k.year() == y - 1 && k.month() <= m && k.level() == Level.NATION,
                Measure.MIXED);
        long nationLetters = sum(cells, k -> k.year() == y && k.month() <= m && k.level() == Level.NATION
                && k.channel() == Channel.LETTER, Measure.REGISTRATIONS);
        long nationLettersLast = sum(cells, k -> k.year() == y - 1 && k.month() <= m && k.level() == Level.NATION
                && k.channel() == Channel.LETTER, Measure.REGISTRATIONS);
        sentences.add(asOfText + "，" + Sentences.volume("到国家局", nation, nationLast, Measure.MIXED, g) + "，其中"
                + Sentences.channel("到国家局", Channel.LETTER, nationLetters, nationLettersLast,
                        Measure.REGISTRATIONS, g));
        long province = sum(cells, k -> k.year() == y && k.month() <= m && k.level() == Level.PROVINCE, Measure.MIXED);
        long provinceLast = sum(cells, k -> k.year() == y - 1 && k.month() <= m && k.level() == Level.PROVINCE,
                Measure.MIXED);
        sentences.add(asOfText + "，" + Sentences.volume("到省", province, provinceLast, Measure.MIXED, g));
        long monthAll = allMonthly[m - 1];
        long monthBefore = m > 1 ? allMonthly[m - 2]
                : sum(cells(LocalDate.of(y - 1, 12, 1), LocalDate.of(y, 1, 1)), k -> true, Measure.MIXED);
        sentences.add(m + "月份全区信访量" + monthAll + "件人次，" + g.phrase("环比", monthAll, monthBefore));
        return new Report(asOf, measure, level, channel, monthly, last, cum, cumLast, thisMonth, prevMonth, byChannel,
                byLevel, byCategory, sentences, rates(asOf, cells), trend);
    }

    private static Line line(String label, Map<Key, long[]> cells, int y, int m, Predicate<Key> p,
            Measure measure, Growth g) {
        return line(label, sum(cells, k -> k.year() == y && k.month() <= m && p.test(k), measure),
                sum(cells, k -> k.year() == y - 1 && k.month() <= m && p.test(k), measure), g);
    }

    static Line line(String label, long current, long previous, Growth g) {
        return new Line(label, current, previous, g.percent(current, previous), g.phrase("同比", current, previous));
    }

    private static long sum(Map<Key, long[]> cells, Predicate<Key> p, Measure measure) {
        int i = measure.ordinal();
        long s = 0;
        for (var e : cells.entrySet()) {
            if (p.test(e.getKey())) {
                s += e.getValue()[i];
            }
        }
        return s;
    }

    /**
     * The aggregated cells over [from, to) read from {@code petition_cell_month} (the cells without the unit
     * dimension; both kept by the database with every change, see {@link PetitionCells}): 件 are new cases by their received month (with the case's current level, first
     * channel and category), 件次/人次/件人次 are the registrations by their own month, level and channel.
     */
    /** Index of the repeat registrations beside the four measures in a cell's counts. */
    static final int REPEATS = 4;

    Map<Key, long[]> cells(LocalDate from, LocalDate to) {
        Map<Key, long[]> cells = new HashMap<>();
        jdbc.sql("""
                select extract(year from month)::int y, extract(month from month)::int m, level, channel, category_id,
                  sum(cases), sum(registrations), sum(people),
                  sum(case when channel = 'VISIT' then people else registrations end),
                  sum(registrations) filter (where repeat)
                from petition_cell_month where month >= date_trunc('month', ?::date) and month < ?
                group by 1, 2, 3, 4, 5""").params(from, to).query((ResultSet rs) -> {
                    long[] a = cells.computeIfAbsent(key(rs), k -> new long[REPEATS + 1]);
                    a[REPEATS] += rs.getLong(10);
                    a[Measure.CASES.ordinal()] += rs.getLong(6);
                    a[Measure.REGISTRATIONS.ordinal()] += rs.getLong(7);
                    a[Measure.PEOPLE.ordinal()] += rs.getLong(8);
                    a[Measure.MIXED.ordinal()] += rs.getLong(9);
                });
        return cells;
    }

    private static Key key(ResultSet rs) throws java.sql.SQLException {
        return new Key(rs.getInt(1), rs.getInt(2), Level.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)),
                rs.getLong(5));
    }

    private Map<Long, String> categories() {
        Map<Long, String> m = new LinkedHashMap<>();
        jdbc.sql("select id, name from petition_category order by sort_order, id")
                .query((ResultSet rs) -> {
                    m.put(rs.getLong(1), rs.getString(2));
                });
        return m;
    }

    /**
     * The five rates over the cases received from 1 January to the end of {@code asOf} (definitions on the record),
     * from the rate counters ({@code petition_rate_cell}: month received × month of the event), the registrations'
     * cells and the 积案 register.
     */
    PetitionRates rates(YearMonth asOf) {
        return rates(asOf, null);
    }

    /** The same, taking the registrations from cells already read (the report's) when given. */
    private PetitionRates rates(YearMonth asOf, Map<Key, long[]> read) {
        LocalDate from = LocalDate.of(asOf.getYear(), 1, 1);
        LocalDate month = asOf.atDay(1);
        LocalDate end = asOf.atEndOfMonth();
        Map<String, Long> f = new HashMap<>();
        jdbc.sql("""
                select fact, sum(n) from petition_rate_cell
                where received_month between ? and ? and event_month <= ? group by fact""")
                .params(from, month, month).query((ResultSet rs) -> {
                    f.put(rs.getString(1), rs.getLong(2));
                });
        long[] c = new long[10];
        c[0] = f.getOrDefault("ACCEPT_DUE", 0L);
        c[1] = f.getOrDefault("ACCEPT_ON_TIME", 0L);
        c[2] = f.getOrDefault("ANSWERED", 0L);
        c[3] = f.getOrDefault("ANSWERED_ON_TIME", 0L);
        c[4] = f.getOrDefault("FIRST_ANSWERED", 0L);
        c[5] = f.getOrDefault("FIRST_ONCE", 0L);
        jdbc.sql("""
                select count(*), count(*) filter (where backlog_resolved_on <= ?) from petition_case
                where backlog and backlog_since <= ?""").params(end, end).query((ResultSet rs) -> {
                    c[6] = rs.getLong(1);
                    c[7] = rs.getLong(2);
                });
        if (read != null) {
            int y = asOf.getYear();
            int m = asOf.getMonthValue();
            for (var e : read.entrySet()) {
                if (e.getKey().year() == y && e.getKey().month() <= m) {
                    c[8] += e.getValue()[Measure.REGISTRATIONS.ordinal()];
                    c[9] += e.getValue()[REPEATS];
                }
            }
        } else {
            jdbc.sql("""
                    select coalesce(sum(registrations), 0), coalesce(sum(registrations) filter (where repeat), 0)
                    from petition_cell where month between ? and ?""").params(from, month).query((ResultSet rs) -> {
                        c[8] = rs.getLong(1);
                        c[9] = rs.getLong(2);
                    });
        }
        return PetitionRates.of(new PetitionRates.Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]),
                settings.growth());
    }

    /**
     * The same five rates counted directly from the cases (one pass over the year's cases on the calendar in force):
     * what the counters must equal; kept for the tests and the bench.
     */
    PetitionRates ratesCountedDirectly(YearMonth asOf) {
        WorkingDayCalendar cal = calendars.current();
        PetitionLimits l = settings.limits();
        LocalDate from = LocalDate.of(asOf.getYear(), 1, 1);
        LocalDate end = asOf.atEndOfMonth();
        long[] c = new long[10];
        jdbc.sql("""
                select c.received_on, c.transferred_on, c.accepted_on, c.extension_days, c.answered_on,
                  c.repeat_petition,
                  exists (select 1 from petition_visit v where v.case_id = c.id and v.visited_on > c.answered_on) again
                from petition_case c where c.received_on between ? and ?""").params(from, end)
                .query((ResultSet rs) -> {
                    LocalDate received = rs.getObject(1, LocalDate.class);
                    LocalDate transferred = rs.getObject(2, LocalDate.class);
                    LocalDate accepted = rs.getObject(3, LocalDate.class);
                    LocalDate answered = rs.getObject(5, LocalDate.class);
                    LocalDate accDue = l.due(Kind.ACCEPTANCE, transferred == null ? received : transferred, cal);
                    if (accepted != null && !accepted.isAfter(end) || !accDue.isAfter(end)) {
                        c[0]++;
                        if (accepted != null && !accepted.isAfter(accDue)) {
                            c[1]++;
                        }
                    }
                    if (answered != null && accepted != null && !answered.isAfter(end)) {
                        c[2]++;
                        if (!answered.isAfter(l.handlingDue(accepted, rs.getInt(4), cal))) {
                            c[3]++;
                        }
                        if (!rs.getBoolean(6)) {
                            c[4]++;
                            if (!rs.getBoolean(7)) {
                                c[5]++;
                            }
                        }
                    }
                });
        jdbc.sql("""
                select count(*), count(*) filter (where backlog_resolved_on <= ?) from petition_case
                where backlog and backlog_since <= ?""").params(end, end).query((ResultSet rs) -> {
                    c[6] = rs.getLong(1);
                    c[7] = rs.getLong(2);
                });
        jdbc.sql("""
                select count(*), count(*) filter (where repeat_visit) from petition_visit
                where visited_on between ? and ?""").params(from, end).query((ResultSet rs) -> {
                    c[8] = rs.getLong(1);
                    c[9] = rs.getLong(2);
                });
        return PetitionRates.of(new PetitionRates.Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]),
                settings.growth());
    }

    public SmallCells smallCells() {
        return settings.smallCells();
    }
}
