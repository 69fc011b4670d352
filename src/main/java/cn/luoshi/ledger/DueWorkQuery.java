package cn.luoshi.ledger;

import cn.luoshi.ledger.light.Light;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open work for reminders (催办), read in one statement over {@code task}, {@code task_light} and the reports filed
 * for the given periods — a pass over 100,000 tasks reads them once instead of asking per task. No scope: the
 * caller is the system, not a user.
 */
@Service
public class DueWorkQuery {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Countdowns countdowns;

    DueWorkQuery(JdbcClient jdbc, Countdowns countdowns) {
        this.jdbc = jdbc;
        this.countdowns = countdowns;
    }

    /**
     * Tasks and measures that are 待签收 or 办理中 and have a lead unit, each with the keys among {@code periodKeys}
     * for which it has a report.
     */
    public List<DueWork> openWork(Collection<String> periodKeys) {
        if (periodKeys.isEmpty()) {
            throw new IllegalArgumentException("no period keys");
        }
        List<DueWork> out = new ArrayList<>();
        jdbc.sql("""
                select t.id, t.directive_id, t.kind, t.title, t.status, t.lead_unit_id, t.start_date, t.created_at,
                  t.deadline, coalesce(t.assigned_at, t.created_at) as assigned_at, t.accepted_at, t.report_cycle,
                  t.progress_percent, l.light, l.reason, l.deadline_finding, r.keys
                from task t
                left join task_light l on l.task_id = t.id
                left join (select p.task_id, array_agg(distinct p.cycle_key) as keys from progress_report p
                           where p.cycle_key in (:keys) group by p.task_id) r on r.task_id = t.id
                where t.kind <> 'AREA' and t.lead_unit_id is not null and t.status in ('ASSIGNED', 'IN_PROGRESS')
                order by t.id""")
                .param("keys", List.copyOf(periodKeys))
                .query((ResultSet rs) -> {
                    out.add(row(rs));
                });
        return out;
    }

    private DueWork row(ResultSet rs) throws SQLException {
        String light = rs.getString("light");
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        java.time.LocalDate deadline = rs.getObject("deadline", java.time.LocalDate.class);
        Array keys = rs.getArray("keys");
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new DueWork(rs.getLong("id"), rs.getLong("directive_id"), TaskKind.valueOf(rs.getString("kind")),
                rs.getString("title"), status, rs.getLong("lead_unit_id"),
                rs.getObject("start_date", java.time.LocalDate.class),
                rs.getTimestamp("created_at").toInstant().atZone(CHINA).toLocalDate(),
                deadline, rs.getTimestamp("assigned_at").toInstant(),
                accepted == null ? null : accepted.toInstant(), ReportCycle.valueOf(rs.getString("report_cycle")),
                rs.getBigDecimal("progress_percent"), light == null ? null : Light.valueOf(light),
                countdowns.reason(rs.getString("reason"), rs.getBoolean("deadline_finding"), status, deadline),
                keys == null ? Set.of() : Set.of((String[]) keys.getArray()));
    }
}
