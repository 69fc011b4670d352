package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.internal.Problem;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 问题: raised against a task or milestone, owned by a unit (and a person in it), worked until solved. */
@Service
public class ProblemService {

    private final JdbcClient jdbc;
    private final TaskStore tasks;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProblemService(JdbcClient jdbc, TaskStore tasks, OrgDirectory org, AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.org = org;
        this.audit = audit;
        this.events = events;
    }

    public List<Problem> list(long taskId, CurrentUser me) {
        tasks.visible(taskId, me);
        return problemsOf(jdbc, taskId);
    }

    public Problem get(long id, CurrentUser me) {
        Problem p = find(id).orElseThrow(() -> new NotFoundException("问题", id));
        tasks.visible(p.taskId(), me);
        return p;
    }

    @Transactional
    public Problem raise(long taskId, ProblemForm f, CurrentUser me) {
        Task t = tasks.visible(taskId, me);
        LedgerPermissions.require(LedgerPermissions.mayRaiseProblem(me, t), "您不能对该任务提出问题");
        validate(f, t);
        long id = jdbc.sql("""
                insert into problem (task_id, milestone_id, description, owner_unit_id, owner_person_id, due_date,
                  status, resolution, raised_by, solved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then luoshi_now() end) returning id""")
                .params(taskId, f.milestoneId, f.description.trim(), f.ownerUnitId, f.ownerPersonId, f.dueDate,
                        f.status.name(), TaskStore.blankToNull(f.resolution), me.auditName(),
                        f.status == ProblemStatus.SOLVED)
                .query(Long.class).single();
        Problem p = find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.CREATE, TaskService.subject("问题", id, t), "提出问题", null,
                snapshot(p));
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "problem"));
        if (f.ownerUnitId != null && f.status != ProblemStatus.SOLVED) {
            events.publishEvent(Arrivals.problem(t, id, f.ownerUnitId, f.description));
        }
        return p;
    }

    @Transactional
    public Problem update(long id, ProblemForm f, CurrentUser me) {
        Problem before = get(id, me);
        Task t = tasks.find(before.taskId()).orElseThrow();
        LedgerPermissions.require(LedgerPermissions.mayUpdateProblem(me, t, before), "您不能处理该问题");
        TaskService.requireVersion(f.version, before.version());
        if (!me.managesLedger()) {
            // Units work on the problem; only the 督查室 moves its owner.
            f.ownerUnitId = before.ownerUnitId();
            f.ownerPersonId = before.ownerPersonId();
        }
        validate(f, t);
        int n = jdbc.sql("""
                update problem set milestone_id = ?, description = ?, owner_unit_id = ?, owner_person_id = ?,
                  due_date = ?, status = ?, resolution = ?, version = version + 1,
                  solved_at = case when ? = 'SOLVED' then coalesce(solved_at, luoshi_now()) end
                where id = ? and version = ?""")
                .params(f.milestoneId, f.description.trim(), f.ownerUnitId, f.ownerPersonId, f.dueDate,
                        f.status.name(), TaskStore.blankToNull(f.resolution), f.status.name(), id, f.version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        Problem after = find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.UPDATE, TaskService.subject("问题", id, t),
                before.status() == after.status() ? "修改问题" : "问题" + after.status().label(), snapshot(before),
                snapshot(after));
        events.publishEvent(new TaskChanged(t.id(), t.directiveId(), "problem"));
        return after;
    }

    private void validate(ProblemForm f, Task t) {
        var v = LedgerRules.problem(f, id -> org.unit(id).isPresent());
        if (f.ownerPersonId != null) {
            Optional<Person> person = org.person(f.ownerPersonId);
            v.check(person.isPresent() && person.get().unitId() == (f.ownerUnitId == null ? -1 : f.ownerUnitId),
                    "ownerPersonId", "责任人须是责任单位的人员");
        }
        if (f.milestoneId != null) {
            boolean ok = MilestoneService.milestonesOf(jdbc, t.id()).stream().anyMatch(m -> m.id() == f.milestoneId);
            v.check(ok, "milestoneId", "所选节点不属于该任务");
        }
        v.throwIfAny();
    }

    /** Open problems owned by a unit, for its "my work" page. */
    public List<Problem> openFor(long unitId) {
        return jdbc.sql("""
                select * from problem where owner_unit_id = ? and status <> 'SOLVED'
                order by due_date nulls last, id""").param(unitId).query(ProblemService::problem).list();
    }

    private Optional<Problem> find(long id) {
        return jdbc.sql("select * from problem where id = ?").param(id).query(ProblemService::problem).optional();
    }

    static List<Problem> problemsOf(JdbcClient jdbc, long taskId) {
        return jdbc.sql("select * from problem where task_id = ? order by raised_at, id").param(taskId)
                .query(ProblemService::problem).list();
    }

    static Problem problem(ResultSet rs, int row) throws SQLException {
        Timestamp solved = rs.getTimestamp("solved_at");
        return new Problem(rs.getLong("id"), rs.getLong("task_id"), (Long) rs.getObject("milestone_id"),
                rs.getString("description"), rs.getLong("owner_unit_id"), (Long) rs.getObject("owner_person_id"),
                rs.getObject("due_date", LocalDate.class), ProblemStatus.valueOf(rs.getString("status")),
                rs.getString("resolution"), rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(),
                solved == null ? null : solved.toInstant(), rs.getInt("version"));
    }

    private Map<String, Object> snapshot(Problem p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("问题", p.description());
        s.put("责任单位", org.unit(p.ownerUnitId()).map(u -> u.shortName()).orElse(null));
        s.put("责任人", p.ownerPersonId() == null ? null : org.person(p.ownerPersonId()).map(Person::name).orElse(null));
        s.put("解决时限", p.dueDate());
        s.put("状态", p.status().label());
        s.put("解决情况", p.resolution());
        return s;
    }

}
