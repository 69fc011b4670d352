package cn.luoshi.ledger;

import cn.luoshi.common.UnitFact;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit ledger figures for assessment (read-only, no scope check: the caller decides who sees the result). One
 * statement for all units: the tasks and measures led by a unit whose 完成时限 falls in the period, with whether they
 * were completed by it (按时办结: the approved completion's date on or before the deadline, {@code completed_on_time}).
 * A task due later but already completed in the period counts too (提前办结 is on time). Terminated tasks do not
 * count. A task due in the period and not completed by its deadline is 逾期.
 */
@Service
public class LedgerUnitFigures {

    private final JdbcClient jdbc;

    LedgerUnitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tasks due in [from, to] per lead unit; {@code good} = completed on or before the deadline. */
    @Transactional(readOnly = true)
    public List<UnitFact> dueTasks(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select t.id, t.lead_unit_id, t.title, t.deadline, t.completed_on, t.status
                from task t
                where t.lead_unit_id is not null and t.kind in ('TASK', 'MEASURE') and t.status <> 'TERMINATED'
                  and (t.deadline between :from and :to
                       or (t.completed_on between :from and :to and t.deadline > :to))
                order by t.lead_unit_id, t.deadline, t.id
                """).param("from", from).param("to", to).query((rs, n) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            LocalDate done = rs.getObject("completed_on", LocalDate.class);
            boolean onTime = done != null && !done.isAfter(deadline) && !done.isAfter(to);
            String detail = "完成时限 " + deadline + (done == null ? "，未办结" : "，" + done + " 办结" + (onTime ? "（按时）" : "（逾期）"));
            return new UnitFact(rs.getLong("lead_unit_id"), rs.getLong("id"), rs.getString("title"),
                    "/tasks/" + rs.getLong("id"), deadline, detail, onTime, null, null);
        }).list();
    }
}
