package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.MyWork;
import cn.luoshi.ledger.internal.Overview;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Overview and "my work" pages: aggregate queries, scoped like everything else. */
@Service
public class OverviewService {

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final OrgDirectory org;
    private final Clock clock;

    OverviewService(JdbcClient jdbc, TaskService tasks, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.org = org;
        this.clock = clock;
    }

    public Overview overview(CurrentUser me) {
        LocalDate today = LocalDate.now(clock);
        Long scope = TaskStore.scopeUnit(me);
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        jdbc.sql("select t.status, count(*) n from task t where t.kind <> 'AREA' and " + TaskStore.SCOPE
                + " group by t.status").param("scopeUnit", scope)
                .query((rs, i) -> byStatus.put(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        List<Overview.UnitCount> byUnit = jdbc.sql("""
                select u.id, u.short_name, count(*) total,
                  count(*) filter (where t.status = 'COMPLETED') completed,
                  count(*) filter (where t.status in ('IN_PROGRESS', 'COMPLETION_REQUESTED')) in_progress,
                  count(*) filter (where t.status in ('ASSIGNED', 'RETURNED')) pending,
                  count(*) filter (where t.deadline < :today and t.status not in ('COMPLETED', 'TERMINATED')) overdue
                from task t join unit u on u.id = t.lead_unit_id
                where t.kind <> 'AREA' and """ + TaskStore.SCOPE + """
                 group by u.id, u.short_name, u.sort_order order by count(*) desc, u.sort_order""")
                .param("today", today).param("scopeUnit", scope)
                .query((rs, i) -> new Overview.UnitCount(rs.getLong("id"), rs.getString("short_name"),
                        rs.getLong("total"), rs.getLong("completed"), rs.getLong("in_progress"), rs.getLong("pending"),
                        rs.getLong("overdue")))
                .list();
        long overdue = jdbc.sql("select count(*) from task t where t.kind <> 'AREA' and t.deadline < :today"
                + " and t.status not in ('COMPLETED', 'TERMINATED') and " + TaskStore.SCOPE)
                .param("today", today).param("scopeUnit", scope).query(Long.class).single();
        long dueSoon = jdbc.sql("select count(*) from task t where t.kind <> 'AREA' and t.deadline between :today and"
                + " :week and t.status not in ('COMPLETED', 'TERMINATED') and " + TaskStore.SCOPE)
                .param("today", today).param("week", today.plusDays(7)).param("scopeUnit", scope)
                .query(Long.class).single();
        long openProblems = jdbc.sql("select count(*) from problem p join task t on t.id = p.task_id"
                + " where p.status <> 'SOLVED' and " + TaskStore.SCOPE).param("scopeUnit", scope)
                .query(Long.class).single();
        List<Overview.RecentReport> recent = jdbc.sql("""
                select r.task_id, t.title, u.short_name, r.reported_on, r.narrative, r.needs_coordination
                from progress_report r join task t on t.id = r.task_id join unit u on u.id = r.unit_id
                where """ + TaskStore.SCOPE + " order by r.reported_on desc, r.created_at desc, r.id desc limit 8")
                .param("scopeUnit", scope)
                .query((rs, i) -> new Overview.RecentReport(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6)))
                .list();
        Map<cn.luoshi.ledger.light.Light, Long> byLight = new EnumMap<>(cn.luoshi.ledger.light.Light.class);
        java.time.Instant[] computed = {null};
        jdbc.sql("select tl.light, count(*) n from task_light tl join task t on t.id = tl.task_id"
                + " where " + TaskStore.SCOPE + " group by tl.light").param("scopeUnit", scope)
                .query((rs, i) -> byLight.put(cn.luoshi.ledger.light.Light.valueOf(rs.getString("light")),
                        rs.getLong("n"))).list();
        computed[0] = jdbc.sql("select max(run_at) from light_run").query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant).orElse(null);
        List<TaskRow> red = tasks.search(new TaskQuery(null, null, null, null, null, null, null,
                cn.luoshi.ledger.light.Light.RED, 0, 10), me).rows();
        return new Overview(total, byStatus, byUnit, overdue, dueSoon, openProblems, recent, byLight, red,
                computed[0]);
    }

    public MyWork myWork(CurrentUser me) {
        if (!me.isUnitUser()) {
            return new MyWork(List.of(), List.of(), List.of(), 0);
        }
        var toAccept = tasks.search(new TaskQuery(me.unitId(), null, TaskStatus.ASSIGNED, null, null, null, null, null, 0,
                50), me).rows().stream().filter(r -> me.belongsTo(r.leadUnitId())).toList(); // co-units do not 签收
        var open = tasks.search(new TaskQuery(me.unitId(), null, TaskStatus.IN_PROGRESS, null, null, null, null, null, 0,
                50), me).rows();
        var problems = jdbc.sql("""
                select p.*, t.title as task_title from problem p join task t on t.id = p.task_id
                where p.owner_unit_id = ? and p.status <> 'SOLVED' order by p.due_date nulls last, p.id""")
                .param(me.unitId())
                .query((rs, i) -> new MyWork.OwnedProblem(ProblemService.problem(rs, i), rs.getString("task_title")))
                .list();
        LocalDate today = LocalDate.now(clock);
        long overdue = open.stream().filter(r -> r.deadline() != null && r.deadline().isBefore(today)).count();
        return new MyWork(toAccept, open, problems, overdue);
    }
}
