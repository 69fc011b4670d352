package cn.luoshi.ledger;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.ledger.light.Countdown;
import cn.luoshi.ledger.light.FindingOverlay;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightEvaluator;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.LightVerdict;
import cn.luoshi.ledger.light.Phase;
import cn.luoshi.ledger.light.StoredReason;
import cn.luoshi.ledger.light.TaskSchedule;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 亮灯 — computes every task's light in one pass and stores it with the time of computation, so lists and the
 * overview filter and count by light without recomputing per request. Runs on start, on a schedule, on demand, and
 * for one task after each change to it.
 */
@Service
public class LightService {

    private static final Logger log = LoggerFactory.getLogger(LightService.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final int acceptanceWorkingDays;
    private final cn.luoshi.ledger.light.ScheduleStart scheduleFrom;
    private final org.springframework.context.ApplicationContext context;
    private final Countdowns countdowns;
    private final LightPolicy policy;
    /** The evaluator built on the calendar in force, rebuilt when that calendar is replaced (an override changed). */
    private volatile LightEvaluator evaluator;

    LightService(JdbcClient jdbc, JdbcTemplate template, WorkingCalendars calendars, Clock clock,
            WorkflowSettings workflow, LightPolicy policy,
            org.springframework.context.ApplicationContext context, Countdowns countdowns) {
        this.policy = policy;
        this.context = context;
        this.countdowns = countdowns;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.acceptanceWorkingDays = workflow.acceptanceWorkingDays();
        this.scheduleFrom = workflow.scheduleFrom();
    }

    /** How one run went. */
    public record Run(int tasks, int changed, long millis, Instant computedAt, Map<Light, Integer> counts) {
    }

    /** Recomputes all lights (all tasks, one pass: four queries in, batched upserts out). */
    @Transactional
    public Run recomputeAll() {
        long t0 = System.nanoTime();
        Run run = compute(null);
        if (trend != null) {
            trend.snapshotIfMissing(); // 月度亮灯走势: the day's first full pass takes the day's snapshot
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log.info("亮灯计算完成：{} 项任务（{} 项有变化），用时 {} ms，{}", run.tasks(), run.changed(), ms, run.counts());
        return new Run(run.tasks(), run.changed(), ms, run.computedAt(), run.counts());
    }

    /** Recomputes these tasks' lights (after they changed). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recompute(List<Long> taskIds) {
        if (!taskIds.isEmpty()) {
            compute(taskIds);
        }
    }

    /** The proxied bean, so that a call from a synchronization callback gets its own transaction. */
    private LightService self() {
        return context.getBean(LightService.class);
    }

    /**
     * After a change commits, the changed tasks' lights are recomputed in one pass per transaction (an import of
     * 5,000 tasks is one pass, not 5,000).
     */
    @EventListener
    void on(TaskChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recompute(List.of(event.taskId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new java.util.LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                    if (status == STATUS_COMMITTED) {
                        recomputeLater(ids);
                    }
                }
            });
            pending = ids;
        }
        pending.add(event.taskId());
    }

    private static final Object PENDING = new Object();

    private void recomputeLater(Set<Long> ids) {
        self().recompute(List.copyOf(ids));
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        database.whenUp("亮灯计算", this::recomputeAll);
    }

    @Scheduled(cron = "${luoshi.lights.cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        database.whenUp("亮灯计算", this::recomputeAll);
    }

    /** The monthly light snapshot (absent in services built by hand). */
    private LightTrend trend;

    @org.springframework.beans.factory.annotation.Autowired
    void setTrend(LightTrend trend) {
        this.trend = trend;
    }

    /** 数据库不可用时跳过 (one log line); tests that build this by hand get an always-up status. */
    private cn.luoshi.common.DatabaseStatus database = new cn.luoshi.common.DatabaseStatus();

    @org.springframework.beans.factory.annotation.Autowired
    void setDatabaseStatus(cn.luoshi.common.DatabaseStatus database) {
        this.database = database;
    }

    /** When lights were last checked for all tasks (the latest full run), if ever. */
    public Optional<Instant> lastRun() {
        return jdbc.sql("select max(run_at) from light_run").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    public Optional<TaskLight> lightOf(long taskId) {
        return jdbc.sql("""
                select l.*, t.status, t.deadline from task_light l join task t on t.id = l.task_id
                where l.task_id = ?""").param(taskId).query(this::light).optional();
    }

    /** The calendar's warning when a date range touches a year whose holidays are not entered yet. */
    public Optional<String> calendarWarning(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        return calendars.current().fallbackWarning(from, to);
    }

    /** The light evaluator on this calendar: the cached one while the calendar in force is the same instance. */
    private LightEvaluator evaluatorOn(WorkingDayCalendar calendar) {
        LightEvaluator e = evaluator;
        if (e == null || e.calendar() != calendar) {
            e = new LightEvaluator(calendar, policy, clock);
            evaluator = e;
        }
        return e;
    }

    private Run compute(List<Long> onlyTasks) {
        WorkingDayCalendar calendar = calendars.current();
        LightEvaluator evaluator = evaluatorOn(calendar);
        LocalDate today = evaluator.today();
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        // Ids are numbers from our own events, never user text.
        String filter = onlyTasks == null ? "" : " and t.id in (" + onlyTasks.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")) + ")";
        Map<ReportCycle, ReportCycle.Period> due = new EnumMap<>(ReportCycle.class);
        for (ReportCycle c : ReportCycle.values()) {
            due.put(c, c.lastDuePeriod(LocalDate.MIN.plusYears(1), today, calendar));
        }
        // A full pass reads on several connections at once — milestones, reports, and the tasks in two halves — and
        // judges the two halves on two threads: reading is most of the pass, and PostgreSQL and the JVM then share
        // the work across cores.
        boolean all = onlyTasks == null && ownTransaction();
        CompletableFuture<Map<Long, List<Object[]>>> milestonesRead = all
                ? CompletableFuture.supplyAsync(() -> milestones(filter, today), READERS)
                : CompletableFuture.completedFuture(milestones(filter, today));
        Map<Long, List<String[]>> findings = findings(filter);
        CompletableFuture<Set<String>> reportsRead = all
                ? CompletableFuture.supplyAsync(() -> reported(filter, due), READERS)
                : CompletableFuture.completedFuture(reported(filter, due));
        List<Facts> facts;
        if (all) {
            // Halves by id range, so each connection reads only its half of the table's pages.
            long middle = jdbc.sql("select coalesce((min(id) + max(id)) / 2, 0) from task").query(Long.class).single();
            CompletableFuture<List<Facts>> upper = CompletableFuture.supplyAsync(
                    () -> facts(" and t.id > " + middle, 64), READERS);
            facts = facts(" and t.id <= " + middle, 64);
            facts.addAll(upper.join());
        } else {
            facts = facts(filter, onlyTasks.size());
        }
        long tTasks = System.nanoTime();
        Map<Long, List<Object[]>> milestones = milestonesRead.join();
        Set<String> reported = reportsRead.join();
        long tReads = System.nanoTime();
        Timestamp at = Timestamp.from(now);
        Judge judge = new Judge(evaluator, calendar, today, due, milestones, reported, findings,
                acceptanceWorkingDays, scheduleFrom);
        // Only rows whose stored light differs are written: a rerun on the same day writes almost nothing.
        int rowsWritten;
        int changed;
        Map<Light, Integer> counts;
        if (all && facts.size() > 1_000) {
            // Each half is judged and written on its own thread and connection: on a morning when every light
            // changes, writing (the rows, the unit index the trigger keeps, their WAL) is most of the pass, and two
            // backends share it across cores. The other half's statements commit on their own (a light is derived
            // data: a pass that fails halfway leaves correct lights for the tasks it wrote, and the next pass the rest).
            int half = facts.size() / 2;
            CompletableFuture<Judged> second = CompletableFuture.supplyAsync(() -> {
                Judged j = judge.all(facts.subList(half, facts.size()));
                return j.written(writeAll(j.rows(), at));
            }, READERS);
            Judged first = judge.all(facts.subList(0, half));
            first = first.written(writeAll(first.rows(), at));
            Judged other = second.join();
            rowsWritten = first.rows().size() + other.rows().size();
            changed = first.changed() + other.changed();
            counts = first.counts();
            other.counts().forEach((light, n) -> counts.merge(light, n, Integer::sum));
        } else {
            Judged judged = judge.all(facts);
            rowsWritten = judged.rows().size();
            changed = writeAll(judged.rows(), at);
            counts = judged.counts();
        }
        long tEvaluate = System.nanoTime();
        int evaluated = facts.size();
        if (onlyTasks != null) {
            Set<Long> lit = new HashSet<>();
            facts.forEach(f -> lit.add(f.id()));
            for (Long id : onlyTasks) {
                if (!lit.contains(id)) {
                    jdbc.sql("delete from task_light where task_id = ?").param(id).update();
                }
            }
        } else {
            // Tasks that no longer get a light (deadline removed, turned into an area) lose the stale one.
            jdbc.sql("""
                    delete from task_light l where not exists (select 1 from task t where t.id = l.task_id
                      and
                    """ + Lit.SQL + ")").update();
            jdbc.sql("insert into light_run (run_at, tasks, changed, millis) values (?, ?, ?, ?)")
                    .params(at, evaluated, changed, (int) ((System.nanoTime() - t0) / 1_000_000)).update();
        }
        if (onlyTasks == null) {
            log.info("亮灯各阶段(ms)：读取任务 {}，等待节点与报送 {}，判定并写入 {}（{} 行），收尾 {}",
                    (tTasks - t0) / 1_000_000, (tReads - tTasks) / 1_000_000, (tEvaluate - tReads) / 1_000_000,
                    rowsWritten, (System.nanoTime() - tEvaluate) / 1_000_000);
        }
        return new Run(evaluated, changed, 0, now, counts);
    }

    private static final int UPSERT_CHUNK = 50_000;

    /** Writes judged rows: updates of stored lights, then new ones; returns the rows changed. */
    private int writeAll(List<Object[]> rows, Timestamp at) {
        int changed = 0;
        List<Object[]> existing = new ArrayList<>();
        List<Object[]> fresh = new ArrayList<>();
        rows.forEach(r -> (Boolean.TRUE.equals(r[EXISTED]) ? existing : fresh).add(r));
        for (int from = 0; from < existing.size(); from += UPSERT_CHUNK) {
            changed += write(UPDATE, existing.subList(from, Math.min(existing.size(), from + UPSERT_CHUNK)), at);
        }
        for (int from = 0; from < fresh.size(); from += UPSERT_CHUNK) {
            changed += write(UPSERT, fresh.subList(from, Math.min(fresh.size(), from + UPSERT_CHUNK)), at);
        }
        return changed;
    }

    /**
     * A row to write: task id, light, other findings, 序时进度, lag, deadline finding, missed period — the columns of
     * the statements below in their order — then whether a stored row exists.
     */
    private static final int EXISTED = 7;

    /** The tasks' facts and stored lights ({@code filter} narrows the tasks; a single task's recompute reads one). */
    private List<Facts> facts(String filter, int expected) {
        List<Facts> facts = new ArrayList<>(expected);
        jdbc.sql("""
                select t.id, t.status, t.start_date, t.deadline,
                  (t.created_at at time zone 'Asia/Shanghai')::date as created_on,
                  (t.accepted_at at time zone 'Asia/Shanghai')::date as accepted_on, t.progress_percent,
                  t.target_value, t.report_cycle,
                  (coalesce(t.assigned_at, t.created_at) at time zone 'Asia/Shanghai')::date as assigned_on,
                  t.completed_on, l.light as stored_light, l.reason as stored_reason,
                  l.deadline_finding as stored_deadline_finding, l.report_missing as stored_missing,
                  l.planned_percent as stored_planned
                from task t left join task_light l on l.task_id = t.id
                where
                """ + Lit.SQL + filter)
                .query((ResultSet rs) -> {
                    facts.add(Facts.of(rs));
                });
        return facts;
    }

    /** Rows to write and the count per light, for some tasks; and how many rows the write changed. */
    private record Judged(List<Object[]> rows, Map<Light, Integer> counts, int changed) {

        Judged written(int changed) {
            return new Judged(rows, counts, changed);
        }
    }

    /** Judges tasks from their facts; immutable, so two threads can share it. */
    private record Judge(LightEvaluator evaluator, WorkingDayCalendar calendar, LocalDate today,
            Map<ReportCycle, ReportCycle.Period> due, Map<Long, List<Object[]>> milestones, Set<String> reported,
            Map<Long, List<String[]>> findings, int acceptanceWorkingDays,
            cn.luoshi.ledger.light.ScheduleStart scheduleFrom) {

        Judged all(List<Facts> facts) {
            List<Object[]> rows = new ArrayList<>();
            Map<Light, Integer> counts = new EnumMap<>(Light.class);
            for (Facts f : facts) {
                counts.merge(one(f, rows), 1, Integer::sum);
            }
            return new Judged(rows, counts, 0);
        }

        /** Judges one task, adds its row if it changed, and returns its light. */
        private Light one(Facts f, List<Object[]> rows) {
            long id = f.id();
            if (!Lit.judged(f.status())) {
                // Nobody has been given it yet: no light to judge a unit by, only the countdown (shown, not stored).
                f.keepIfChanged(rows, new Object[] {id, Light.NONE.name(), "未交办", null, null, false, null, null});
                return Light.NONE;
            }
            LocalDate deadline = f.deadline();
            // 序时起算日 (issue 12): from 交办 or 签收 when later than the start date.
            LocalDate start = scheduleFrom.from(Optional.ofNullable(f.startDate()).orElse(f.createdOn()),
                    f.assignedOn(), f.acceptedOn(), deadline);
            BigDecimal target = f.targetValue();
            boolean quantity = target != null && target.signum() > 0;
            TaskSchedule schedule = new TaskSchedule(start, deadline, quantity ? target.doubleValue() : null,
                    plans(milestones.get(id), quantity));
            BigDecimal actual = f.progressPercent();
            String missing = missingReport(f.status(), id, start, f.acceptedOn(), f.cycle(), due.get(f.cycle()),
                    reported);
            boolean acceptanceOverdue = f.status() == TaskStatus.ASSIGNED
                    && calendar.workingDaysBetween(f.assignedOn(), today) > acceptanceWorkingDays;
            // On time is judged by the approved completion request's date (办结日期), not the last update.
            LocalDate completedOn = f.status() == TaskStatus.COMPLETED ? f.completedOn() : null;
            LightVerdict v = evaluator.evaluate(schedule, new LightEvaluator.TaskFacts(Lit.phase(f.status()),
                    actual == null ? null : Math.max(0, actual.doubleValue()), missing != null,
                    acceptanceOverdue, completedOn), today).namingMissedPeriod(missing);
            // Day counts in the deadline finding are left to the display, so a new working day rewrites only rows
            // whose light, other findings or 序时进度 moved.
            StoredReason reason = StoredReason.of(v.reasons(),
                    v.countdownText() == null ? null : Countdown.of(calendar, today, deadline));
            BigDecimal planned = v.lagPoints() == null ? null
                    : v.lagPoints().add(actual == null ? BigDecimal.ZERO : actual).min(BigDecimal.valueOf(100));
            Light light = v.light();
            String other = reason.otherFindings();
            List<String[]> external = findings.get(id);
            if (external != null && FindingOverlay.applies(light)) {
                other = FindingOverlay.reasons(light, other, external.stream().map(e -> e[1]).toList());
                light = FindingOverlay.lift(light, external.stream().map(e -> Light.valueOf(e[0])).toList());
            }
            f.keepIfChanged(rows, new Object[] {id, light.name(), other, planned,
                    v.lagPoints(), reason.deadlineFinding(), missing, null});
            return light;
        }
    }

    /** Whether this pass began its own transaction: only then can other connections see all it depends on. */
    private static boolean ownTransaction() {
        try {
            return org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .isNewTransaction();
        } catch (org.springframework.transaction.NoTransactionException e) {
            return true;
        }
    }

    /** Daemon threads for the full pass's parallel reads (milestones, reports, half the tasks) and judging. */
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors
            .newFixedThreadPool(3, r -> {
                Thread t = new Thread(r, "light-reader");
                t.setDaemon(true);
                return t;
            });

    /**
     * Milestones in index order, raw; whether a plan is a quantity or a percent is known per task. Only of tasks
     * whose 序时进度 is judged and still depends on them: open, and not yet at their deadline (from then on the plan
     * is 100% whatever the milestones say) — a sixth of a city's milestones, not all.
     */
    private Map<Long, List<Object[]>> milestones(String filter, LocalDate today) {
        Map<Long, List<Object[]>> milestones = new HashMap<>();
        jdbc.sql("select m.task_id, m.due_date, m.planned from milestone m join task t on t.id = m.task_id"
                + " where t.status in (" + JUDGED_ON_SCHEDULE + ") and t.deadline > ?" + filter
                + " order by m.task_id, m.due_date")
                .param(today)
                .query((ResultSet rs) -> {
                    milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(4))
                            .add(new Object[] {rs.getObject(2, LocalDate.class), rs.getDouble(3)});
                });
        return milestones;
    }

    /** 外部预警: level and reason of each finding, per task, worst first (few rows: read on the pass's connection). */
    private Map<Long, List<String[]>> findings(String filter) {
        Map<Long, List<String[]>> out = new HashMap<>();
        jdbc.sql("select f.task_id, f.level, f.reason from task_finding f join task t on t.id = f.task_id"
                + " where true" + filter + " order by f.task_id, (f.level = 'RED') desc, f.source, f.key")
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                });
        return out;
    }

    /** "taskId/cycleKey" of every report for a period whose report is due now. */
    private Set<String> reported(String filter, Map<ReportCycle, ReportCycle.Period> due) {
        Set<String> reported = new HashSet<>();
        // Only a task in progress owes reports (see missingReport).
        jdbc.sql("select p.task_id, p.cycle_key from progress_report p join task t on t.id = p.task_id"
                + " where t.status = '" + TaskStatus.IN_PROGRESS.name() + "' and p.cycle_key in (:keys)" + filter)
                .param("keys", due.values().stream().map(ReportCycle.Period::key).toList())
                .query((ResultSet rs) -> {
                    reported.add(rs.getLong(1) + "/" + rs.getString(2));
                });
        return reported;
    }

    /** What the pass reads of one task (days in Asia/Shanghai), and the light stored for it. */
    private record Facts(long id, TaskStatus status, LocalDate startDate, LocalDate deadline, LocalDate createdOn,
            LocalDate acceptedOn, BigDecimal progressPercent, BigDecimal targetValue, ReportCycle cycle,
            LocalDate assignedOn, LocalDate completedOn, String storedLight, String storedReason,
            Boolean storedDeadlineFinding, String storedMissing, BigDecimal storedPlanned) {

        /** By column position, in the order of the select: 100,000 rows, and lookups by name showed in profiles. */
        static Facts of(ResultSet rs) throws SQLException {
            return new Facts(rs.getLong(1), TaskStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8),
                    ReportCycle.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class),
                    rs.getObject(11, LocalDate.class), rs.getString(12), rs.getString(13),
                    (Boolean) rs.getObject(14), rs.getString(15), rs.getBigDecimal(16));
        }

        /** Adds the computed row to those to write unless the stored light says the same (the upsert checks again). */
        void keepIfChanged(List<Object[]> rows, Object[] row) {
            if (storedLight != null && storedLight.equals(row[1]) && java.util.Objects.equals(storedReason, row[2])
                    && java.util.Objects.equals(storedDeadlineFinding, row[5])
                    && java.util.Objects.equals(storedMissing, row[6])
                    && (storedPlanned == null ? row[3] == null
                            : row[3] != null && storedPlanned.compareTo((BigDecimal) row[3]) == 0)) {
                return;
            }
            row[EXISTED] = storedLight != null; // an existing row is updated in place, a new one inserted
            rows.add(row);
        }
    }

    private static List<cn.luoshi.ledger.light.Milestone> plans(List<Object[]> raw, boolean quantity) {
        if (raw == null) {
            return List.of();
        }
        List<cn.luoshi.ledger.light.Milestone> out = new ArrayList<>(raw.size());
        for (Object[] m : raw) {
            LocalDate due = (LocalDate) m[0];
            double plan = (Double) m[1];
            out.add(quantity ? cn.luoshi.ledger.light.Milestone.quantity(due, plan)
                    : cn.luoshi.ledger.light.Milestone.percent(due, Math.min(plan, 100)));
        }
        return out;
    }

    /*
     * One statement per chunk: columns as arrays, unnested by PostgreSQL (far fewer round trips than a batch). A row
     * is rewritten only when its light, reason or 序时进度 changed, so a rerun on the same day writes little;
     * computed_at is therefore when the task's light last changed, and light_run when it was checked.
     */

    /** New lights: inserted (or, if a concurrent pass got there first, updated when different). */
    private static final String UPSERT = """
            insert into task_light (task_id, light, reason, planned_percent, lag_points, deadline_finding,
              report_missing, computed_at)
            select u.*, ? from unnest(?::bigint[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::boolean[],
              ?::text[]) as u
            on conflict (task_id) do update set light = excluded.light, reason = excluded.reason,
              planned_percent = excluded.planned_percent, lag_points = excluded.lag_points,
              deadline_finding = excluded.deadline_finding, report_missing = excluded.report_missing,
              computed_at = excluded.computed_at
            where (task_light.light, task_light.reason, task_light.deadline_finding, task_light.report_missing,
                   task_light.planned_percent)
              is distinct from (excluded.light, excluded.reason, excluded.deadline_finding,
                   excluded.report_missing, excluded.planned_percent)""";

    /** Lights that exist and changed: a plain update, cheaper than the upsert's conflict path. */
    private static final String UPDATE = """
            update task_light l set light = u.light, reason = u.reason, planned_percent = u.planned_percent,
              lag_points = u.lag_points, deadline_finding = u.deadline_finding, report_missing = u.report_missing,
              computed_at = ?
            from unnest(?::bigint[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::boolean[], ?::text[])
              as u (task_id, light, reason, planned_percent, lag_points, deadline_finding, report_missing)
            where l.task_id = u.task_id
              and (l.light, l.reason, l.deadline_finding, l.report_missing, l.planned_percent)
              is distinct from (u.light, u.reason, u.deadline_finding, u.report_missing, u.planned_percent)""";

    private int write(String sql, List<Object[]> rows, Timestamp at) {
        return template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setTimestamp(1, at);
                String[] types = {"int8", "text", "text", "numeric", "numeric", "bool", "text"};
                for (int col = 0; col < types.length; col++) {
                    Object[] values = new Object[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        values[r] = rows.get(r)[col];
                    }
                    ps.setArray(col + 2, c.createArrayOf(types[col], values));
                }
                return ps.executeUpdate();
            }
        });
    }

    /** The label of the period whose report is due and missing ("2026年10月"), or null. */
    private static String missingReport(TaskStatus status, long id, LocalDate start, LocalDate accepted,
            ReportCycle cycle, ReportCycle.Period lastDue, Set<String> reported) {
        if (status != TaskStatus.IN_PROGRESS || lastDue == null) {
            return null;
        }
        LocalDate activeFrom = accepted == null ? start : latest(start, accepted);
        if (lastDue.end().isBefore(activeFrom) || !lastDue.due().isAfter(activeFrom)) {
            return null; // the period ended before the work began, or its report fell due before acceptance
        }
        return reported.contains(id + "/" + lastDue.key()) ? null : lastDue.label();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The statuses, quoted for SQL, whose light is judged against 序时进度 (an unassigned task is not judged). */
    private static final String JUDGED_ON_SCHEDULE = Lit.quoted(s -> Lit.judged(s)
            && (Lit.phase(s) == Phase.NOT_STARTED || Lit.phase(s) == Phase.IN_PROGRESS));

    /** A stored light with its countdown and the deadline finding counted for today. */
    private TaskLight light(ResultSet rs, int row) throws SQLException {
        Countdown countdown = countdowns.of(true, TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("deadline", LocalDate.class));
        return new TaskLight(rs.getLong("task_id"), Light.valueOf(rs.getString("light")),
                Countdowns.reason(rs.getString("reason"), rs.getBoolean("deadline_finding"), countdown),
                rs.getBigDecimal("planned_percent"), rs.getBigDecimal("lag_points"),
                countdown == null ? null : countdown.workingDays(), countdown == null ? null : countdown.text(),
                rs.getString("report_missing"), rs.getTimestamp("computed_at").toInstant());
    }
}
