package cn.luoshi.projects;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.FindingLevel;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.projects.rules.Escalation;
import cn.luoshi.projects.rules.LightRuleSet;
import cn.luoshi.projects.rules.ProjectLightRule;
import cn.luoshi.projects.rules.Signal;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重点项目亮灯 pass: every project of the judged month's year, by the rule set in force, in one batch; the lights go
 * to {@code project_light} (one row per project and month, rewritten only when changed) and, for the current pass, to
 * the ledger tasks as findings ({@link TaskFindings}, source "projects"), so the task's light, 督办单, reminders and
 * bulletins see them. Runs after every 月报, import and node change, nightly, and on demand.
 */
@Service
public class ProjectLights {

    public static final String SOURCE = "projects";
    private static final Logger log = LoggerFactory.getLogger(ProjectLights.class);

    private final ProjectStore store;
    private final ProjectService projects;
    private final WorkingCalendars calendars;
    private final TaskFindings findings;
    private final Clock clock;

    ProjectLights(ProjectStore store, ProjectService projects, WorkingCalendars calendars, TaskFindings findings,
            Clock clock) {
        this.store = store;
        this.projects = projects;
        this.calendars = calendars;
        this.findings = findings;
        this.clock = clock;
    }

    /**
     * The findings this JVM last saw committed on the ledger (source "projects"), so that a pass whose findings did
     * not change skips reading the ledger's (thousands of rows at city scale). Set after commit only; trusted for
     * ten minutes, and the nightly pass always compares with the ledger.
     */
    private record Published(java.util.Set<TaskFindings.Finding> findings, long at) {
    }

    private static final long PUBLISHED_TRUST_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    private volatile Published published;

    private void rememberAfterCommit(java.util.Set<TaskFindings.Finding> now) {
        published = null;
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            published = new Published(now, System.nanoTime());
                        }
                    });
        }
    }

    /** Result of a pass. */
    public record Pass(YearMonth month, int projects, int yellow, int red, long millis, String phases) {
    }

    /** The current pass: the judged month (上月) as of today; findings on the ledger tasks. */
    @Transactional
    public Pass recompute() {
        YearMonth month = projects.judgedMonth();
        Pass p = recompute(month, LocalDate.now(clock), true);
        return p;
    }

    @Scheduled(cron = "${luoshi.projects.lights-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
    public void nightly() {
        published = null; // compare with the ledger itself at least once a day
        Pass p = recompute();
        log.info("重点项目亮灯：{}，{}个项目，黄灯{}个，红灯{}个，{}毫秒", p.month(), p.projects(), p.yellow(), p.red(), p.millis());
    }

    /**
     * Lights for {@code month} as of {@code asOf} (a past month: its last day). With {@code toLedger}, the warnings
     * replace the module's findings on the ledger tasks.
     */
    @Transactional
    public Pass recompute(YearMonth month, LocalDate asOf, boolean toLedger) {
        long t0 = System.nanoTime();
        int year = month.getYear();
        // one row per project from each read: the cumulative through the month, the nodes open as of the day, the
        // earlier months' lights as one string, this month's stored light (to write only what changed)
        List<Project> all = store.ofYear(year);
        long r1 = System.nanoTime();
        Map<Long, BigDecimal> cum = store.cumulativeThrough(year, month);
        long r2 = System.nanoTime();
        Map<Long, List<ProjectNode>> nodes = store.openNodesAsOf(year, asOf);
        long r3 = System.nanoTime();
        Map<Long, List<String>> history = store.lightsBefore(year, month);
        long r4 = System.nanoTime();
        Map<Long, MonthLight> stored = store.lightsOf(year, month);
        long t1 = System.nanoTime();
        String reads = "（项目" + (r1 - t0) / 1_000_000 + "、月报" + (r2 - r1) / 1_000_000 + "、节点" + (r3 - r2) / 1_000_000
                + "、往月" + (r4 - r3) / 1_000_000 + "、本月" + (t1 - r4) / 1_000_000 + "）";
        List<Object[]> rows = new ArrayList<>(all.size());
        List<TaskFindings.Finding> out = new ArrayList<>();
        int[] counts = judge(all, cum, nodes, history, month, asOf, projects.ruleSet(), calendars.current(), rows, out);
        long t2 = System.nanoTime();
        List<Object[]> changed = rows.stream().filter(r -> changed(r, stored.get((Long) r[0]))).toList();
        if (!changed.isEmpty()) {
            store.upsertLights(changed);
        }
        long t3 = System.nanoTime();
        if (toLedger) {
            java.util.Set<TaskFindings.Finding> now = new java.util.HashSet<>(out);
            Published last = published;
            boolean known = last != null && last.findings().equals(now)
                    && last.at() > System.nanoTime() - PUBLISHED_TRUST_NANOS;
            if (!known) {
                if (!new java.util.HashSet<>(findings.of(SOURCE)).equals(now)) {
                    findings.replaceAll(SOURCE, out); // only when something changed: the ledger recomputes touched tasks
                }
                rememberAfterCommit(now);
            }
        }
        long t4 = System.nanoTime();
        return new Pass(month, all.size(), counts[1], counts[2], (t4 - t0) / 1_000_000,
                "读取" + (t1 - t0) / 1_000_000 + reads + "、评价" + (t2 - t1) / 1_000_000 + "、写入" + (t3 - t2) / 1_000_000
                        + "（" + changed.size() + "行有变化）"
                        + "、台账预警" + (t4 - t3) / 1_000_000 + "毫秒");
    }

    /**
     * The lights of the months {@code from} … {@code to} of one year, each as of its last day (a backfill: the
     * demo, an import of past months), with escalation carried month to month; one read, one batch write, no
     * findings (those belong to the current pass).
     */
    @Transactional
    public int recomputeMonths(YearMonth from, YearMonth to) {
        int year = from.getYear();
        List<Project> all = store.ofYear(year);
        Map<Long, BigDecimal[]> cum = store.cumulativesOfYear(year);
        Map<Long, List<ProjectNode>> nodes = store.allNodes(year);
        Map<Long, List<String>> history = store.lightsBefore(year, from);
        LightRuleSet rules = projects.ruleSet();
        WorkingDayCalendar cal = calendars.current();
        List<Object[]> rows = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && m.getYear() == year; m = m.plusMonths(1)) {
            List<Object[]> month = new ArrayList<>();
            Map<Long, BigDecimal> through = new java.util.HashMap<>();
            for (var e : cum.entrySet()) {
                through.put(e.getKey(), ProjectService.upTo(e.getValue(), m.getMonthValue()));
            }
            judge(all, through, nodes, history, m, m.atEndOfMonth(), rules, cal, month, new ArrayList<>());
            for (Object[] r : month) {
                history.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[2]);
            }
            rows.addAll(month);
        }
        store.upsertLights(rows);
        return rows.size();
    }

    /** The ledger keeps a finding's reason to this many characters; the project page has the rest. */
    static final int REASON_MAX = cn.luoshi.ledger.TaskFindings.Finding.MAX_REASON;

    static String clip(String s) {
        return s.length() <= REASON_MAX ? s : s.substring(0, REASON_MAX - 1) + "…";
    }

    /** True when a judged row differs from the stored one in what the upsert compares (shares as stored: 2 places). */
    static boolean changed(Object[] r, MonthLight s) {
        return s == null || !r[2].equals(s.light()) || !java.util.Objects.equals(r[7], s.reason())
                || !java.util.Objects.equals(r[10], s.escalation()) || !java.util.Objects.equals(r[12], s.preset())
                || !sameShare((BigDecimal) r[8], s.scheduleShare()) || !sameShare((BigDecimal) r[9], s.completionShare());
    }

    private static boolean sameShare(BigDecimal judged, BigDecimal stored) {
        if (judged == null || stored == null) {
            return judged == stored;
        }
        return judged.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(stored) == 0;
    }

    private static int[] judge(List<Project> all, Map<Long, BigDecimal> cum, Map<Long, List<ProjectNode>> allNodes,
            Map<Long, List<String>> history, YearMonth month, LocalDate asOf, LightRuleSet rules,
            WorkingDayCalendar cal, List<Object[]> rows, List<TaskFindings.Finding> out) {
        int[] counts = new int[3];
        for (Project p : all) {
            List<ProjectNode> nodes = allNodes.getOrDefault(p.id(), List.of()).stream()
                    .filter(n -> n.doneOn() == null || n.doneOn().isAfter(asOf)).toList();
            boolean startNodeOpen = nodes.stream().anyMatch(n -> n.name().equals("开工"));
            List<Integer> approvals = startNodeOpen ? nodes.stream().filter(ProjectNode::approval)
                    .map(ProjectNode::workingDays).toList() : List.of();
            List<ProjectLightRule.OpenNode> due = nodes.stream()
                    .map(n -> new ProjectLightRule.OpenNode(n.name(), n.dueDate())).toList();
            BigDecimal c = cum.get(p.id()); // null: no report this year
            // 续建 and 竣工 projects are under way even when the list gives no start date
            boolean underWay = p.kind() == ProjectKind.CONTINUED || p.kind() == ProjectKind.COMPLETING;
            LocalDate plannedStart = underWay && p.startedOn() == null ? null : p.plannedStart();
            ProjectLightRule.Verdict v = ProjectLightRule.judge(new ProjectLightRule.Facts(month, asOf, p.plan(), c,
                    plannedStart, p.startedOn(), p.statsOn(), due, approvals), rules, cal);
            List<Signal> seq = new ArrayList<>();
            history.getOrDefault(p.id(), List.of()).forEach(s -> seq.add(Signal.valueOf(s)));
            seq.add(v.signal());
            Escalation.Suggestion s = Escalation.suggest(seq, rules);
            rows.add(new Object[] {p.id(), Date.valueOf(month.atDay(1)), v.signal().name(),
                    v.of(ProjectLightRule.Dimension.START).name(), v.of(ProjectLightRule.Dimension.INVESTMENT).name(),
                    v.of(ProjectLightRule.Dimension.NODES).name(), v.of(ProjectLightRule.Dimension.STATS).name(),
                    v.reason(), v.scheduleShare(), v.completionShare(), s.step().name(), s.reason(), rules.code()});
            counts[v.signal().ordinal()]++;
            if (v.signal().warns() && p.taskId() != null) {
                out.add(new TaskFindings.Finding(p.taskId(), SOURCE, String.valueOf(p.id()),
                        v.signal() == Signal.RED ? FindingLevel.RED : FindingLevel.YELLOW,
                        clip("重点项目" + ProjectRules.label(month) + "亮" + v.signal().label() + "："
                                + (s.step() == Escalation.Step.NONE ? "" : s.reason() + "；") + v.reason()),
                        "/projects/" + p.id()));
            }
        }
        return counts;
    }
}
