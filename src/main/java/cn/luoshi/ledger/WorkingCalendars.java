package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.DayOverride;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.light.LightEvaluator;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.org.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历 in force: the shipped State Council data plus the district's own overrides kept in the database. The
 * calendar (and the light evaluator built on it) is rebuilt when an override changes, not per request.
 */
@Service
public class WorkingCalendars {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LightPolicy policy;
    private final Clock clock;
    private final WorkingDayCalendar shipped = WorkingDayCalendar.chinaMainland();
    private volatile WorkingDayCalendar current;
    private volatile LightEvaluator evaluator;

    WorkingCalendars(JdbcClient jdbc, AuditLog audit, LightPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** The calendar with today's overrides. */
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

    LightEvaluator evaluator() {
        current();
        return evaluator;
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

    /** Adds or replaces a local day (admin only). Lights are recomputed by the caller's next run. */
    @Transactional
    public void put(LocalDate day, Boolean working, String note, CurrentUser me) {
        requireAdmin(me);
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
                .params(day, working, note.trim(), me.auditName()).update();
        audit.record(me.auditName(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                new AuditLog.Subject("工作日历", day.toEpochDay(), null, null), "设置" + day + (working ? "上班" : "放假"),
                before, snapshot(day));
        reload();
    }

    @Transactional
    public void remove(LocalDate day, CurrentUser me) {
        requireAdmin(me);
        Map<String, Object> before = snapshot(day);
        if (before == null) {
            throw new NotFoundException("日历调整", day);
        }
        jdbc.sql("delete from calendar_day_override where day = ?").param(day).update();
        audit.record(me.auditName(), AuditAction.DELETE, new AuditLog.Subject("工作日历", day.toEpochDay(), null, null),
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
        WorkingDayCalendar c = shipped.withOverrides(overrides());
        evaluator = new LightEvaluator(c, policy, clock);
        current = c;
    }

    private static void requireAdmin(CurrentUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以调整工作日历");
        }
    }

}
