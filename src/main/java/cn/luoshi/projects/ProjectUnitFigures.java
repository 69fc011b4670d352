package cn.luoshi.projects;

import cn.luoshi.common.UnitFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit key-project figures for assessment (read-only): the year's projects per 牵头单位 with the annual plan
 * ({@code amount}) and the cumulative investment of the latest 月报 up to {@code asOf} (in {@code detail}), and
 * whether a new project (新开工) has started by {@code asOf} ({@code good}; null for other kinds).
 */
@Service
public class ProjectUnitFigures {

    private final JdbcClient jdbc;

    ProjectUnitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One fact per project: amount = cumulative investment at asOf; detail states plan and actual. */
    @Transactional(readOnly = true)
    public List<UnitFact> projects(int year, LocalDate asOf) {
        return jdbc.sql("""
                select p.id, p.lead_unit_id, p.name, p.kind, p.annual_plan, p.started_on,
                  coalesce(r.cumulative, 0) as cumulative
                from project p
                left join lateral (select cumulative from project_report x where x.project_id = p.id
                  and x.month <= :asOf order by x.month desc limit 1) r on true
                where p.year = :year order by p.lead_unit_id, p.id
                """).param("year", year).param("asOf", asOf).query((rs, n) -> {
            BigDecimal plan = rs.getBigDecimal("annual_plan");
            BigDecimal done = rs.getBigDecimal("cumulative");
            boolean isNew = "NEW".equals(rs.getString("kind"));
            LocalDate started = rs.getObject("started_on", LocalDate.class);
            Boolean good = isNew ? (started != null && !started.isAfter(asOf)) : null;
            return new UnitFact(rs.getLong("lead_unit_id"), rs.getLong("id"), rs.getString("name"),
                    "/projects/" + rs.getLong("id"), started, "年度计划 " + plan.stripTrailingZeros().toPlainString()
                            + " 万元，累计完成 " + done.stripTrailingZeros().toPlainString() + " 万元"
                            + (isNew ? (Boolean.TRUE.equals(good) ? "，已开工" : "，未开工") : ""), good, done, plan);
        }).list();
    }
}
