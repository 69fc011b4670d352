package cn.luoshi.supervision;

import cn.luoshi.common.TodoItem;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Supervision's part of a person's 待办: a unit's 督办单 to answer (待办复) and 整改 to carry out (待整改); the 督查室's
 * answers to confirm and 整改 to close (待销号). The same rules as the menu counts ({@code pendingCount}).
 */
@Service
public class SupervisionTodo {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    SupervisionTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TodoItem> todo(CurrentUser me) {
        List<TodoItem> out = new ArrayList<>();
        boolean unit = me.isUnitUser();
        if (!unit && me.role() != Role.SUPERVISOR) {
            return out;
        }
        out.addAll(jdbc.sql("""
                select o.id, o.number, o.task_title, o.response_due, o.issued_on, o.responded_on, u.short_name
                from supervision_order o join unit u on u.id = o.unit_id
                where o.status = :status and %s order by coalesce(o.responded_on, o.issued_on), o.id"""
                .formatted(SupervisionStore.scope("o.unit_id")))
                .param("status", unit ? "ISSUED" : "RESPONDED").param("scopeUnit", SupervisionStore.scopeUnit(me))
                .query((rs, i) -> unit
                        ? new TodoItem("待办复", "督办单", rs.getString("task_title"), "督办单" + rs.getString("number")
                                + "，请于" + rs.getObject("response_due", LocalDate.class) + "前办复",
                                start(rs.getObject("issued_on", LocalDate.class)),
                                "/supervision/orders/" + rs.getLong("id"))
                        : new TodoItem("待审核", "督办单办复", rs.getString("task_title"), rs.getString("short_name")
                                + "已办复督办单" + rs.getString("number"),
                                start(rs.getObject("responded_on", LocalDate.class)),
                                "/supervision/orders/" + rs.getLong("id")))
                .list());
        out.addAll(jdbc.sql("""
                select r.id, r.title, r.deadline, r.opened_on, r.submitted_on, u.short_name
                from rectification r join unit u on u.id = r.owner_unit_id
                where %s and %s order by coalesce(r.submitted_on, r.opened_on), r.id"""
                .formatted(unit ? "r.status in ('OPEN', 'IN_PROGRESS')" : "r.status = 'RECTIFIED'",
                        SupervisionStore.scope("r.owner_unit_id")))
                .param("scopeUnit", SupervisionStore.scopeUnit(me))
                .query((rs, i) -> unit
                        ? new TodoItem("待整改", "整改事项", rs.getString("title"), "限"
                                + rs.getObject("deadline", LocalDate.class) + "前整改到位",
                                start(rs.getObject("opened_on", LocalDate.class)),
                                "/supervision/rectifications/" + rs.getLong("id"))
                        : new TodoItem("待销号", "整改事项", rs.getString("title"), rs.getString("short_name")
                                + "已报送整改结果", start(rs.getObject("submitted_on", LocalDate.class)),
                                "/supervision/rectifications/" + rs.getLong("id")))
                .list());
        return out;
    }

    private static java.time.Instant start(LocalDate d) {
        return (d == null ? LocalDate.of(2000, 1, 1) : d).atStartOfDay(CHINA).toInstant();
    }
}
