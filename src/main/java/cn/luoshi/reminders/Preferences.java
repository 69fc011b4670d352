package cn.luoshi.reminders;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.org.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 消息设置: each user reads and changes only their own. */
@Service
class Preferences {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final QuietHours defaultQuiet;

    Preferences(JdbcClient jdbc, AuditLog audit, ReminderProperties props) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.defaultQuiet = props.quietHours();
    }

    Preference of(long userId) {
        return jdbc.sql("select * from notification_preference where user_id = ?").param(userId)
                .query(Preferences::preference).optional().orElseGet(() -> Preference.defaults(userId, defaultQuiet));
    }

    /** Every saved preference, by user (one query per pass). */
    Map<Long, Preference> all() {
        Map<Long, Preference> m = new HashMap<>();
        jdbc.sql("select * from notification_preference").query(Preferences::preference).list()
                .forEach(p -> m.put(p.userId(), p));
        return m;
    }

    Preference orDefault(Map<Long, Preference> saved, long userId) {
        Preference p = saved.get(userId);
        return p != null ? p : Preference.defaults(userId, defaultQuiet);
    }

    @Transactional
    Preference save(PreferenceForm f, CurrentUser me) {
        PreferenceRules.check(f).throwIfAny();
        Preference before = of(me.id());
        if (f.version != null && f.version != before.version()) {
            throw ConflictException.staleEdit();
        }
        String email = f.email == null || f.email.isBlank() ? null : f.email.trim();
        LocalTime start = PreferenceRules.time(f.quietStart);
        LocalTime end = PreferenceRules.time(f.quietEnd);
        if (start == null || end == null || start.equals(end)) { // quiet hours off: keep the stored times
            start = before.quietStart();
            end = before.quietEnd();
        }
        int digestHour = f.digestHour == null ? before.digestHour() : f.digestHour;
        int n = jdbc.sql("""
                insert into notification_preference (user_id, email, email_enabled, quiet_enabled, quiet_start,
                  quiet_end, digest_enabled, digest_hour)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set email = excluded.email, email_enabled = excluded.email_enabled,
                  quiet_enabled = excluded.quiet_enabled, quiet_start = excluded.quiet_start,
                  quiet_end = excluded.quiet_end, digest_enabled = excluded.digest_enabled,
                  digest_hour = excluded.digest_hour, version = notification_preference.version + 1,
                  updated_at = luoshi_now()
                where notification_preference.version = ?""")
                .params(me.id(), email, f.emailEnabled, f.quietEnabled, start, end, f.digestEnabled, digestHour,
                        before.version())
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        Preference after = of(me.id());
        audit.record(me.auditName(), before.version() < 0 ? AuditAction.CREATE : AuditAction.UPDATE,
                new AuditLog.Subject("消息设置", me.id(), null, null), "修改消息设置",
                before.version() < 0 ? null : snapshot(before), snapshot(after));
        return after;
    }

    private static Map<String, Object> snapshot(Preference p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("邮箱", p.email());
        m.put("邮件提醒", p.emailEnabled() ? "开" : "关");
        m.put("免打扰", p.quietEnabled() ? p.quietHours().text() : "关");
        m.put("每日汇总", p.digestEnabled() ? p.digestHour() + "点" : "关");
        return m;
    }

    static Preference preference(ResultSet rs, int row) throws SQLException {
        return new Preference(rs.getLong("user_id"), rs.getString("email"), rs.getBoolean("email_enabled"),
                rs.getBoolean("quiet_enabled"), rs.getObject("quiet_start", LocalTime.class),
                rs.getObject("quiet_end", LocalTime.class), rs.getBoolean("digest_enabled"), rs.getInt("digest_hour"),
                rs.getInt("version"));
    }
}
