package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.org.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 节点: dated checkpoints of a task, kept by the 督查室. */
@Service
public class MilestoneService {

    private final JdbcClient jdbc;
    private final TaskStore tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    MilestoneService(JdbcClient jdbc, TaskStore tasks, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
    }

    public List<Milestone> list(long taskId, CurrentUser me) {
        tasks.visible(taskId, me);
        return milestonesOf(jdbc, taskId);
    }

    public Milestone get(long id, CurrentUser me) {
        Milestone m = find(id).orElseThrow(() -> new NotFoundException("节点", id));
        tasks.visible(m.taskId(), me);
        return m;
    }

    @Transactional
    public Milestone add(long taskId, MilestoneForm f, CurrentUser me) {
        Task t = tasks.visible(taskId, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以设置节点");
        LedgerRules.milestone(f, t, milestonesOf(jdbc, taskId)).throwIfAny();
        long id = jdbc.sql("insert into milestone (task_id, due_date, title, planned) values (?, ?, ?, ?) returning id")
                .params(taskId, f.dueDate, f.title.trim(), f.planned).query(Long.class).single();
        Milestone m = find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.CREATE, TaskService.subject("节点", id, t),
                "新增节点「" + m.title() + "」", null, snapshot(m, t));
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "milestone"));
        return m;
    }

    @Transactional
    public Milestone update(long id, MilestoneForm f, CurrentUser me) {
        Milestone before = get(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以修改节点");
        TaskService.requireVersion(f.version, before.version());
        Task t = tasks.find(before.taskId()).orElseThrow();
        List<Milestone> others = milestonesOf(jdbc, t.id()).stream().filter(m -> m.id() != id).toList();
        LedgerRules.milestone(f, t, others).throwIfAny();
        int n = jdbc.sql("""
                update milestone set due_date = ?, title = ?, planned = ?, version = version + 1
                where id = ? and version = ?""").params(f.dueDate, f.title.trim(), f.planned, id, f.version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        Milestone after = find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.UPDATE, TaskService.subject("节点", id, t),
                "修改节点「" + after.title() + "」", snapshot(before, t), snapshot(after, t));
        events.publishEvent(new TaskChanged(t.id(), t.directiveId(), "milestone"));
        return after;
    }

    @Transactional
    public void delete(long id, int version, CurrentUser me) {
        Milestone m = get(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以删除节点");
        Task t = tasks.find(m.taskId()).orElseThrow();
        int n = jdbc.sql("delete from milestone where id = ? and version = ?").params(id, version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        audit.record(me.auditName(), AuditAction.DELETE, TaskService.subject("节点", id, t),
                "删除节点「" + m.title() + "」", snapshot(m, t), null);
        events.publishEvent(new TaskChanged(t.id(), t.directiveId(), "milestone"));
    }

    private java.util.Optional<Milestone> find(long id) {
        return jdbc.sql("select * from milestone where id = ?").param(id).query(MilestoneService::milestone).optional();
    }

    static List<Milestone> milestonesOf(JdbcClient jdbc, long taskId) {
        return jdbc.sql("select * from milestone where task_id = ? order by due_date, id").param(taskId)
                .query(MilestoneService::milestone).list();
    }

    private static Milestone milestone(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Milestone(rs.getLong("id"), rs.getLong("task_id"), rs.getObject("due_date", LocalDate.class),
                rs.getString("title"), rs.getBigDecimal("planned"), rs.getInt("version"));
    }

    private static Map<String, Object> snapshot(Milestone m, Task t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("节点", m.title());
        s.put("日期", m.dueDate());
        s.put("计划累计", m.planned().stripTrailingZeros().toPlainString() + t.progressUnit());
        return s;
    }
}
