package cn.luoshi.audit;

import cn.luoshi.common.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends and reads audit entries. Callers pass snapshots as ordered maps of display names to values. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    AuditLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What was changed, in which context: the task (for its history page) and the directive. */
    public record Subject(String entityType, long entityId, Long taskId, Long directiveId) {
    }

    /** Must run inside the caller's transaction: the entry commits or rolls back with the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, Subject subject, String summary,
            Map<String, Object> before, Map<String, Object> after) {
        jdbc.sql("""
                insert into audit_entry (actor, action, entity_type, entity_id, task_id, directive_id, summary,
                                         before_state, after_state)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(actor, action.name(), subject.entityType(), subject.entityId(), subject.taskId(),
                        subject.directiveId(), summary, before == null ? null : Json.write(before),
                        after == null ? null : Json.write(after))
                .update();
    }

    /** One entry for {@link #recordAll}. */
    public record Entry(AuditAction action, Subject subject, String summary, Map<String, Object> before,
            Map<String, Object> after) {
    }

    /** Many entries by one actor in one statement (imports), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String actor, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        Object[][] cols = new Object[8][n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            Object[] row = {e.action().name(), e.subject().entityType(), e.subject().entityId(), e.subject().taskId(),
                    e.subject().directiveId(), e.summary(), e.before() == null ? null : Json.write(e.before()),
                    e.after() == null ? null : Json.write(e.after())};
            for (int c = 0; c < row.length; c++) {
                cols[c][i] = row[c];
            }
        }
        String[] types = {"text", "text", "int8", "int8", "int8", "text", "text", "text"};
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into audit_entry (actor, action, entity_type, entity_id, task_id, directive_id, summary,
                      before_state, after_state)
                    select ?, u.a, u.t, u.e, u.task, u.d, u.s, u.b::jsonb, u.af::jsonb
                    from unnest(?::text[], ?::text[], ?::int8[], ?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[])
                      as u(a, t, e, task, d, s, b, af)""")) {
                ps.setString(1, actor);
                for (int col = 0; col < types.length; col++) {
                    ps.setArray(col + 2, c.createArrayOf(types[col], cols[col]));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A task's history, newest first: the task itself and everything under it (milestones, problems, reports). */
    public List<AuditEntry> forTask(long taskId) {
        return jdbc.sql("select * from audit_entry where task_id = ? order by at desc, id desc").param(taskId)
                .query(AuditLog::entry).list();
    }

    public List<AuditEntry> forDirective(long directiveId) {
        return jdbc.sql("""
                select * from audit_entry where directive_id = ? and task_id is null order by at desc, id desc""")
                .param(directiveId).query(AuditLog::entry).list();
    }

    @SuppressWarnings("unchecked")
    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String before = rs.getString("before_state");
        String after = rs.getString("after_state");
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getLong("entity_id"),
                (Long) rs.getObject("task_id"), rs.getString("summary"),
                before == null ? null : Json.read(before, java.util.LinkedHashMap.class),
                after == null ? null : Json.read(after, java.util.LinkedHashMap.class));
    }
}
