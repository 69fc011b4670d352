package cn.luoshi.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What is still waiting on a unit — for reminders (催办), which see every unit: orders 待办复 (not those the unit has
 * answered and the 督查室 is reviewing) and 整改事项 待整改/整改中 (not those reported done). No scope check: the
 * caller is the application itself.
 */
@Service
public class OpenItems {

    private final JdbcClient jdbc;

    OpenItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Orders waiting for the unit's answer, earliest 办复时限 first. */
    public List<OpenOrder> openOrders() {
        return jdbc.sql("""
                select id, number, task_id, unit_id, response_due from supervision_order
                where status = 'ISSUED' order by response_due, id""")
                .query((rs, i) -> new OpenOrder(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Items the owner unit still has to work on, earliest deadline first. */
    public List<OpenRectification> openRectifications() {
        return jdbc.sql("""
                select id, owner_unit_id, deadline, title from rectification
                where status in ('OPEN', 'IN_PROGRESS') order by deadline, id""")
                .query((rs, i) -> new OpenRectification(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }
}
