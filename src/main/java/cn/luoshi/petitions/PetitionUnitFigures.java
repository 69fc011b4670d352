package cn.luoshi.petitions;

import cn.luoshi.common.UnitFact;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit petition figures for assessment (read-only, no personal data): the cases (件) received in the period with
 * the unit as 责任单位. {@code good} = 一次性化解 (answered and 化解 without 复查/复核, i.e. status never went to
 * review: resolved and not in REVIEW/RECHECK). Titles only; petitioners are never read.
 */
@Service
public class PetitionUnitFigures {

    private final JdbcClient jdbc;

    PetitionUnitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<UnitFact> cases(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select c.id, c.case_no, c.title, c.lead_unit_id, c.received_on, c.resolved, c.status,
                  exists (select 1 from petition_review r where r.case_id = c.id) as reviewed
                from petition_case c
                where c.lead_unit_id is not null and c.received_on between :from and :to
                order by c.lead_unit_id, c.received_on, c.id
                """).param("from", from).param("to", to).query((rs, n) -> {
            boolean once = rs.getBoolean("resolved") && !rs.getBoolean("reviewed");
            return new UnitFact(rs.getLong("lead_unit_id"), rs.getLong("id"), rs.getString("case_no") + " "
                    + rs.getString("title"), "/petitions/" + rs.getLong("id"), rs.getObject("received_on", LocalDate.class),
                    rs.getObject("received_on", LocalDate.class) + " 收到，" + (once ? "一次性化解" : rs.getBoolean("resolved")
                            ? "经复查复核后化解" : "未化解"), once, null, null);
        }).list();
    }
}
