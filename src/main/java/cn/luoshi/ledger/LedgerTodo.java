package cn.luoshi.ledger;

import cn.luoshi.common.TodoItem;
import cn.luoshi.ledger.internal.PendingRequest;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ledger's part of a person's 待办: a unit's tasks to 签收, 批示 to answer and 问题 to solve; the 督查室's requests
 * to decide (待审核) and returned tasks to reassign; a leader's extensions to approve (待审批). Scoped like every list.
 */
@Service
public class LedgerTodo {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final TaskWorkflowService workflow;

    LedgerTodo(JdbcClient jdbc, TaskWorkflowService workflow) {
        this.jdbc = jdbc;
        this.workflow = workflow;
    }

    public List<TodoItem> todo(CurrentUser me) {
        List<TodoItem> out = new ArrayList<>();
        if (me.isUnitUser()) {
            out.addAll(jdbc.sql("""
                    select t.id, t.title, t.deadline, coalesce(t.assigned_at, t.created_at) as since from task t
                    where t.status = 'ASSIGNED' and t.lead_unit_id = ? order by since, t.id""")
                    .param(me.unitId()).query((rs, i) -> new TodoItem("待签收", "待签收任务", rs.getString("title"),
                            deadline(rs), rs.getTimestamp("since").toInstant(), "/tasks/" + rs.getLong("id")))
                    .list());
            out.addAll(jdbc.sql("""
                    select t.id, t.title, i.body, i.written_by, i.written_at from instruction i join task t on t.id = i.task_id
                    where i.reply is null and t.lead_unit_id = ? and t.status not in ('COMPLETED', 'TERMINATED')
                    order by i.written_at, i.id""")
                    .param(me.unitId()).query((rs, i) -> new TodoItem("待回复", "领导批示", rs.getString("title"),
                            rs.getString("written_by") + "：" + Arrivals.shorten(rs.getString("body")),
                            rs.getTimestamp("written_at").toInstant(), "/tasks/" + rs.getLong("id")))
                    .list());
            out.addAll(jdbc.sql("""
                    select t.id, t.title, p.description, p.due_date, p.raised_at from problem p join task t on t.id = p.task_id
                    where p.status <> 'SOLVED' and p.owner_unit_id = ? and t.status not in ('COMPLETED', 'TERMINATED')
                    order by p.raised_at, p.id""")
                    .param(me.unitId()).query((rs, i) -> new TodoItem("待解决", "问题", rs.getString("title"),
                            Arrivals.shorten(rs.getString("description")) + due(rs.getObject("due_date", LocalDate.class)),
                            rs.getTimestamp("raised_at").toInstant(), "/tasks/" + rs.getLong("id")))
                    .list());
            return out;
        }
        if (me.isLeader() || me.managesLedger()) {
            String group = me.isLeader() ? "待审批" : "待审核";
            for (PendingRequest p : workflow.pending(me)) {
                out.add(new TodoItem(group, p.kind().label(), p.taskTitle(), (p.leadUnitName() == null ? ""
                        : p.leadUnitName() + "，") + "申请人" + p.requestedBy()
                        + (p.proposedDeadline() == null ? "" : "，申请延期至" + p.proposedDeadline()),
                        p.requestedOn().atStartOfDay(CHINA).toInstant(), "/tasks/" + p.taskId()));
            }
        }
        if (me.managesLedger() && me.role() == Role.SUPERVISOR) {
            out.addAll(jdbc.sql("""
                    select t.id, t.title, t.return_reason, t.returned_at, u.short_name from task t
                    left join unit u on u.id = t.lead_unit_id
                    where t.status = 'RETURNED' order by t.returned_at, t.id""")
                    .query((rs, i) -> new TodoItem("待重新交办", "任务退回", rs.getString("title"),
                            rs.getString("short_name") + "退回：" + rs.getString("return_reason"),
                            rs.getTimestamp("returned_at").toInstant(), "/tasks/" + rs.getLong("id")))
                    .list());
        }
        return out;
    }

    /** 需领导协调: a leader's open tasks whose latest report asks for his coordination, oldest first. */
    public List<TodoItem> coordination(long leaderPersonId) {
        return jdbc.sql("""
                select t.id, t.title, r.reported_on, r.difficulties, r.narrative, u.short_name
                from task t
                join lateral (select * from progress_report p where p.task_id = t.id
                              order by p.reported_on desc, p.id desc limit 1) r on true
                left join unit u on u.id = t.lead_unit_id
                where t.lead_leader_id = ? and r.needs_coordination
                  and t.status not in ('COMPLETED', 'TERMINATED')
                order by r.reported_on, t.id""")
                .param(leaderPersonId).query((rs, i) -> new TodoItem("需领导协调", "进展报送", rs.getString("title"),
                        (rs.getString("short_name") == null ? "" : rs.getString("short_name") + "：")
                                + Arrivals.shorten(rs.getString("difficulties") != null ? rs.getString("difficulties")
                                        : rs.getString("narrative")),
                        rs.getObject("reported_on", LocalDate.class).atStartOfDay(CHINA).toInstant(),
                        "/tasks/" + rs.getLong("id")))
                .list();
    }

    private static String deadline(ResultSet rs) throws SQLException {
        LocalDate d = rs.getObject("deadline", LocalDate.class);
        return d == null ? "" : "完成时限" + d;
    }

    private static String due(LocalDate d) {
        return d == null ? "" : "（限" + d + "前）";
    }
}
