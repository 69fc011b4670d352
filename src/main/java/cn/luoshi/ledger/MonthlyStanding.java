package cn.luoshi.ledger;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 月度走势 of a set of tasks (the 领导视图's trend, issue 12): at the end of each of the last months (this month: today),
 * how many of them were 已办结, 逾期未办结 (open past the deadline then in force) and 在办 (open, not overdue), read from
 * the typed history {@code task_fact_history} — the latest row before each month's end — so a past month shows the
 * ledger as it stood then. Tasks not yet created at a month's end are not counted in it. One statement.
 */
@Service
public class MonthlyStanding {

    /** One month's counts. */
    public record Month(String label, int completed, int overdue, int open) {
    }

    private final JdbcClient jdbc;

    MonthlyStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last {@code months} months ending with today's, oldest first. */
    public List<Month> of(Collection<Long> taskIds, int months, LocalDate today) {
        List<Month> out = new ArrayList<>(months);
        if (taskIds.isEmpty()) {
            for (int i = months - 1; i >= 0; i--) {
                out.add(new Month(label(YearMonth.from(today).minusMonths(i)), 0, 0, 0));
            }
            return out;
        }
        String ids = taskIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        YearMonth current = YearMonth.from(today);
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = current.minusMonths(i);
            LocalDate end = i == 0 ? today : m.atEndOfMonth();
            Timestamp cutoff = Timestamp.from(PeriodFactsQuery.cutoff(end));
            var counts = jdbc.sql("""
                    select count(*) filter (where h.status = 'COMPLETED') as completed,
                           count(*) filter (where h.status not in ('COMPLETED', 'TERMINATED') and h.deadline < :end)
                             as overdue,
                           count(*) filter (where h.status not in ('COMPLETED', 'TERMINATED')
                                              and (h.deadline is null or h.deadline >= :end)) as open
                    from unnest(cast(:ids as bigint[])) as x(id)
                    cross join lateral (select f.status, f.deadline from task_fact_history f
                      where f.task_id = x.id and f.valid_from < :cutoff
                      order by f.valid_from desc, f.id desc limit 1) h""")
                    .param("ids", ids).param("end", end).param("cutoff", cutoff)
                    .query((rs, n) -> new Month(label(m), rs.getInt("completed"), rs.getInt("overdue"),
                            rs.getInt("open")))
                    .single();
            out.add(counts);
        }
        return out;
    }

    private static String label(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
