package cn.luoshi.requests;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.org.CurrentUser;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The module's settings: office hours, the 指挥中心 unit, the Open311 key, and the time limits in force (the table
 * {@code request_clock_limit} over the {@link ClockLimits#localDefault local default}).
 */
@Component
public class RequestSettings {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final WorkingCalendars calendars;
    private final JdbcClient jdbc;
    private final List<WorkingClock.Window> hours;
    private final String centreUnit;
    private final String open311ApiKey;
    private final EscalationRule escalation;

    RequestSettings(WorkingCalendars calendars, JdbcClient jdbc,
            @Value("${luoshi.requests.office-hours:08:30-12:00,13:30-17:30}") String officeHours,
            @Value("${luoshi.requests.centre-unit:}") String centreUnit,
            @Value("${luoshi.requests.open311.api-key:}") String open311ApiKey,
            @Value("${luoshi.requests.escalation.reopens:3}") int reopens,
            @Value("${luoshi.requests.escalation.units:3}") int units) {
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.hours = parseHours(officeHours);
        this.centreUnit = centreUnit == null ? "" : centreUnit.trim();
        this.open311ApiKey = open311ApiKey == null ? "" : open311ApiKey.trim();
        this.escalation = new EscalationRule(reopens, units);
    }

    static List<WorkingClock.Window> parseHours(String text) {
        List<WorkingClock.Window> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] se = part.trim().split("-");
            out.add(new WorkingClock.Window(LocalTime.parse(se[0].trim()), LocalTime.parse(se[1].trim())));
        }
        return out;
    }

    /** The working clock over the calendar in force now. */
    public WorkingClock clock() {
        return new WorkingClock(calendars.current(), hours, CHINA);
    }

    /** The limits in force: local default, overridden by the table's rows. */
    public ClockLimits limits() {
        ClockLimits limits = ClockLimits.localDefault(clock().dayMinutes());
        jdbc.sql("""
                select c.code, l.urgency, l.stage, l.minutes from request_clock_limit l
                left join request_category c on c.id = l.category_id""")
                .query((rs, n) -> limits.with(rs.getString(1), Urgency.valueOf(rs.getString(2)),
                        Stage.valueOf(rs.getString(3)), rs.getInt(4)))
                .list();
        return limits;
    }

    public EscalationRule escalation() {
        return escalation;
    }

    /** 指挥中心: the 督查室 and admins, and users of the configured centre unit ({@code luoshi.requests.centre-unit}). */
    public boolean isCentre(CurrentUser me) {
        return me.managesLedger() || (!centreUnit.isEmpty() && centreUnit.equals(me.unitName()));
    }

    public String open311ApiKey() {
        return open311ApiKey;
    }

    public Map<String, Object> describe() {
        return Map.of("officeHours", hours.toString(), "centreUnit", centreUnit);
    }
}
