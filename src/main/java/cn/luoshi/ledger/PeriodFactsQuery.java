package cn.luoshi.ledger;

import cn.luoshi.calendar.ChinaDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link PeriodFacts} in bulk: at most seven statements whatever the number of tasks, inside one read-only
 * transaction (one snapshot). Where each fact comes from, and its limits:
 *
 * <ul>
 * <li><b>in the period</b>: tasks and measures created before the cutoff, with a deadline in force at it;</li>
 * <li><b>status, 完成时限, 牵头单位, 开始日期, 标签 at the cutoff</b>: the typed history {@code task_fact_history} — the
 * latest row that took effect before the cutoff. The table is written by triggers on {@code task} in the same
 * transaction as every change (dated by the row's own {@code created_at}/{@code updated_at}), and was filled once
 * from the audit trail when it was introduced (docs/decisions.md 62). No display label or unit name is read, so
 * renaming a unit or relabelling a status changes no past period. A task without any history row (none exists unless
 * the triggers were disabled) is taken with its current values, its status corrected by the workflow's dates;</li>
 * <li><b>办结</b>: the approved completion request decided before the cutoff; its request date is the 办结日期. A task
 * completed at the cutoff whose ledger holds no approved request (imported data) keeps its recorded
 * {@code completed_on} as its date, or none;</li>
 * <li><b>原完成时限</b>: the deadline before the first extension approved before the cutoff;</li>
 * <li><b>终止</b>: when the history's status became 已终止 (the first row of the last run of 已终止 rows before the
 * cutoff);</li>
 * <li><b>签收</b>: {@code accepted_at} if before the cutoff (a task reassigned after the cutoff lost its earlier
 * acceptance time and is then taken as accepted on its start date);</li>
 * <li><b>进展</b>: the latest report dated on or before the period's last day <em>and entered before the cutoff</em> — a
 * report entered later but dated back into the period was not known at the period's end; percent of the target as it
 * is now (target edits are not undone);</li>
 * <li><b>节点</b>: milestones entered before the cutoff, with their current dates and values (edits are not undone);</li>
 * <li><b>问题</b>: raised before the cutoff and not solved before it (a problem re-opened after the cutoff lost its
 * solving time and counts as open).</li>
 * </ul>
 * Deleted tasks are gone from every period. Without a scope check: for bulletins that see every task.
 */
@Service
public class PeriodFactsQuery {

    private static final Logger log = LoggerFactory.getLogger(PeriodFactsQuery.class);

    private final JdbcClient jdbc;

    PeriodFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The instant a period ending on {@code to} ends: midnight after it, Beijing time. */
    public static Instant cutoff(LocalDate to) {
        return to.plusDays(1).atStartOfDay(ChinaDate.ZONE).toInstant();
    }

    /**
     * The facts of every task in scope at the end of {@code to}.
     *
     * @param directiveId only this directive's tasks, or {@code null}
     * @param tag         only tasks carrying this tag at the cutoff, or {@code null}
     * @param periodKeys  report period keys ({@link ReportCycle.Period#key()}) to look up in
     *                    {@link PeriodFacts.TaskFact#reportedPeriods()}
     */
    @Transactional(readOnly = true)
    public PeriodFacts facts(LocalDate from, LocalDate to, Long directiveId, String tag, Collection<String> periodKeys) {
        Instant cutoff = cutoff(to);
        Timestamp cut = Timestamp.from(cutoff);
        String inDirective = directiveId == null ? "" : " and t.directive_id = :directive";
        String inTag = tag == null ? "" : " and :tag = any(coalesce(f.tags, t.tags))";

        long[] at = new long[8];
        at[0] = System.nanoTime();
        // 1. The tasks with their facts in force at the cutoff (the latest history row before it) and their latest
        //    report dated in time and entered before the cutoff: two index probes per task
        //    (task_fact_history_task_idx by task and time; progress_report_task_idx by task, then date descending).
        Map<Long, Row> rows = new LinkedHashMap<>();
        var q = jdbc.sql("""
                select t.id, t.directive_id, d.title as directive_title, t.kind, t.title,
                  t.created_at, t.status, t.lead_unit_id, array_to_string(t.tags, chr(31)) as tags, t.start_date,
                  t.deadline, t.completed_on, f.valid_from is not null as known, f.status as f_status,
                  f.lead_unit_id as f_lead_unit_id, array_to_string(f.tags, chr(31)) as f_tags,
                  f.start_date as f_start_date, f.deadline as f_deadline, f.completed_on as f_completed_on,
                  t.assigned_at, t.accepted_at, t.termination_reason, t.updated_at, t.target_value, t.report_cycle,
                  r.reported_on, r.cumulative
                from task t join directive d on d.id = t.directive_id
                left join lateral (select h.valid_from, h.status, h.lead_unit_id, h.tags, h.start_date, h.deadline,
                    h.completed_on from task_fact_history h
                  where h.task_id = t.id and h.valid_from < :cutoff
                  order by h.valid_from desc, h.id desc limit 1) f on true
                left join lateral (select p.reported_on, p.cumulative from progress_report p
                  where p.task_id = t.id and p.reported_on <= :to and p.created_at < :cutoff
                  order by p.reported_on desc, p.id desc limit 1) r on true
                where t.created_at < :cutoff and
                """ + Lit.sql("t.kind", "case when f.valid_from is null then t.deadline else f.deadline end")
                + inDirective + inTag + " order by t.id").param("cutoff", cut).param("to", to);
        if (directiveId != null) {
            q = q.param("directive", directiveId);
        }
        if (tag != null) {
            q = q.param("tag", tag);
        }
        q.query((ResultSet rs) -> {
            Row r = new Row(rs);
            rows.put(r.id, r);
        });
        if (rows.isEmpty()) {
            return new PeriodFacts(from, to, cutoff, List.of());
        }
        // Statements 2–6 read whole tables (or one directive's part) and keep the rows of these tasks.
        String scoped = directiveId == null ? ""
                : " and task_id in (select id from task t where t.directive_id = :directive)";

        at[1] = System.nanoTime();
        // 2. Extensions approved before the cutoff: the first one's current deadline is the original deadline.
        jdbc.sql("""
                select task_id, current_deadline from extension_request
                where status = 'APPROVED' and decided_at < :cutoff""" + scoped + " order by decided_at, id")
                .param("cutoff", cut).params(directiveParam(directiveId))
                .query((ResultSet rs) -> {
                    Row r = rows.get(rs.getLong("task_id"));
                    if (r != null && r.originalDeadline == null) {
                        r.originalDeadline = rs.getObject("current_deadline", LocalDate.class);
                    }
                });

        at[2] = System.nanoTime();
        // 3. Completion requests made before the cutoff: approved before it (办结), or still undecided at it (办结待审).
        jdbc.sql("""
                select task_id, requested_on, status, decided_at from completion_request
                where requested_at < :cutoff""" + scoped + " order by requested_at, id")
                .param("cutoff", cut).params(directiveParam(directiveId))
                .query((ResultSet rs) -> {
                    Row r = rows.get(rs.getLong("task_id"));
                    if (r == null) {
                        return;
                    }
                    Timestamp decided = rs.getTimestamp("decided_at");
                    LocalDate on = rs.getObject("requested_on", LocalDate.class);
                    if (decided == null || !decided.toInstant().isBefore(cutoff)) {
                        r.pendingOn = on;
                    } else if ("APPROVED".equals(rs.getString("status"))) {
                        r.approvedOn = on;
                    }
                });

        at[3] = System.nanoTime();
        // 4. Which of the asked report periods have a report entered before the cutoff.
        if (periodKeys != null && !periodKeys.isEmpty()) {
            jdbc.sql("select task_id, cycle_key from progress_report where cycle_key in (:keys)"
                    + " and created_at < :cutoff" + scoped)
                    .param("keys", List.copyOf(new HashSet<>(periodKeys))).param("cutoff", cut)
                    .params(directiveParam(directiveId))
                    .query((ResultSet rs) -> {
                        Row r = rows.get(rs.getLong("task_id"));
                        if (r != null) {
                            r.reported.add(rs.getString("cycle_key"));
                        }
                    });
        }

        at[4] = System.nanoTime();
        // 5. Milestones entered before the cutoff.
        jdbc.sql("select task_id, due_date, planned from milestone where created_at < :cutoff" + scoped
                + " order by task_id, due_date")
                .param("cutoff", cut).params(directiveParam(directiveId))
                .query((ResultSet rs) -> {
                    Row r = rows.get(rs.getLong("task_id"));
                    if (r != null) {
                        r.milestones.add(new PeriodFacts.PlannedPoint(rs.getObject("due_date", LocalDate.class),
                                rs.getBigDecimal("planned")));
                    }
                });

        at[5] = System.nanoTime();
        // 6. Problems open at the cutoff.
        jdbc.sql("""
                select task_id, count(*) as n from problem
                where raised_at < :cutoff and (solved_at is null or solved_at >= :cutoff)""" + scoped
                + " group by task_id")
                .param("cutoff", cut).params(directiveParam(directiveId))
                .query((ResultSet rs) -> {
                    Row r = rows.get(rs.getLong("task_id"));
                    if (r != null) {
                        r.openProblems = rs.getInt("n");
                    }
                });

        at[6] = System.nanoTime();
        // 7. The status at the cutoff, then (for terminated tasks) since when the history says 已终止: the first row
        //    after the last row before the cutoff with another status.
        List<Long> terminated = new ArrayList<>();
        for (Row r : rows.values()) {
            r.settle(cutoff);
            if (r.statusAtCutoff == TaskStatus.TERMINATED && r.known) {
                terminated.add(r.id);
            }
        }
        if (!terminated.isEmpty()) {
            jdbc.sql("""
                    select h.task_id, min(h.valid_from) as at from task_fact_history h
                    where h.task_id = any(cast(:ids as bigint[])) and h.valid_from < :cutoff
                      and h.valid_from > coalesce((select max(o.valid_from) from task_fact_history o
                        where o.task_id = h.task_id and o.valid_from < :cutoff and o.status <> 'TERMINATED'),
                        '-infinity')
                    group by h.task_id""")
                    .param("ids", terminated.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                    .param("cutoff", cut)
                    .query((ResultSet rs) -> {
                        rows.get(rs.getLong("task_id")).terminatedOn = Row.date(rs.getTimestamp("at").toInstant());
                    });
        }

        at[7] = System.nanoTime();
        if (log.isDebugEnabled()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < at.length; i++) {
                b.append(i == 1 ? "" : "，").append((at[i] - at[i - 1]) / 1_000_000);
            }
            log.debug("期末事实各语句(ms)：{}，共 {} 项任务", b, rows.size()); // statements 1–7 in order
        }
        List<PeriodFacts.TaskFact> facts = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            if (tag != null && !r.tags.contains(tag)) {
                continue; // carried the tag now but not at the cutoff (a task without history)
            }
            facts.add(r.fact(to, cutoff));
        }
        return new PeriodFacts(from, to, cutoff, facts);
    }

    /** The tags tasks carry now, most used first: the categories a bulletin can be limited to (e.g. 民生实事). */
    public List<String> tagsInUse() {
        return jdbc.sql("""
                select tag from task t cross join unnest(t.tags) as tag where t.kind <> 'AREA'
                group by tag order by count(*) desc, tag limit 100""").query(String.class).list();
    }

    private static Map<String, Object> directiveParam(Long directiveId) {
        return directiveId == null ? Map.of() : Map.of("directive", directiveId);
    }

    /** One task while its facts are gathered. */
    private static final class Row {
        final long id;
        final long directiveId;
        final String directiveTitle;
        final TaskKind kind;
        final String title;
        final Instant createdAt;
        final TaskStatus statusNow;
        final Instant assignedAt;
        final Instant acceptedAt;
        final String terminationReason;
        final Instant updatedAt;
        final BigDecimal targetValue;
        final ReportCycle cycle;
        /** Whether the history holds a row before the cutoff; if not, the current values stand. */
        final boolean known;
        final TaskStatus statusInHistory;
        final Long leadUnitId;
        final List<String> tags;
        final LocalDate startDate;
        final LocalDate deadline;
        final LocalDate completedOnColumn;

        TaskStatus statusAtCutoff;
        LocalDate originalDeadline;
        LocalDate approvedOn;
        LocalDate pendingOn;
        final LocalDate reportedOn;
        final BigDecimal cumulative;
        final Set<String> reported = new HashSet<>();
        final List<PeriodFacts.PlannedPoint> milestones = new ArrayList<>(4);
        int openProblems;
        LocalDate terminatedOn;

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            directiveId = rs.getLong("directive_id");
            directiveTitle = rs.getString("directive_title");
            kind = TaskKind.valueOf(rs.getString("kind"));
            title = rs.getString("title");
            createdAt = rs.getTimestamp("created_at").toInstant();
            statusNow = TaskStatus.valueOf(rs.getString("status"));
            known = rs.getBoolean("known");
            String p = known ? "f_" : "";
            statusInHistory = known ? TaskStatus.valueOf(rs.getString("f_status")) : null;
            leadUnitId = (Long) rs.getObject(p + "lead_unit_id");
            String t = rs.getString(p + "tags");
            tags = t == null || t.isEmpty() ? List.of() : Arrays.asList(t.split("\u001f"));
            startDate = rs.getObject(p + "start_date", LocalDate.class);
            deadline = rs.getObject(p + "deadline", LocalDate.class);
            completedOnColumn = rs.getObject(p + "completed_on", LocalDate.class);
            assignedAt = instant(rs.getTimestamp("assigned_at"));
            acceptedAt = instant(rs.getTimestamp("accepted_at"));
            terminationReason = rs.getString("termination_reason");
            updatedAt = instant(rs.getTimestamp("updated_at"));
            targetValue = rs.getBigDecimal("target_value");
            cycle = ReportCycle.valueOf(rs.getString("report_cycle"));
            reportedOn = rs.getObject("reported_on", LocalDate.class);
            cumulative = rs.getBigDecimal("cumulative");
        }

        /** Decides the status at the cutoff once every statement has been read. */
        void settle(Instant cutoff) {
            if (known) {
                statusAtCutoff = statusInHistory;
                return;
            }
            // No history (written around the triggers): the current status, corrected by the workflow's dates.
            TaskStatus s = statusNow;
            if (s == TaskStatus.COMPLETED && approvedOn == null && pendingOn != null) {
                s = TaskStatus.COMPLETION_REQUESTED; // approved only after the cutoff
            } else if (s == TaskStatus.IN_PROGRESS && acceptedAt != null && !acceptedAt.isBefore(cutoff)) {
                s = TaskStatus.ASSIGNED;
            }
            statusAtCutoff = s;
        }

        PeriodFacts.TaskFact fact(LocalDate to, Instant cutoff) {
            TaskStatus s = statusAtCutoff;
            LocalDate completedOn = null;
            if (s == TaskStatus.COMPLETED) {
                completedOn = approvedOn != null ? approvedOn : completedOnColumn;
            }
            LocalDate terminated = null;
            if (s == TaskStatus.TERMINATED) {
                terminated = terminatedOn != null ? terminatedOn
                        : updatedAt != null && updatedAt.isBefore(cutoff) ? date(updatedAt) : to;
            }
            BigDecimal percent = null;
            if (cumulative != null) {
                percent = targetValue != null && targetValue.signum() > 0
                        ? cumulative.multiply(BigDecimal.valueOf(100)).divide(targetValue, 2, RoundingMode.HALF_UP)
                        : cumulative.setScale(2, RoundingMode.HALF_UP);
            }
            return new PeriodFacts.TaskFact(id, directiveId, directiveTitle, kind, title, leadUnitId, tags,
                    date(createdAt), startDate, deadline, originalDeadline, s,
                    assignedAt != null && assignedAt.isBefore(cutoff) ? date(assignedAt) : date(createdAt),
                    acceptedAt != null && acceptedAt.isBefore(cutoff) ? date(acceptedAt) : null,
                    completedOn, s == TaskStatus.COMPLETION_REQUESTED ? pendingOn : null, terminated,
                    terminated != null ? terminationReason : null, percent, reportedOn, targetValue, milestones,
                    cycle, reported, openProblems);
        }

        private static Instant instant(Timestamp t) {
            return t == null ? null : t.toInstant();
        }

        static LocalDate date(Instant i) {
            return i.atZone(ChinaDate.ZONE).toLocalDate();
        }
    }
}
