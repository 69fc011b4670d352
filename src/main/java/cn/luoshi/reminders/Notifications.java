package cn.luoshi.reminders;

import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PageResult;
import cn.luoshi.org.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 站内消息: the signed-in user's notifications, the unread count for the bell, and marking them read. A user sees
 * only their own; anybody else's is "not found".
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Unread notifications (the bell's number). */
    public int unreadCount(CurrentUser me) {
        return jdbc.sql("""
                select count(*) from reminder_delivery
                where user_id = ? and channel = 'IN_APP' and read_at is null""")
                .param(me.id()).query(Integer.class).single();
    }

    /** Newest first; only unread ones if asked. */
    public PageResult<Notification> inbox(CurrentUser me, boolean unreadOnly, Integer page, Integer size) {
        int p = PageResult.clampPage(page);
        int s = PageResult.clampSize(size);
        String unread = unreadOnly ? " and d.read_at is null" : "";
        long total = jdbc.sql("select count(*) from reminder_delivery d where d.user_id = ? and d.channel = 'IN_APP'"
                + unread).param(me.id()).query(Long.class).single();
        List<Notification> rows = jdbc.sql("""
                select d.id, r.cause, r.cause_label, r.title, r.body, r.link, d.created_at, d.read_at
                from reminder_delivery d join reminder r on r.id = d.reminder_id
                where d.user_id = ? and d.channel = 'IN_APP'""" + unread + " order by d.id desc limit ? offset ?")
                .params(me.id(), s, (long) p * s).query(Notifications::notification).list();
        return new PageResult<>(rows, p, s, total);
    }

    /** Marks one read (again is harmless). */
    @Transactional
    public Notification markRead(long id, CurrentUser me) {
        get(id, me); // 404 for anybody else's
        jdbc.sql("update reminder_delivery set read_at = ? where id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id).update();
        return get(id, me);
    }

    /** Marks all of the user's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(CurrentUser me) {
        return jdbc.sql("""
                update reminder_delivery set read_at = ?
                where user_id = ? and channel = 'IN_APP' and read_at is null""")
                .params(Timestamp.from(clock.instant()), me.id()).update();
    }

    public Notification get(long id, CurrentUser me) {
        return jdbc.sql("""
                select d.id, r.cause, r.cause_label, r.title, r.body, r.link, d.created_at, d.read_at
                from reminder_delivery d join reminder r on r.id = d.reminder_id
                where d.id = ? and d.user_id = ? and d.channel = 'IN_APP'""")
                .params(id, me.id()).query(Notifications::notification).optional()
                .orElseThrow(() -> new NotFoundException("消息", id));
    }

    static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getString("cause"), rs.getString("cause_label"),
                rs.getString("title"), rs.getString("body"), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
