package cn.luoshi.calendar;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历 in force: the shipped State Council data plus the district's own overrides kept in the database
 * ({@code calendar_day_override}, owned by this module). The calendar is rebuilt when an override changes, not per
 * request: {@link #current()} returns the same instance until then, so a caller may cache what it builds on it (the
 * ledger's light evaluator) by the instance's identity. Who may change the calendar (the admin) is the caller's
 * check; this service validates the day and audits the change.
 */
@Service
public class WorkingCalendars {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final WorkingDayCalendar shipped = WorkingDayCalendar.chinaMainland();
    private volatile WorkingDayCalendar current;

    WorkingCalendars(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The calendar with today's overrides; a new instance after each change. */
    public WorkingDayCalendar current() {
        WorkingDayCalendar c = current;
        if (c == null) {
            synchronized (this) {
                if (current == null) {
                    reload();
                }
                c = current;
            }
        }
        return c;
    }

    public List<DayOverride> overrides() {
        return jdbc.sql("select day, working, note from calendar_day_override order by day")
                .query((rs, i) -> new DayOverride(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    /** Years with shipped holiday data. */
    public List<Integer> shippedYears() {
        return shipped.coveredYears().stream().sorted().toList();
    }

    /**
     * Adds or replaces a local day, audited as {@code actor}. The caller has checked that the actor may (the admin);
     * lights are recomputed by the caller.
     */
    @Transactional
    public void put(LocalDate day, Boolean working, String note, String actor) {
        Violations v = new Violations();
        v.check(day != null, "day", "请填写日期");
        v.check(working != null, "working", "请选择上班或放假");
        v.requireText(note, "note", "说明", 100);
        if (day != null && (day.getYear() < 2000 || day.getYear() > 2100)) {
            v.add("day", "日期超出可设置范围（2000—2100年）");
        }
        v.throwIfAny();
        Map<String, Object> before = snapshot(day);
        jdbc.sql("""
                insert into calendar_day_override (day, working, note, created_by) values (?, ?, ?, ?)
                on conflict (day) do update set working = excluded.working, note = excluded.note,
                  created_by = excluded.created_by, created_at = luoshi_now()""")
                .params(day, working, note.trim(), actor).update();
        audit.record(actor, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                new AuditLog.Subject("工作日历", day.toEpochDay(), null, null), "设置" + day + (working ? "上班" : "放假"),
                before, snapshot(day));
        reload();
    }

    /** Removes a local day, audited as {@code actor} (the caller has checked that the actor may). */
    @Transactional
    public void remove(LocalDate day, String actor) {
        Map<String, Object> before = snapshot(day);
        if (before == null) {
            throw new NotFoundException("日历调整", day);
        }
        jdbc.sql("delete from calendar_day_override where day = ?").param(day).update();
        audit.record(actor, AuditAction.DELETE, new AuditLog.Subject("工作日历", day.toEpochDay(), null, null),
                "撤销" + day + "的日历调整", before, null);
        reload();
    }

    private Map<String, Object> snapshot(LocalDate day) {
        return jdbc.sql("select working, note from calendar_day_override where day = ?").param(day)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("日期", day);
                    m.put("类型", rs.getBoolean(1) ? "上班" : "放假");
                    m.put("说明", rs.getString(2));
                    return m;
                }).optional().orElse(null);
    }

    private synchronized void reload() {
        current = shipped.withOverrides(overrides());
    }
}
