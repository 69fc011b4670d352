package cn.luoshi.ledger.web;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.LedgerTodo;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskRow;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.TaskWorkflowService;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 领导视图 (issue 12): the tasks a 区领导 leads (牵头区领导) with their lights, red and yellow first; the items whose
 * latest report asks for his coordination (需领导协调); and, for the leader himself, his 待审批. The 督查室 (and any
 * user who sees the whole ledger) sees the same page per leader; a unit user may not.
 */
@Controller
class LeaderController {

    private static final int MAX = 5000;

    private final TaskService tasks;
    private final TaskWorkflowService workflow;
    private final LedgerTodo todo;
    private final OrgDirectory org;
    private final Clock clock;
    private cn.luoshi.ledger.MonthlyStanding standing;

    LeaderController(TaskService tasks, TaskWorkflowService workflow, LedgerTodo todo, OrgDirectory org, Clock clock) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.todo = todo;
        this.org = org;
        this.clock = clock;
    }

    /** The month-by-month trend (a setter: the constructor is shared with other work). */
    @org.springframework.beans.factory.annotation.Autowired
    void setStanding(cn.luoshi.ledger.MonthlyStanding standing) {
        this.standing = standing;
    }

    private cn.luoshi.ledger.LightTrend lightTrend;

    /** The month-by-month light trend (亮灯快照). */
    @org.springframework.beans.factory.annotation.Autowired
    void setLightTrend(cn.luoshi.ledger.LightTrend lightTrend) {
        this.lightTrend = lightTrend;
    }

    /** Months the trend shows. */
    static final int TREND_MONTHS = 6;

    @GetMapping("/leader")
    String page(@RequestParam(required = false) Long personId, CurrentUser me, Model model) {
        if (!me.seesEverything()) {
            throw new ForbiddenException("领导视图只对区领导和督查室开放");
        }
        List<Person> leaders = org.leaders();
        Long person = me.isLeader() ? org.personIdOf(me.id()).orElse(null)
                : personId != null ? personId : leaders.isEmpty() ? null : leaders.get(0).id();
        if (person == null) {
            throw new NotFoundException("区领导", 0L);
        }
        Person leader = org.person(person).filter(Person::leader).orElseThrow(() -> new NotFoundException("区领导", person));
        List<TaskRow> rows = new ArrayList<>();
        tasks.forEachRow(new TaskQuery(null, person, null, null, null, null, null, null, null, null), me, r -> {
            if (rows.size() < MAX) {
                rows.add(r);
            }
        });
        rows.sort(Comparator.comparingInt((TaskRow r) -> severity(r.light())).thenComparing(TaskRow::deadline,
                Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        rows.forEach(r -> {
            if (r.light() != null) {
                lights.merge(r.light(), 1, Integer::sum);
            }
        });
        // 分管: tasks led by the units in his portfolio that he does not lead himself.
        java.util.Set<Long> own = new java.util.HashSet<>();
        rows.forEach(r -> own.add(r.id()));
        List<cn.luoshi.org.Unit> portfolio = org.portfolioUnits(person);
        List<TaskRow> overseen = new ArrayList<>();
        for (cn.luoshi.org.Unit u : portfolio) {
            tasks.forEachRow(new TaskQuery(u.id(), null, null, null, null, null, null, null, null, null), me, r -> {
                if (overseen.size() < MAX && Long.valueOf(u.id()).equals(r.leadUnitId()) && !own.contains(r.id())) {
                    overseen.add(r);
                }
            });
        }
        overseen.sort(Comparator.comparingInt((TaskRow r) -> severity(r.light())).thenComparing(TaskRow::deadline,
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<Long> all = new ArrayList<>(own);
        overseen.forEach(r -> all.add(r.id()));
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("overseen", overseen);
        var trend = standing.of(all, TREND_MONTHS, LocalDate.now(clock));
        model.addAttribute("trend", trend);
        // Plain maps for the chart script, so the page does not depend on how records serialise.
        model.addAttribute("trendChart", trend.stream().map(m -> java.util.Map.<String, Object>of("label", m.label(),
                "completed", m.completed(), "overdue", m.overdue(), "open", m.open())).toList());
        var lightMonths = lightTrend.of(all, TREND_MONTHS, LocalDate.now(clock));
        model.addAttribute("lightTrend", lightMonths);
        model.addAttribute("lightChart", lightMonths.stream().map(m -> {
            Map<String, Object> o = new java.util.HashMap<>();
            o.put("label", m.label());
            o.put("data", m.hasData());
            o.put("red", m.red());
            o.put("yellow", m.yellow());
            o.put("green", m.green());
            o.put("blue", m.blue());
            o.put("grey", m.grey());
            return o;
        }).toList());
        if (!me.isLeader()) {
            // The 督查室's overview: every leader's led tasks, month by month (two statements for all leaders).
            Map<Long, List<cn.luoshi.ledger.LightTrend.Month>> byLeader = lightTrend.byLeader(TREND_MONTHS,
                    LocalDate.now(clock));
            List<Map<String, Object>> overview = new ArrayList<>();
            for (Person p : leaders) {
                List<cn.luoshi.ledger.LightTrend.Month> m = byLeader.get(p.id());
                if (m != null) {
                    overview.add(Map.of("leader", p, "months", m));
                }
            }
            model.addAttribute("leaderOverview", overview);
            model.addAttribute("overviewMonths", lightMonths);
        }
        model.addAttribute("leader", leader);
        model.addAttribute("leaders", leaders);
        model.addAttribute("rows", rows);
        model.addAttribute("lights", lights);
        model.addAttribute("coordination", todo.coordination(person));
        model.addAttribute("pending", me.isLeader() ? workflow.pending(me) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return "tasks/leader";
    }

    private static int severity(Light light) {
        if (light == null) {
            return 9;
        }
        return switch (light) {
            case RED -> 0;
            case YELLOW -> 1;
            case GREEN -> 2;
            case GREY -> 3;
            case BLUE -> 4;
            default -> 5;
        };
    }
}
