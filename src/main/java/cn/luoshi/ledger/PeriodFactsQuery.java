package cn.luoshi.ledger;

import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
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
 * Reads {@link PeriodFacts} in bulk: at most eight statements whatever the number of tasks, inside one read-only
 * transaction (one snapshot). Where each fact comes from, and its limits:
 *
 * <ul>
 * <li><b>in the period</b>: tasks and measures created before the cutoff, with a deadline;</li>
 * <li><b>status, 完成时限, 牵头单位, 开始日期, 标签 at the cutoff</b>: the current values, with every audited change made
 * at or after the cutoff undone — the value at the cutoff is the "before" value of the earliest audit entry after it
 * that carries the field. Every change made through Luoshi's services is audited; rows written around them (bulk SQL)
 * have no trail, and then the workflow tables below still correct status and deadline;</li>
 * <li><b>办结</b>: the approved completion request decided before the cutoff; its request date is the 办结日期. A task
 * approved later was 办结待审 (if the request came before the cutoff) or 办理中 at the cutoff. A completed task whose
 * ledger holds no approved request (imported data) keeps {@code task.completed_on} as its date, or none;</li>
 * <li><b>延期</b>: extensions approved at or after the cutoff are undone (the deadline was their
 * {@code current_deadline});</li>
 * <li><b>终止</b>: the ledger has no termination date column; the date of the audit entry that set 已终止 is used, or,
 * without one, the task's last update if that lies before the cutoff (otherwise the period's last day);</li>
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
    private final OrgDirectory org;

    PeriodFactsQuery(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
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
        String inTag = tag == null ? "" : " " + """
                and (:tag = any(t.tags) or exists (select 1 from audit_entry a where a.entity_type = '任务'
                  and a.entity_id = t.id and a.at >= :cutoff and jsonb_exists(a.before_state, '标签')))""";

        long[] at = new long[9];
        at[0] = System.nanoTime();
        // 1. The tasks as they are now, each with its latest report dated in time and entered before the cutoff (one
        //    index probe per task: progress_report_task_idx is ordered by task, then date descending).
        Map<Long, Row> rows = new LinkedHashMap<>();
        var q = jdbc.sql("""
                select t.id, t.directive_id, d.title as directive_title, t.kind, t.title, t.lead_unit_id,
                  array_to_string(t.tags, chr(31)) as tags,
                  t.created_at, t.start_date, t.deadline, t.status, t.assigned_at, t.accepted_at, t.completed_on,
                  t.termination_reason, t.updated_at, t.target_value, t.report_cycle, r.reported_on, r.cumulative
                from task t join directive d on d.id = t.directive_id
                left join lateral (select p.reported_on, p.cumulative from progress_report p
                  where p.task_id = t.id and p.reported_on <= :to and p.created_at < :cutoff
                  order by p.reported_on desc, p.id desc limit 1) r on true
                where t.kind <> 'AREA' and t.deadline is not null and t.created_at < :cutoff""" + inDirective + inTag
                + " order by t.id").param("cutoff", cut).param("to", to);
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
        // Statements 2–8 read whole tables (or one directive's part) and keep the rows of these tasks.
        String scoped = directiveId == null ? ""
                : " and task_id in (select id from task t where t.directive_id = :directive)";

        at[1] = System.nanoTime();
        // 2. Audited changes at or after the cutoff, earliest first: their "before" values are the values at the cutoff.
        jdbc.sql("""
                select a.entity_id, a.before_state ->> '状态' as status, jsonb_exists(a.before_state, '状态') as has_status,
                  a.before_state ->> '完成时限' as deadline, jsonb_exists(a.before_state, '完成时限') as has_deadline,
                  a.before_state ->> '牵头单位' as unit, jsonb_exists(a.before_state, '牵头单位') as has_unit,
                  a.before_state ->> '开始日期' as start, jsonb_exists(a.before_state, '开始日期') as has_start,
                  a.before_state ->> '标签' as tags, jsonb_exists(a.before_state, '标签') as has_tags, a.at
                from audit_entry a
                where a.entity_type = '任务' and a.at >= :cutoff and a.before_state is not null
                  and jsonb_exists_any(a.before_state, array['状态', '完成时限', '牵头单位', '开始日期', '标签'])
                order by a.at, a.id""").param("cutoff", cut)
                .query((ResultSet rs) -> {
                    Row r = rows.get(rs.getLong("entity_id"));
                    if (r != null) {
                        r.undo(rs);
                    }
                });

        at[2] = System.nanoTime();
        // 3. Extensions approved at or after the cutoff are undone; those before it give the original deadline.
        jdbc.sql("""
                select task_id, current_deadline, decided_at from extension_request
                where status = 'APPROVED'""" + scoped + " order by decided_at, id")
                .params(directiveParam(directiveId))
                .query((ResultSet rs) -> {
                    Row r = rows.get(rs.getLong("task_id"));
                    if (r == null) {
                        return;
                    }
                    Instant decided = rs.getTimestamp("decided_at").toInstant();
                    LocalDate before = rs.getObject("current_deadline", LocalDate.class);
                    if (decided.isBefore(cutoff)) {
                        if (r.originalDeadline == null) {
                            r.originalDeadline = before;
                        }
                    } else if (!r.deadlineKnown || decided.isBefore(r.deadlineAt)) {
                        r.deadline = before;
                        r.deadlineKnown = true;
                        r.deadlineAt = decided;
                    }
                });

        at[3] = System.nanoTime();
        // 4. Completion requests made before the cutoff: approved before it (办结), or still undecided at it (办结待审).
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

        at[4] = System.nanoTime();
        // 5. Which of the asked report periods have a report entered before the cutoff.
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

        at[5] = System.nanoTime();
        // 6. Milestones entered before the cutoff.
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

        at[6] = System.nanoTime();
        // 7. Problems open at the cutoff.
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

        at[7] = System.nanoTime();
        // 8. The status at the cutoff, then (for terminated tasks) when they were terminated.
        Map<String, Long> unitsByName = org.units().stream()
                .collect(Collectors.toMap(Unit::shortName, Unit::id, (a, b) -> a));
        List<Long> terminated = new ArrayList<>();
        for (Row r : rows.values()) {
            r.settle(cutoff, unitsByName);
            if (r.statusAtCutoff == TaskStatus.TERMINATED) {
                terminated.add(r.id);
            }
        }
        if (!terminated.isEmpty()) {
            jdbc.sql("""
                    select a.entity_id, max(a.at) as at from audit_entry a
                    where a.entity_type = '任务' and a.entity_id = any(cast(:ids as bigint[])) and a.at < :cutoff
                      and a.after_state ->> '状态' = '已终止'
                    group by a.entity_id""")
                    .param("ids", terminated.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                    .param("cutoff", cut)
                    .query((ResultSet rs) -> {
                        rows.get(rs.getLong("entity_id")).terminatedOn =
                                Row.date(rs.getTimestamp("at").toInstant());
                    });
        }

        at[8] = System.nanoTime();
        if (log.isDebugEnabled()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < at.length; i++) {
                b.append(i == 1 ? "" : "，").append((at[i] - at[i - 1]) / 1_000_000);
            }
            log.debug("期末事实各语句(ms)：{}，共 {} 项任务", b, rows.size()); // statements 1–8 in order
        }
        List<PeriodFacts.TaskFact> facts = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            if (tag != null && !r.tags.contains(tag)) {
                continue; // carried the tag now but not at the cutoff
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
        final LocalDate completedOnColumn;
        final String terminationReason;
        final Instant updatedAt;
        final BigDecimal targetValue;
        final ReportCycle cycle;

        Long leadUnitId;
        List<String> tags;
        LocalDate startDate;
        LocalDate deadline;
        // The audit may name a unit, status or dates the current row no longer has.
        boolean statusFromAudit;
        TaskStatus statusAtCutoff;
        boolean deadlineKnown;
        Instant deadlineAt;
        boolean unitKnown;
        String unitName;
        boolean startKnown;
        boolean tagsKnown;
        LocalDate originalDeadline;
        LocalDate approvedOn;
        LocalDate pendingOn;
        LocalDate reportedOn;
        BigDecimal cumulative;
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
            leadUnitId = (Long) rs.getObject("lead_unit_id");
            String t = rs.getString("tags");
            tags = t == null || t.isEmpty() ? List.of() : Arrays.asList(t.split("\u001f"));
            createdAt = rs.getTimestamp("created_at").toInstant();
            startDate = rs.getObject("start_date", LocalDate.class);
            deadline = rs.getObject("deadline", LocalDate.class);
            statusNow = TaskStatus.valueOf(rs.getString("status"));
            assignedAt = instant(rs.getTimestamp("assigned_at"));
            acceptedAt = instant(rs.getTimestamp("accepted_at"));
            completedOnColumn = rs.getObject("completed_on", LocalDate.class);
            terminationReason = rs.getString("termination_reason");
            updatedAt = instant(rs.getTimestamp("updated_at"));
            targetValue = rs.getBigDecimal("target_value");
            cycle = ReportCycle.valueOf(rs.getString("report_cycle"));
            reportedOn = rs.getObject("reported_on", LocalDate.class);
            cumulative = rs.getBigDecimal("cumulative");
        }

        /** An audited change after the cutoff: the first one carrying a field gives that field's value at the cutoff. */
        void undo(ResultSet rs) throws SQLException {
            if (!statusFromAudit && rs.getBoolean("has_status")) {
                statusFromAudit = true;
                statusAtCutoff = statusOf(rs.getString("status"));
            }
            if (!deadlineKnown && rs.getBoolean("has_deadline")) {
                LocalDate d = date(rs.getString("deadline"));
                if (d != null) {
                    deadline = d;
                }
                deadlineKnown = true;
                deadlineAt = rs.getTimestamp("at").toInstant();
            }
            if (!unitKnown && rs.getBoolean("has_unit")) {
                unitKnown = true;
                unitName = rs.getString("unit");
            }
            if (!startKnown && rs.getBoolean("has_start")) {
                startKnown = true;
                startDate = date(rs.getString("start"));
            }
            if (!tagsKnown && rs.getBoolean("has_tags")) {
                tagsKnown = true;
                String t = rs.getString("tags");
                tags = t == null || t.isBlank() ? List.of() : Arrays.asList(t.split("、"));
            }
        }

        /** Decides the status and unit at the cutoff once every statement has been read. */
        void settle(Instant cutoff, Map<String, Long> unitsByName) {
            if (unitKnown) {
                leadUnitId = unitName == null ? null : unitsByName.getOrDefault(unitName, leadUnitId);
            }
            if (statusAtCutoff == null) {
                // No audited status change after the cutoff: the current status, corrected by the workflow's dates.
                TaskStatus s = statusNow;
                if (s == TaskStatus.COMPLETED && approvedOn == null && pendingOn != null) {
                    s = TaskStatus.COMPLETION_REQUESTED; // approved only after the cutoff
                } else if (s == TaskStatus.IN_PROGRESS && acceptedAt != null && !acceptedAt.isBefore(cutoff)) {
                    s = TaskStatus.ASSIGNED;
                }
                statusAtCutoff = s;
            }
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

        private static LocalDate date(Instant i) {
            return i.atZone(ChinaDate.ZONE).toLocalDate();
        }

        /** A date as audit snapshots hold it: "2026-06-30" (or [2026,6,30] from older serialisers). */
        private static LocalDate date(String s) {
            if (s == null || s.isBlank() || s.equals("null")) {
                return null;
            }
            String t = s.trim();
            if (t.startsWith("[")) {
                String[] p = t.substring(1, t.length() - 1).split(",");
                return LocalDate.of(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
                        Integer.parseInt(p[2].trim()));
            }
            return LocalDate.parse(t);
        }

        private static TaskStatus statusOf(String label) {
            for (TaskStatus s : TaskStatus.values()) {
                if (s.label().equals(label) || s.name().equals(label)) {
                    return s;
                }
            }
            return null; // unknown label: settle() falls back to the current status
        }
    }
}
