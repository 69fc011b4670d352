package cn.luoshi.petitions;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.petitions.PetitionLimits.Kind;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信访统计单元 — the monthly cells the statistics read ({@code petition_cell}, {@code petition_rate_cell}, migration
 * V4_350). The database keeps them in the same transaction as every change of a case or a registration (statement
 * triggers); this class keeps the due dates the rates count on ({@code acceptance_due}, {@code handling_due}: the
 * 受理告知 and 办理 limits on the calendar in force) and rebuilds everything on demand. At start-up it fills the due
 * dates of cases stored before the cells existed.
 */
@Service
@Order(5)
public class PetitionCells implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PetitionCells.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PetitionSettings settings;
    private final WorkingCalendars calendars;

    PetitionCells(JdbcClient jdbc, JdbcTemplate template, PetitionSettings settings, WorkingCalendars calendars) {
        this.jdbc = jdbc;
        this.template = template;
        this.settings = settings;
        this.calendars = calendars;
    }

    /** The 受理告知 last day: 15 days from the transfer, or from receipt when not transferred (第二十三条). */
    LocalDate acceptanceDue(LocalDate received, LocalDate transferred, WorkingDayCalendar cal) {
        return settings.limits().due(Kind.ACCEPTANCE, transferred == null ? received : transferred, cal);
    }

    /** The 办理 last day: 60 days from acceptance plus the extension (第三十四条); none before acceptance. */
    LocalDate handlingDue(LocalDate accepted, int extensionDays, WorkingDayCalendar cal) {
        return accepted == null ? null : settings.limits().handlingDue(accepted, extensionDays, cal);
    }

    /** Stores one case's due dates (after a step changed its dates); the triggers move its rate counters. */
    void refreshDues(long caseId) {
        WorkingDayCalendar cal = calendars.current();
        jdbc.sql("select received_on, transferred_on, accepted_on, extension_days from petition_case where id = ?")
                .param(caseId).query((ResultSet rs) -> {
                    LocalDate acc = acceptanceDue(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            cal);
                    LocalDate h = handlingDue(rs.getObject(3, LocalDate.class), rs.getInt(4), cal);
                    jdbc.sql("""
                            update petition_case set acceptance_due = ?, handling_due = ?
                            where id = ? and (acceptance_due, handling_due) is distinct from (?, ?)""")
                            .params(acc, h, caseId, acc, h).update();
                });
    }

    /**
     * Recomputes the due dates of all cases (or only those without) on the calendar in force, in one statement per
     * 10,000 cases; the triggers move the rate counters of the cases whose dates changed. Returns how many changed.
     */
    @Transactional
    public int recomputeDues(boolean onlyMissing) {
        WorkingDayCalendar cal = calendars.current();
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("select id, received_on, transferred_on, accepted_on, extension_days, acceptance_due, handling_due "
                + "from petition_case" + (onlyMissing ? " where acceptance_due is null" : ""))
                .query((ResultSet rs) -> {
                    LocalDate acc = acceptanceDue(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            cal);
                    LocalDate h = handlingDue(rs.getObject(4, LocalDate.class), rs.getInt(5), cal);
                    if (!acc.equals(rs.getObject(6, LocalDate.class))
                            || !java.util.Objects.equals(h, rs.getObject(7, LocalDate.class))) {
                        rows.add(new Object[] {rs.getLong(1), Date.valueOf(acc), h == null ? null : Date.valueOf(h)});
                    }
                });
        for (int from = 0; from < rows.size(); from += 10_000) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + 10_000));
            Object[] ids = part.stream().map(r -> r[0]).toArray();
            Object[] acc = part.stream().map(r -> r[1]).toArray();
            Object[] h = part.stream().map(r -> r[2]).toArray();
            template.execute((java.sql.Connection con) -> {
                try (var ps = con.prepareStatement("""
                        update petition_case c set acceptance_due = x.a, handling_due = x.h
                        from unnest(?::int8[], ?::date[], ?::date[]) x (id, a, h) where c.id = x.id""")) {
                    ps.setArray(1, con.createArrayOf("int8", ids));
                    ps.setArray(2, con.createArrayOf("date", acc));
                    ps.setArray(3, con.createArrayOf("date", h));
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return rows.size();
    }

    /** Recomputes the due dates and both cell tables from the base tables (e.g. after the holidays were changed). */
    @Transactional
    public void rebuild() {
        recomputeDues(false);
        jdbc.sql("select petition_cells_rebuild()").query((ResultSet rs) -> {
        });
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = recomputeDues(true);
        if (n > 0) {
            log.info("信访统计：补算了{}件的受理、办理期限", n);
        }
    }
}
