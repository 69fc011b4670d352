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

    /** Result of a pass. */
    public record Pass(YearMonth month, int projects, int yellow, int red, long millis) {
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
        LightRuleSet rules = projects.ruleSet();
        WorkingDayCalendar cal = calendars.current();
        int year = month.getYear();
        List<Project> all = store.ofYear(year);
        Map<Long, BigDecimal[]> cum = store.cumulativesOfYear(year);
        Map<Long, List<ProjectNode>> open = store.openNodesAsOf(year, asOf);
        Map<Long, List<String>> history = store.lightsBefore(year, month);
        List<Object[]> rows = new ArrayList<>(all.size());
        List<TaskFindings.Finding> out = new ArrayList<>();
        int yellow = 0;
        int red = 0;
        for (Project p : all) {
            List<ProjectNode> nodes = open.getOrDefault(p.id(), List.of());
            boolean startNodeOpen = nodes.stream().anyMatch(n -> n.name().equals("开工"));
            List<Integer> approvals = startNodeOpen ? nodes.stream().filter(ProjectNode::approval)
                    .map(ProjectNode::workingDays).toList() : List.of();
            List<ProjectLightRule.OpenNode> due = nodes.stream()
                    .map(n -> new ProjectLightRule.OpenNode(n.name(), n.dueDate())).toList();
            BigDecimal[] months = cum.get(p.id());
            BigDecimal c = months == null ? null : ProjectService.upTo(months, month.getMonthValue());
            ProjectLightRule.Verdict v = ProjectLightRule.judge(new ProjectLightRule.Facts(month, asOf, p.plan(), c,
                    p.plannedStart(), p.startedOn(), p.statsOn(), due, approvals), rules, cal);
            List<Signal> seq = new ArrayList<>();
            history.getOrDefault(p.id(), List.of()).forEach(s -> seq.add(Signal.valueOf(s)));
            seq.add(v.signal());
            Escalation.Suggestion s = Escalation.suggest(seq, rules);
            rows.add(new Object[] {p.id(), Date.valueOf(month.atDay(1)), v.signal().name(),
                    v.of(ProjectLightRule.Dimension.START).name(), v.of(ProjectLightRule.Dimension.INVESTMENT).name(),
                    v.of(ProjectLightRule.Dimension.NODES).name(), v.of(ProjectLightRule.Dimension.STATS).name(),
                    v.reason(), v.scheduleShare(), v.completionShare(), s.step().name(), s.reason(), rules.code()});
            if (v.signal() == Signal.YELLOW) {
                yellow++;
            } else if (v.signal() == Signal.RED) {
                red++;
            }
            if (v.signal().warns() && p.taskId() != null) {
                out.add(new TaskFindings.Finding(p.taskId(), SOURCE, String.valueOf(p.id()),
                        v.signal() == Signal.RED ? FindingLevel.RED : FindingLevel.YELLOW,
                        "重点项目" + ProjectRules.label(month) + "亮" + v.signal().label() + "：" + v.reason()
                                + (s.step() == Escalation.Step.NONE ? "" : "（" + s.reason() + "）"),
                        "/projects/" + p.id()));
            }
        }
        store.upsertLights(rows);
        if (toLedger) {
            findings.replaceAll(SOURCE, out);
        }
        return new Pass(month, all.size(), yellow, red, (System.nanoTime() - t0) / 1_000_000);
    }
}
