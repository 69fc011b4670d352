package cn.luoshi.bulletins;

import cn.luoshi.common.UnitFact;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit bulletin figures for assessment (read-only): each time a unit's task was named in a PUBLISHED 通报 whose
 * period ends in [from, to] as 逾期 or 落后序时 — the lines as frozen in the bulletin, not as the task is now.
 */
@Service
public class BulletinUnitFigures {

    private final JdbcClient jdbc;

    BulletinUnitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<UnitFact> namedLagging(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select b.id, b.title, b.issue_year, b.issue_number, b.period_to, t.unit_id, t.title as task_title,
                  t.overdue, t.standing
                from bulletin b join bulletin_task t on t.bulletin_id = b.id
                where b.status = 'PUBLISHED' and b.period_to between :from and :to and t.unit_id is not null
                  and (t.overdue or t.standing = 'BEHIND')
                order by t.unit_id, b.period_to, b.id, t.seq
                """).param("from", from).param("to", to).query((rs, n) -> new UnitFact(rs.getLong("unit_id"),
                rs.getLong("id"), rs.getString("title") + "（" + rs.getInt("issue_year") + "年第" + rs.getInt("issue_number")
                        + "期）", "/bulletins/" + rs.getLong("id"), rs.getObject("period_to", LocalDate.class),
                "「" + rs.getString("task_title") + "」被通报" + (rs.getBoolean("overdue") ? "逾期" : "落后序时"), false,
                null, null)).list();
    }
}
