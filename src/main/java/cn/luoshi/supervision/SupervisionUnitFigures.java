package cn.luoshi.supervision;

import cn.luoshi.common.UnitFact;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit supervision figures for assessment (read-only): 督办单 issued to a unit in the period, and 整改 items whose
 * deadline fell in the period and that were not closed (销号) by it ({@code good} = closed on or before the deadline).
 */
@Service
public class SupervisionUnitFigures {

    private final JdbcClient jdbc;

    SupervisionUnitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 督办单 issued in [from, to], per 承办单位. */
    @Transactional(readOnly = true)
    public List<UnitFact> orders(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, unit_id, number, task_title, issued_on, light from supervision_order
                where issued_on between :from and :to order by unit_id, issued_on, id
                """).param("from", from).param("to", to).query((rs, n) -> new UnitFact(rs.getLong("unit_id"),
                rs.getLong("id"), rs.getString("number") + " " + rs.getString("task_title"),
                "/supervision/orders/" + rs.getLong("id"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("issued_on", LocalDate.class) + " 下发督办单（" + ("RED".equals(rs.getString("light"))
                        ? "红灯" : "黄灯") + "）", null, null, null)).list();
    }

    /** 整改 items with a deadline in [from, to], per 责任单位; {@code good} = 销号 by the deadline. */
    @Transactional(readOnly = true)
    public List<UnitFact> rectifications(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, owner_unit_id, title, deadline, closed_on from rectification
                where deadline between :from and :to order by owner_unit_id, deadline, id
                """).param("from", from).param("to", to).query((rs, n) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            LocalDate closed = rs.getObject("closed_on", LocalDate.class);
            boolean ok = closed != null && !closed.isAfter(deadline);
            return new UnitFact(rs.getLong("owner_unit_id"), rs.getLong("id"), rs.getString("title"),
                    "/supervision/rectifications/" + rs.getLong("id"), deadline, "整改时限 " + deadline
                            + (closed == null ? "，未销号" : "，" + closed + " 销号"), ok, null, null);
        }).list();
    }
}
