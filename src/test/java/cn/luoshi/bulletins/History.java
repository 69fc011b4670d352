package cn.luoshi.bulletins;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a ledger's past straight into the tables, with the dates it happened on — what the services would have
 * written had the clock shown those days (tasks, 签收, reports, completion decisions, extensions, problems, 终止, and
 * the audit entries of the status and deadline changes). A change of status or deadline sets the task's
 * {@code updated_at} to its day, as the services do, so the trigger dates the row of {@code task_fact_history} it
 * writes by it. Each test tags its tasks so that a bulletin scoped to the tag sees only them.
 */
final class History {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final long directiveId;
    private final String tag;

    History(JdbcClient jdbc, String tag) {
        this.jdbc = jdbc;
        this.tag = tag;
        this.directiveId = jdbc.sql("""
                insert into directive (title, issued_on, issuer, level, kind, created_by, created_at)
                values (?, date '2026-01-05', '区委书记', 'DISTRICT', 'SPEECH', 'history', timestamptz '2026-01-05 09:00+08')
                returning id""").param("通报测试来源-" + tag).query(Long.class).single();
    }

    long directiveId() {
        return directiveId;
    }

    static Timestamp at(String isoDate) {
        return Timestamp.from(LocalDate.parse(isoDate).atTime(10, 0).atZone(CHINA).toInstant());
    }

    static Timestamp at(String isoDate, int hour) {
        return Timestamp.from(LocalDateTime.of(LocalDate.parse(isoDate), java.time.LocalTime.of(hour, 0))
                .atZone(CHINA).toInstant());
    }

    long unit(String shortName) {
        return jdbc.sql("select id from unit where short_name = ?").param(shortName).query(Long.class).single();
    }

    /** An accepted monthly task of {@code unit}, created and accepted on {@code created}. */
    long task(String title, String unit, String created, String start, String deadline) {
        return jdbc.sql("""
                insert into task (directive_id, kind, seq, title, start_date, deadline, lead_unit_id, status, tags,
                  created_by, created_at, updated_at, assigned_at, accepted_at, report_cycle)
                values (:d, 'TASK', 1, :title, :start, :deadline, :unit, 'IN_PROGRESS', :tags, 'history', :at, :at, :at,
                  :at, 'MONTHLY')
                returning id""")
                .param("d", directiveId).param("title", title).param("start", LocalDate.parse(start))
                .param("deadline", LocalDate.parse(deadline)).param("unit", unit(unit))
                .param("tags", new String[] {tag}).param("at", at(created))
                .query(Long.class).single();
    }

    History report(long task, String on, double cumulative) {
        return reportEntered(task, on, cumulative, on);
    }

    /** A report dated {@code on} but entered on {@code entered}; its period as the ledger would key it. */
    History reportEntered(long task, String on, double cumulative, String entered) {
        LocalDate d = LocalDate.parse(on);
        String key = (d.getDayOfMonth() <= 7 ? d.minusMonths(1) : d).toString().substring(0, 7);
        jdbc.sql("""
                insert into progress_report (task_id, reported_on, cumulative, narrative, unit_id, reported_by,
                  cycle_key, created_at)
                select :t, :on, :c, '按计划推进', lead_unit_id, 'history', :key, :at from task where id = :t""")
                .param("t", task).param("on", d).param("c", BigDecimal.valueOf(cumulative)).param("key", key)
                .param("at", at(entered)).update();
        jdbc.sql("update task set progress_percent = :c, last_reported_on = :on where id = :t")
                .param("c", BigDecimal.valueOf(cumulative)).param("on", d).param("t", task).update();
        return this;
    }

    /** Completion requested on {@code requested} and approved on {@code decided}. */
    History completed(long task, String requested, String decided) {
        jdbc.sql("""
                insert into completion_request (task_id, requested_on, summary, status, requested_by, requested_at,
                  decided_by, decided_at)
                values (?, ?, '已完成', 'APPROVED', 'history', ?, 'duchashi', ?)""")
                .params(task, LocalDate.parse(requested), at(requested), at(decided)).update();
        jdbc.sql("update task set status = 'COMPLETION_REQUESTED', updated_at = ? where id = ?")
                .params(at(requested), task).update();
        jdbc.sql("update task set status = 'COMPLETED', completed_on = ?, updated_at = ? where id = ?")
                .params(LocalDate.parse(requested), at(decided), task).update();
        audit(task, requested, "办理中", "办结待审");
        audit(task, decided, "办结待审", "已办结");
        return this;
    }

    /** Completion requested and not decided yet. */
    History completionPending(long task, String requested) {
        jdbc.sql("""
                insert into completion_request (task_id, requested_on, summary, status, requested_by, requested_at)
                values (?, ?, '已完成', 'PENDING', 'history', ?)""")
                .params(task, LocalDate.parse(requested), at(requested)).update();
        jdbc.sql("update task set status = 'COMPLETION_REQUESTED', updated_at = ? where id = ?")
                .params(at(requested), task).update();
        audit(task, requested, "办理中", "办结待审");
        return this;
    }

    /** An extension from the current deadline to {@code to}, approved on {@code decided}. */
    History extended(long task, String decided, String to) {
        LocalDate current = jdbc.sql("select deadline from task where id = ?").param(task).query(LocalDate.class)
                .single();
        jdbc.sql("""
                insert into extension_request (task_id, requested_on, current_deadline, proposed_deadline, reason,
                  current_progress, status, requested_by, requested_at, decided_by, decided_at)
                values (?, ?, ?, ?, '拆迁未完成', '过半', 'APPROVED', 'history', ?, 'duchashi', ?)""")
                .params(task, LocalDate.parse(decided), current, LocalDate.parse(to), at(decided), at(decided))
                .update();
        jdbc.sql("""
                update task set original_deadline = coalesce(original_deadline, deadline), deadline = ?, updated_at = ?
                where id = ?""").params(LocalDate.parse(to), at(decided), task).update();
        jdbc.sql("""
                insert into audit_entry (at, actor, action, entity_type, entity_id, task_id, directive_id, summary,
                  before_state, after_state)
                values (?, 'duchashi', 'TRANSITION', '任务', ?, ?, ?, '同意延期', jsonb_build_object('完成时限', ?::text),
                  jsonb_build_object('完成时限', ?::text))""")
                .params(at(decided), task, task, directiveId, current.toString(), to).update();
        return this;
    }

    History terminated(long task, String on) {
        jdbc.sql("update task set status = 'TERMINATED', termination_reason = '上级政策调整', updated_at = ? where id = ?")
                .params(at(on), task).update();
        audit(task, on, "办理中", "已终止");
        return this;
    }

    History problem(long task, String raised, String solved) {
        jdbc.sql("""
                insert into problem (task_id, description, owner_unit_id, status, raised_by, raised_at, solved_at)
                select :t, '资金未到位', lead_unit_id, :status, 'history', :raised, :solved from task where id = :t""")
                .param("t", task).param("status", solved == null ? "OPEN" : "SOLVED").param("raised", at(raised))
                .param("solved", solved == null ? null : at(solved)).update();
        return this;
    }

    /** The tasks of {@link #june}. */
    record June(History history, long a, long b, long c, long d, long e, long f, long g, long k) {
    }

    /**
     * June 2026 for one tag. 住建: A completed on time in June, B completed late in June, K with an open problem. 发改:
     * C overdue since 15 June, D ahead of schedule. 财政: E terminated on 12 June (counted apart), F created in July
     * (not in June). 城管: G extended on 20 June from 25 June to 30 September, behind schedule.
     */
    static June june(JdbcClient jdbc, String tag) {
        History h = new History(jdbc, tag);
        long a = h.task("A 建成口袋公园", "住建", "2026-03-02", "2026-03-02", "2026-06-20");
        h.report(a, "2026-05-20", 80).report(a, "2026-06-03", 85).completed(a, "2026-06-18", "2026-06-19");
        long b = h.task("B 改造老旧小区", "住建", "2026-03-02", "2026-03-02", "2026-06-10");
        h.report(b, "2026-06-03", 90).completed(b, "2026-06-15", "2026-06-16");
        long c = h.task("C 新建停车场", "发改", "2026-03-02", "2026-03-02", "2026-06-15");
        h.report(c, "2026-06-03", 40);
        long d = h.task("D 提升背街小巷", "发改", "2026-01-05", "2026-01-05", "2026-12-31");
        h.report(d, "2026-06-03", 60).report(d, "2026-06-25", 70);
        long e = h.task("E 拆除违建", "财政", "2026-03-02", "2026-03-02", "2026-09-30");
        h.report(e, "2026-06-03", 10).terminated(e, "2026-06-12");
        long f = h.task("F 新增绿道", "财政", "2026-07-05", "2026-07-05", "2026-12-31");
        long g = h.task("G 雨污分流", "城管", "2026-03-02", "2026-03-02", "2026-06-25");
        h.report(g, "2026-06-03", 10).extended(g, "2026-06-20", "2026-09-30");
        long k = h.task("K 垃圾分类", "住建", "2026-01-05", "2026-01-05", "2026-12-31");
        h.report(k, "2026-06-03", 45).report(k, "2026-06-25", 50).problem(k, "2026-06-01", null);
        return new June(h, a, b, c, d, e, f, g, k);
    }

    private void audit(long task, String on, String from, String to) {
        jdbc.sql("""
                insert into audit_entry (at, actor, action, entity_type, entity_id, task_id, directive_id, summary,
                  before_state, after_state)
                values (?, 'duchashi', 'TRANSITION', '任务', ?, ?, ?, ?, jsonb_build_object('状态', ?::text),
                  jsonb_build_object('状态', ?::text))""")
                .params(at(on), task, task, directiveId, from + "→" + to, from, to).update();
    }
}
