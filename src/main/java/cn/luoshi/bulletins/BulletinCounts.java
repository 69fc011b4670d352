package cn.luoshi.bulletins;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.Lit;
import cn.luoshi.ledger.PeriodFacts.PlannedPoint;
import cn.luoshi.ledger.PeriodFacts.TaskFact;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.ledger.light.Countdown;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightInput;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.LightRule;
import cn.luoshi.ledger.light.LightVerdict;
import cn.luoshi.ledger.light.Milestone;
import cn.luoshi.ledger.light.ScheduleProgress;
import cn.luoshi.ledger.light.ScheduleStart;
import cn.luoshi.ledger.light.TaskSchedule;
import cn.luoshi.org.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * 通报口径 — how a bulletin counts the ledger for a period [{@code from}, {@code to}]. Every task is judged <em>as the
 * light rule judges it on the period's last day</em> ({@code to}), from the facts recorded by the end of that day
 * ({@link cn.luoshi.ledger.PeriodFacts}), with the ledger's own rules ({@link ScheduleProgress} for 序时进度,
 * {@link LightRule} and {@link Countdown} for the light and 逾期). Pure and thread-safe; each rule is a method tested on
 * its own.
 *
 * <ol>
 * <li><b>纳入统计</b> ({@link #membership}): a task or measure created on or before {@code to}, with a lead unit, not
 * 未交办 and not 已退回 at the end. A task terminated within the period is counted apart (本期终止) and in no count or
 * rate; one terminated before the period is left out.</li>
 * <li><b>已办结</b>: its completion was approved before the end; 办结日期 is the approved request's date. A completed
 * task is never overdue, never behind and needs no more reports.</li>
 * <li><b>按期办结</b> ({@link #onTime}): 办结日期 on or before the deadline in force (after approved extensions).</li>
 * <li><b>逾期未办结</b> ({@link #overdue}): not completed at the end and its deadline is before {@code to} (a task due on
 * the last day is 今日到期, as its light says, and overdue in the next period). A task awaiting review of its
 * completion (办结待审) is still open; its request date is shown with it.</li>
 * <li><b>应办结</b> ({@link #due}): completed or overdue. 按期办结率 = 按期办结 ÷ 应办结.</li>
 * <li><b>序时</b> ({@link #standing}): for open tasks, 序时进度 at {@code to} against the latest report known at the
 * end (none counts as 0%): see {@link ScheduleStanding}.</li>
 * <li><b>未按时报送</b> ({@link #missedPeriods}): report periods of the task's 汇报频次 that became overdue within the
 * period (the day after their due date lies in it — so consecutive bulletins count each period once), that ended
 * after the task was accepted (or started) and fell due before any completion request, with no report for the period
 * entered before the end.</li>
 * <li><b>存在问题</b>: a problem raised before the end and not solved by then.</li>
 * <li><b>红灯事项</b>: the light at the end is red; its reason is the light rule's.</li>
 * </ol>
 * Ranking and commendation: {@link #RANKING_RULE}, {@link #COMMENDATION_RULE}.
 */
public final class BulletinCounts {

    /** The ranking rule in words, as bulletins print it. */
    public static final String RANKING_RULE = "各牵头单位依次按以下规则排名：①正常推进率由高到低，即按期办结的任务和在办且"
            + "未逾期、未落后序时进度的任务占承担任务的比例；②按期办结率由高到低（统计期末尚无应办结任务的按100%计）；"
            + "③逾期未办结任务数由少到多；④未按时报送进展次数由少到多。四项均相同的单位并列同一名次，按单位排序列示。";

    /** The commendation rule in words. */
    public static final String COMMENDATION_RULE = "统计期末至少有1项应办结任务且全部按期办结，"
            + "并且没有逾期未办结、落后序时进度、未按时报送进展和红灯事项的牵头单位，予以通报表扬。";

    private final WorkingDayCalendar calendar;
    private final LightPolicy policy;
    private final int acceptanceWorkingDays;
    private final ScheduleProgress progress;
    private final LightRule rule;

    /**
     * @param calendar              the working-day calendar in force
     * @param policy                the light rule's thresholds
     * @param acceptanceWorkingDays 签收 is due within this many working days of 交办 (as for the lights)
     */
    public BulletinCounts(WorkingDayCalendar calendar, LightPolicy policy, int acceptanceWorkingDays) {
        this(calendar, policy, acceptanceWorkingDays, ScheduleStart.START);
    }

    /** With the 序时起算日 in force ({@link ScheduleStart}). */
    public BulletinCounts(WorkingDayCalendar calendar, LightPolicy policy, int acceptanceWorkingDays,
            ScheduleStart scheduleFrom) {
        this.scheduleFrom = Objects.requireNonNull(scheduleFrom, "scheduleFrom");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.acceptanceWorkingDays = acceptanceWorkingDays;
        this.progress = new ScheduleProgress(calendar);
        this.rule = new LightRule(calendar, policy);
    }

    private final ScheduleStart scheduleFrom;

    public LightPolicy policy() {
        return policy;
    }

    // ---- the report periods a bulletin looks at ------------------------------------------------------------------

    /**
     * Report periods of {@code cycle} that became overdue within [from, to] — the day after their due date lies in
     * it — earliest first.
     */
    public List<ReportCycle.Period> periodsOverdueWithin(ReportCycle cycle, LocalDate from, LocalDate to) {
        return periods.computeIfAbsent(new PeriodKey(cycle, from, to),
                k -> computePeriodsOverdueWithin(cycle, from, to));
    }

    /** Report periods per cycle and period: a bulletin asks the same few for every task. */
    private record PeriodKey(ReportCycle cycle, LocalDate from, LocalDate to) {
    }

    private final Map<PeriodKey, List<ReportCycle.Period>> periods = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<PeriodKey, ReportCycle.Period> lastDue = new java.util.concurrent.ConcurrentHashMap<>();

    private List<ReportCycle.Period> computePeriodsOverdueWithin(ReportCycle cycle, LocalDate from, LocalDate to) {
        List<ReportCycle.Period> out = new ArrayList<>();
        ReportCycle.Period p = cycle.periodContaining(to, calendar);
        while (!p.due().plusDays(1).isBefore(from)) {
            if (p.due().isBefore(to)) {
                out.add(0, p);
            }
            p = cycle.previous(p, calendar);
        }
        return List.copyOf(out);
    }

    /** The latest period of {@code cycle} already overdue on {@code to} (the one the light looks at that day). */
    public ReportCycle.Period lastDueAtEnd(ReportCycle cycle, LocalDate to) {
        return lastDue.computeIfAbsent(new PeriodKey(cycle, to, to),
                k -> cycle.lastDuePeriod(LocalDate.MIN.plusYears(1), to, calendar));
    }

    /** Every report period key a bulletin for [from, to] asks the ledger about. */
    public Set<String> periodKeys(LocalDate from, LocalDate to) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReportCycle c : ReportCycle.values()) {
            periodsOverdueWithin(c, from, to).forEach(p -> keys.add(p.key()));
            keys.add(lastDueAtEnd(c, to).key());
        }
        return keys;
    }

    // ---- one task ------------------------------------------------------------------------------------------------

    /** Rule 1: whether the task is counted, counted apart, or left out. */
    public Membership membership(TaskFact t, LocalDate from, LocalDate to) {
        if (t.createdOn().isAfter(to)) {
            return Membership.NOT_YET_CREATED;
        }
        if (t.status() == TaskStatus.TERMINATED) {
            return t.terminatedOn() != null && t.terminatedOn().isBefore(from)
                    ? Membership.TERMINATED_BEFORE : Membership.TERMINATED_IN_PERIOD;
        }
        if (t.kind() == TaskKind.AREA || t.leadUnitId() == null || t.status() == TaskStatus.UNASSIGNED
                || t.status() == TaskStatus.RETURNED) {
            return Membership.NOT_ASSIGNED;
        }
        return Membership.COUNTED;
    }

    /** Rule 3: 按期办结 — null unless completed; false when the completion date is unknown. */
    public Boolean onTime(TaskFact t) {
        if (t.status() != TaskStatus.COMPLETED) {
            return null;
        }
        return t.completedOn() != null && !t.completedOn().isAfter(t.deadline());
    }

    /** Rule 4: 应办结 at the period's end — completed or overdue. */
    public boolean due(TaskFact t, LocalDate to) {
        return t.status() == TaskStatus.COMPLETED || overdue(t, to);
    }

    /**
     * Rule 5: 逾期未办结 on the period's last day — not completed and the deadline in force is before it (as
     * {@link Countdown} says). A completed task is never overdue.
     */
    public boolean overdue(TaskFact t, LocalDate to) {
        return t.status() != TaskStatus.COMPLETED && t.status() != TaskStatus.TERMINATED
                && t.deadline().isBefore(to);
    }

    /** The plan as the light rule reads it: start (or creation) to the deadline in force, with the milestones. */
    public TaskSchedule schedule(TaskFact t) {
        LocalDate start = scheduleFrom.from(t.startDate() != null ? t.startDate() : t.createdOn(), t.assignedOn(),
                t.acceptedOn(), t.deadline());
        boolean quantity = t.targetValue() != null && t.targetValue().signum() > 0;
        Map<LocalDate, Milestone> byDate = new TreeMap<>();
        for (PlannedPoint p : t.milestones()) {
            double plan = p.planned().doubleValue();
            byDate.put(p.date(), quantity ? Milestone.quantity(p.date(), plan)
                    : Milestone.percent(p.date(), Math.min(plan, 100)));
        }
        return new TaskSchedule(start, t.deadline(), quantity ? t.targetValue().doubleValue() : null,
                List.copyOf(byDate.values()));
    }

    /** 序时进度 at the end of {@code to}, in percent. */
    public double plannedPercent(TaskFact t, LocalDate to) {
        return progress.plannedPercent(schedule(t), to);
    }

    /** Rule 6: against 序时进度, for an open task; {@code null} for completed or terminated ones. */
    public ScheduleStanding standing(TaskFact t, LocalDate to) {
        if (t.status() == TaskStatus.COMPLETED || t.status() == TaskStatus.TERMINATED) {
            return null;
        }
        return standing(lag(plannedPercent(t, to), t.progressPercent()));
    }

    /** 超前 below 0 points, 落后 from the light rule's yellow threshold, 符合 in between. */
    public ScheduleStanding standing(BigDecimal lagPoints) {
        if (lagPoints.signum() < 0) {
            return ScheduleStanding.AHEAD;
        }
        return lagPoints.compareTo(policy.yellowLagPoints()) >= 0 ? ScheduleStanding.BEHIND : ScheduleStanding.ON;
    }

    /** 序时进度 − 实际进度 rounded half up to 0.01 points, no report counting as 0% (as the light rule). */
    static BigDecimal lag(double planned, BigDecimal actual) {
        double a = actual == null ? 0.0 : Math.max(0, actual.doubleValue());
        return BigDecimal.valueOf(planned - a).setScale(2, RoundingMode.HALF_UP);
    }

    /** When the task's duty to report began: its start, or its acceptance if later. */
    private static LocalDate activeFrom(TaskFact t) {
        LocalDate start = t.startDate() != null ? t.startDate() : t.createdOn();
        return t.acceptedOn() != null && t.acceptedOn().isAfter(start) ? t.acceptedOn() : start;
    }

    /** Whether period {@code p} asked this task for a report (the light rule's condition, plus the completion stop). */
    private boolean reportOwed(TaskFact t, ReportCycle.Period p) {
        if (t.status() != TaskStatus.IN_PROGRESS && t.status() != TaskStatus.COMPLETION_REQUESTED
                && t.status() != TaskStatus.COMPLETED) {
            return false; // not accepted (or terminated): no reports are expected
        }
        LocalDate activeFrom = activeFrom(t);
        if (p.end().isBefore(activeFrom) || !p.due().isAfter(activeFrom)) {
            return false;
        }
        LocalDate stop = t.status() == TaskStatus.COMPLETED ? t.completedOn()
                : t.status() == TaskStatus.COMPLETION_REQUESTED ? t.completionRequestedOn() : null;
        if (t.status() == TaskStatus.COMPLETED && stop == null) {
            return false; // completed on an unknown date: no claim either way
        }
        return stop == null || p.due().isBefore(stop);
    }

    /** Rule 7: the report periods that became overdue within the period and were missed, by label. */
    public List<String> missedPeriods(TaskFact t, LocalDate from, LocalDate to) {
        List<String> missed = new ArrayList<>();
        for (ReportCycle.Period p : periodsOverdueWithin(t.reportCycle(), from, to)) {
            if (reportOwed(t, p) && !t.reportedPeriods().contains(p.key())) {
                missed.add(p.label());
            }
        }
        return missed;
    }

    /** The light on the period's last day, as {@link LightRule} judges it with the facts known at the end. */
    public LightVerdict light(TaskFact t, LocalDate to) {
        TaskSchedule s = schedule(t);
        return light(t, to, s, progress.plannedPercent(s, to));
    }

    private LightVerdict light(TaskFact t, LocalDate to, TaskSchedule s, double planned) {
        String missing = missingAtEnd(t, to);
        boolean acceptanceOverdue = t.status() == TaskStatus.ASSIGNED && t.assignedOn() != null
                && calendar.workingDaysBetween(t.assignedOn(), to) > acceptanceWorkingDays;
        Double actual = t.progressPercent() == null ? null : Math.max(0, t.progressPercent().doubleValue());
        return rule.evaluate(new LightInput(Lit.phase(t.status()), s.start(), s.deadline(), to, planned,
                actual, missing != null, acceptanceOverdue,
                t.status() == TaskStatus.COMPLETED ? t.completedOn() : null)).namingMissedPeriod(missing);
    }

    /** The light's "report missing": the last period due at the end, for a task 办理中, unreported; its label. */
    private String missingAtEnd(TaskFact t, LocalDate to) {
        if (t.status() != TaskStatus.IN_PROGRESS) {
            return null;
        }
        ReportCycle.Period p = lastDueAtEnd(t.reportCycle(), to);
        if (p == null || !reportOwed(t, p)) {
            return null;
        }
        return t.reportedPeriods().contains(p.key()) ? null : p.label();
    }

    /** Every rule applied to one task. */
    public TaskClass classify(TaskFact t, LocalDate from, LocalDate to) {
        Membership m = membership(t, from, to);
        boolean counted = m == Membership.COUNTED;
        boolean completed = counted && t.status() == TaskStatus.COMPLETED;
        boolean open = counted && !completed;
        TaskSchedule schedule = counted ? schedule(t) : null;
        double p = counted ? progress.plannedPercent(schedule, to) : 0;
        LightVerdict v = counted ? light(t, to, schedule, p) : null;
        BigDecimal planned = null;
        BigDecimal lag = null;
        ScheduleStanding standing = null;
        if (open) {
            planned = BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP);
            lag = lag(p, t.progressPercent());
            standing = standing(lag);
        }
        boolean overdue = counted && overdue(t, to);
        int overdueDays = overdue ? Countdown.of(calendar, to, t.deadline()).overdueWorkingDays() : 0;
        String reason = v == null ? null : v.reason();
        if (v != null && v.light() == Light.RED && t.status() == TaskStatus.COMPLETION_REQUESTED
                && t.completionRequestedOn() != null) {
            reason = reason + "（已于" + t.completionRequestedOn() + "申请办结，待审核）";
        }
        return new TaskClass(t.id(), t.directiveTitle(), t.title(), t.kind(), t.leadUnitId(), m, t.status(),
                t.deadline(), t.originalDeadline(), t.status() == TaskStatus.COMPLETED ? t.completedOn() : null,
                completed && t.completedOn() != null && !t.completedOn().isBefore(from)
                        && !t.completedOn().isAfter(to),
                completed ? onTime(t) : null, counted && due(t, to), standing, planned, t.progressPercent(), lag,
                overdue, overdueDays, counted ? missedPeriods(t, from, to) : List.of(), t.openProblems(),
                v == null ? Light.NONE : v.light(), reason, t.completionRequestedOn(), t.terminatedOn(),
                t.terminationReason());
    }

    // ---- all tasks -----------------------------------------------------------------------------------------------

    /**
     * The counts of a bulletin.
     *
     * @param tasks      every task classified (counted, counted apart, left out), in the facts' order
     * @param totals     the overall counts
     * @param units      the lead units with counted tasks, in ranking order
     * @param red        counted tasks red at the end, most serious first (longest overdue, then largest lag)
     * @param terminated tasks terminated within the period
     */
    public record Tally(List<TaskClass> tasks, Totals totals, List<UnitLine> units, List<TaskClass> red,
            List<TaskClass> terminated) {
    }

    /** Classifies every task and adds them up per unit; {@code units} gives names and the district's order. */
    public Tally tally(List<TaskFact> facts, LocalDate from, LocalDate to, List<Unit> units) {
        List<TaskClass> all = new ArrayList<>(facts.size());
        for (TaskFact f : facts) {
            all.add(classify(f, from, to));
        }
        return tallyClassified(all, units);
    }

    /** Adds up tasks already classified. */
    public Tally tallyClassified(List<TaskClass> all, List<Unit> units) {
        Map<Long, Unit> unitById = new HashMap<>();
        for (Unit u : units) {
            unitById.put(u.id(), u);
        }
        Map<Long, int[]> perUnit = new LinkedHashMap<>();
        int[] tot = new int[Col.values().length];
        int openProblems = 0;
        List<TaskClass> red = new ArrayList<>();
        List<TaskClass> terminated = new ArrayList<>();
        for (TaskClass c : all) {
            if (c.membership() == Membership.TERMINATED_IN_PERIOD) {
                terminated.add(c);
                continue;
            }
            if (!c.counted()) {
                continue;
            }
            int[] u = perUnit.computeIfAbsent(c.leadUnitId(), k -> new int[Col.values().length]);
            add(u, c);
            add(tot, c);
            openProblems += c.openProblems();
            if (c.red()) {
                red.add(c);
            }
        }
        // Overdue first (also one due last Friday and still open on Sunday: 0 working days but overdue), longest first.
        red.sort(Comparator.comparing(TaskClass::overdue).reversed()
                .thenComparing(Comparator.comparingInt(TaskClass::overdueWorkingDays).reversed())
                .thenComparing(c -> c.lagPoints() == null ? BigDecimal.ZERO : c.lagPoints(), Comparator.reverseOrder())
                .thenComparingLong(TaskClass::taskId));
        List<UnitLine> lines = rank(perUnit, unitById);
        Totals totals = new Totals(tot[Col.ASSIGNED.ordinal()], tot[Col.COMPLETED.ordinal()],
                tot[Col.COMPLETED_IN_PERIOD.ordinal()], tot[Col.ON_TIME.ordinal()], tot[Col.LATE.ordinal()],
                tot[Col.UNDATED.ordinal()], tot[Col.DUE.ordinal()], tot[Col.OPEN.ordinal()],
                tot[Col.PENDING.ordinal()], tot[Col.AHEAD.ordinal()], tot[Col.ON.ordinal()],
                tot[Col.BEHIND.ordinal()], tot[Col.OVERDUE.ordinal()], tot[Col.PROBLEMS.ordinal()], openProblems,
                tot[Col.MISSED.ordinal()], tot[Col.TASKS_MISSED.ordinal()], tot[Col.GREEN.ordinal()],
                tot[Col.YELLOW.ordinal()], tot[Col.RED.ordinal()], tot[Col.GREY.ordinal()], tot[Col.BLUE.ordinal()],
                terminated.size(), lines.size(), tot[Col.BEHIND_NOT_OVERDUE.ordinal()]);
        return new Tally(all, totals, lines, red, terminated);
    }

    private enum Col {
        ASSIGNED, COMPLETED, COMPLETED_IN_PERIOD, ON_TIME, LATE, UNDATED, DUE, OPEN, PENDING, AHEAD, ON, BEHIND,
        OVERDUE, BEHIND_NOT_OVERDUE, NORMAL, MISSED, TASKS_MISSED, PROBLEMS, GREEN, YELLOW, RED, GREY, BLUE
    }

    private static void add(int[] a, TaskClass c) {
        a[Col.ASSIGNED.ordinal()]++;
        if (c.completed()) {
            a[Col.COMPLETED.ordinal()]++;
            if (c.completedInPeriod()) {
                a[Col.COMPLETED_IN_PERIOD.ordinal()]++;
            }
            if (c.completedOn() == null) {
                a[Col.UNDATED.ordinal()]++;
            } else if (Boolean.TRUE.equals(c.onTime())) {
                a[Col.ON_TIME.ordinal()]++;
            } else {
                a[Col.LATE.ordinal()]++;
            }
        } else {
            a[Col.OPEN.ordinal()]++;
            if (c.status() == TaskStatus.COMPLETION_REQUESTED) {
                a[Col.PENDING.ordinal()]++;
            }
            // 在办 splits into disjoint groups that add up: 超前 + 符合 + 落后 (not overdue) + 逾期 = 在办. An overdue
            // task is only overdue (issue 12: 在办14项 = 超前2 + 符合4 + 落后8, 逾期2 added up to 16). BEHIND alone
            // still counts every open task behind 序时, overdue or not (UnitLine.behind, kept for its readers).
            if (c.standing() == ScheduleStanding.BEHIND) {
                a[Col.BEHIND.ordinal()]++;
            }
            if (c.overdue()) {
                a[Col.OVERDUE.ordinal()]++;
            } else {
                switch (c.standing()) {
                    case AHEAD -> a[Col.AHEAD.ordinal()]++;
                    case ON -> a[Col.ON.ordinal()]++;
                    case BEHIND -> a[Col.BEHIND_NOT_OVERDUE.ordinal()]++;
                }
                if (c.standing() != ScheduleStanding.BEHIND) {
                    a[Col.NORMAL.ordinal()]++;
                }
            }
        }
        if (c.due()) {
            a[Col.DUE.ordinal()]++;
        }
        if (c.missedReports() > 0) {
            a[Col.MISSED.ordinal()] += c.missedReports();
            a[Col.TASKS_MISSED.ordinal()]++;
        }
        if (c.openProblems() > 0) {
            a[Col.PROBLEMS.ordinal()]++;
        }
        switch (c.light()) {
            case GREEN -> a[Col.GREEN.ordinal()]++;
            case YELLOW -> a[Col.YELLOW.ordinal()]++;
            case RED -> a[Col.RED.ordinal()]++;
            case GREY -> a[Col.GREY.ordinal()]++;
            case BLUE -> a[Col.BLUE.ordinal()]++;
            default -> { }
        }
    }

    // ---- ranking and commendation --------------------------------------------------------------------------------

    /** The ranking order of {@link #RANKING_RULE}: negative when {@code a} ranks before {@code b}, 0 when tied. */
    public static int compareForRanking(UnitLine a, UnitLine b) {
        // ① 正常推进率, high first.
        int c = compareFractions(b.onTrack(), b.assigned(), a.onTrack(), a.assigned(), 1);
        if (c != 0) {
            return c;
        }
        // ② 按期办结率, high first; nothing due counts as 100%.
        c = compareFractions(b.onTime(), b.due(), a.onTime(), a.due(), 1);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.overdue(), b.overdue());
        if (c != 0) {
            return c;
        }
        return Integer.compare(a.missedReports(), b.missedReports());
    }

    /** Compares p1/q1 with p2/q2 exactly (cross-multiplied); a zero denominator stands for {@code whenEmpty}. */
    private static int compareFractions(long p1, long q1, long p2, long q2, int whenEmpty) {
        if (q1 == 0) {
            p1 = whenEmpty;
            q1 = 1;
        }
        if (q2 == 0) {
            p2 = whenEmpty;
            q2 = 1;
        }
        return Long.compare(p1 * q2, p2 * q1);
    }

    /** {@link #COMMENDATION_RULE}. */
    public static boolean commended(UnitLine u) {
        return u.due() >= 1 && u.onTime() == u.due() && u.overdue() == 0 && u.behind() == 0
                && u.missedReports() == 0 && u.red() == 0;
    }

    private static List<UnitLine> rank(Map<Long, int[]> perUnit, Map<Long, Unit> unitById) {
        List<UnitLine> lines = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : perUnit.entrySet()) {
            int[] a = e.getValue();
            Unit u = unitById.get(e.getKey());
            lines.add(new UnitLine(e.getKey(), u == null ? "单位" + e.getKey() : u.shortName(),
                    a[Col.ASSIGNED.ordinal()], a[Col.COMPLETED.ordinal()], a[Col.COMPLETED_IN_PERIOD.ordinal()],
                    a[Col.DUE.ordinal()], a[Col.ON_TIME.ordinal()], a[Col.OPEN.ordinal()], a[Col.AHEAD.ordinal()],
                    a[Col.ON.ordinal()], a[Col.BEHIND.ordinal()], a[Col.OVERDUE.ordinal()],
                    a[Col.BEHIND_NOT_OVERDUE.ordinal()], a[Col.NORMAL.ordinal()], a[Col.MISSED.ordinal()],
                    a[Col.PROBLEMS.ordinal()], a[Col.RED.ordinal()], 0, false, false));
        }
        Comparator<UnitLine> order = BulletinCounts::compareForRanking;
        Comparator<UnitLine> byDistrictOrder = Comparator
                .comparingInt((UnitLine l) -> unitById.containsKey(l.unitId())
                        ? unitById.get(l.unitId()).sortOrder() : Integer.MAX_VALUE)
                .thenComparingLong(UnitLine::unitId);
        lines.sort(order.thenComparing(byDistrictOrder));
        List<UnitLine> ranked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            UnitLine l = lines.get(i);
            int rank = i + 1;
            // Competition ranking: a unit tied with the one before it shares that one's place.
            if (i > 0 && compareForRanking(lines.get(i - 1), l) == 0) {
                rank = ranked.get(i - 1).rank();
            }
            boolean tied = (i > 0 && compareForRanking(lines.get(i - 1), l) == 0)
                    || (i + 1 < lines.size() && compareForRanking(l, lines.get(i + 1)) == 0);
            ranked.add(new UnitLine(l.unitId(), l.unitName(), l.assigned(), l.completed(), l.completedInPeriod(),
                    l.due(), l.onTime(), l.open(), l.ahead(), l.onSchedule(), l.behind(), l.overdue(),
                    l.behindNotOverdue(), l.normal(), l.missedReports(), l.withProblems(), l.red(), rank, tied,
                    commended(l)));
        }
        return ranked;
    }
}
