package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.org.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 补录办理时间 for a ledger entered in one sitting (the demo): the work was given, 签收, reported, extended and 办结
 * over past months, but the rows were written today. Dates each event of the given tasks, written since
 * {@code since}, by the business date it carries, never after now:
 *
 * <ul>
 * <li>the directive and the task are created, and the task 交办, on its start date (or the directive's date);</li>
 * <li>签收 one to three days later, and never after the first progress report;</li>
 * <li>a progress report is entered on its 报送日期 (18:00), a milestone with the task, a problem with the report
 * before it;</li>
 * <li>an approved 延期 is asked a week before now at the latest, and decided the next day;</li>
 * <li>an approved 办结 is asked on the date of the last report (the one that reached the target: the 办结日期) and
 * decided the next day;</li>
 * <li>the typed history ({@code task_fact_history}) follows: the first row at creation, the 签收 row at 签收, a
 * deadline change at its extension's decision, the 办结 row at its decision, rows in between never before the row
 * ahead of them.</li>
 * </ul>
 * So a 通报 of a past month counts what stood then, and lights and trends have a past. Seven statements, whatever the
 * number of tasks; one audit line per task.
 */
@Service
public class HistoryBackdating {

    private static final String DAY_AT = "((%s + time '%s') at time zone 'Asia/Shanghai')";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    HistoryBackdating(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private static String at(String date, String time) {
        return DAY_AT.formatted(date, time);
    }

    /** Dates the events of {@code taskIds} written since {@code since}; only the 督查室 (ledger managers) may. */
    @Transactional
    public int spread(Collection<Long> taskIds, Instant since, CurrentUser me) {
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以补录办理时间");
        if (taskIds.isEmpty()) {
            return 0;
        }
        Long[] idList = taskIds.toArray(Long[]::new);
        // A Postgres array literal: an Object[] parameter would be expanded into a list of placeholders.
        String ids = java.util.Arrays.stream(idList).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        Timestamp from = Timestamp.from(since);
        Timestamp now = Timestamp.from(clock.instant());
        // Directives: created on their date.
        jdbc.sql("update directive d set created_at = least(d.created_at, " + at("d.issued_on", "09:00") + ") "
                + "where d.created_at >= :since and d.id in (select directive_id from task where id = any(cast(:ids as bigint[])))")
                .param("since", from).param("ids", ids).update();
        // Tasks: created and 交办 on the start date; 签收 1–3 days later, not after the first report.
        int tasks = jdbc.sql("""
                with s as (
                  select t.id, least(coalesce(t.start_date, d.issued_on), d.issued_on + 30, current_date) as given,
                         (select min(r.reported_on) from progress_report r where r.task_id = t.id) as first_report
                  from task t join directive d on d.id = t.directive_id
                  where t.id = any(cast(:ids as bigint[])) and t.created_at >= :since)
                update task t set
                  created_at = least(t.created_at, %s),
                  assigned_at = case when t.assigned_at is null then null else least(t.assigned_at, %s) end,
                  accepted_at = case when t.accepted_at is null then null
                                     else least(t.accepted_at, %s, coalesce(%s, t.accepted_at)) end
                from s where s.id = t.id""".formatted(at("s.given", "09:00"), at("s.given", "09:00"),
                        at("s.given + (1 + t.id % 3)::int", "10:00"), at("s.first_report", "08:30")))
                .param("ids", ids).param("since", from).update();
        // Reports on their date; milestones with their task; problems with the report before them.
        jdbc.sql("update progress_report r set created_at = least(r.created_at, " + at("r.reported_on", "18:00")
                + ") where r.task_id = any(cast(:ids as bigint[])) and r.created_at >= :since").param("ids", ids).param("since", from)
                .update();
        jdbc.sql("""
                update milestone m set created_at = least(m.created_at, t.created_at)
                from task t where t.id = m.task_id and m.task_id = any(cast(:ids as bigint[])) and m.created_at >= :since""")
                .param("ids", ids).param("since", from).update();
        jdbc.sql("""
                update problem p set raised_at = least(p.raised_at, coalesce(
                         (select %s from progress_report r where r.task_id = p.task_id), t.accepted_at, t.created_at)),
                       solved_at = case when p.solved_at is null then null else least(p.solved_at, :now) end
                from task t where t.id = p.task_id and p.task_id = any(cast(:ids as bigint[])) and p.raised_at >= :since"""
                .formatted(at("max(r.reported_on)", "19:00")))
                .param("ids", ids).param("since", from).param("now", now).update();
        // Approved extensions: asked a week ago at the latest (after 签收), decided the next day.
        jdbc.sql("""
                update extension_request e set
                  requested_on = x.asked, requested_at = %s, decided_at = least(e.decided_at, %s)
                from (select e2.id, greatest((t.accepted_at at time zone 'Asia/Shanghai')::date + 1,
                                             least(e2.requested_on, current_date - 7)) as asked
                      from extension_request e2 join task t on t.id = e2.task_id
                      where e2.task_id = any(cast(:ids as bigint[])) and e2.status = 'APPROVED' and e2.requested_at >= :since) x
                where x.id = e.id and x.asked < e.requested_on""".formatted(at("x.asked", "10:00"),
                        at("x.asked + 1", "15:00")))
                .param("ids", ids).param("since", from).update();
        // Approved completions: asked on the last report's date (the 办结日期), decided the next day.
        jdbc.sql("""
                with c as (
                  select c2.id, c2.task_id,
                         (select max(r.reported_on) from progress_report r where r.task_id = c2.task_id) as asked
                  from completion_request c2
                  where c2.task_id = any(cast(:ids as bigint[])) and c2.status = 'APPROVED' and c2.requested_at >= :since),
                moved as (
                  update completion_request q set requested_on = c.asked, requested_at = %s,
                         decided_at = least(q.decided_at, %s)
                  from c where c.id = q.id and c.asked is not null and c.asked < q.requested_on
                  returning q.task_id, c.asked)
                update task t set completed_on = moved.asked from moved
                where moved.task_id = t.id and t.status = 'COMPLETED'""".formatted(at("c.asked", "10:00"),
                        at("c.asked + 1", "15:00")))
                .param("ids", ids).param("since", from).update();
        // The typed history follows the dated events, never going back in time within a task.
        jdbc.sql("""
                with h as (
                  select f.id, f.task_id, f.status, f.deadline, f.completed_on,
                         lag(f.status) over w as prev_status, lag(f.deadline) over w as prev_deadline,
                         row_number() over w as n
                  from task_fact_history f
                  where f.task_id = any(cast(:ids as bigint[])) and f.valid_from >= :since
                  window w as (partition by f.task_id order by f.valid_from, f.id)),
                d as (
                  select h.id, h.task_id, case
                      when h.n = 1 then t.created_at
                      when h.status = 'COMPLETED' then coalesce((select max(q.decided_at) from completion_request q
                                 where q.task_id = h.task_id and q.status = 'APPROVED'), t.created_at)
                      when h.deadline is distinct from h.prev_deadline then coalesce((select max(e.decided_at)
                                 from extension_request e where e.task_id = h.task_id and e.status = 'APPROVED'),
                                 t.created_at)
                      when h.status <> h.prev_status then coalesce(t.accepted_at, t.created_at)
                      else t.created_at end as at
                  from h join task t on t.id = h.task_id),
                m as (
                  select d.id, max(d.at) over (partition by d.task_id order by d.id) as at from d)
                update task_fact_history f set valid_from = least(m.at, :now)
                from m where m.id = f.id""")
                .param("ids", ids).param("since", from).param("now", now).update();
        var entries = new java.util.ArrayList<AuditLog.Entry>(idList.length);
        for (Long id : idList) {
            entries.add(new AuditLog.Entry(AuditAction.UPDATE, new AuditLog.Subject("任务", id, id, null),
                    "补录办理时间：交办、签收、报送、延期、办结按其业务日期入账", null, Map.of("补录自", since.toString())));
        }
        audit.recordAll(me.auditName(), entries);
        return tasks;
    }
}
