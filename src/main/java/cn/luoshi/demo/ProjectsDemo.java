package cn.luoshi.demo;

import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UserAccount;
import cn.luoshi.projects.MonthlyReportForm;
import cn.luoshi.projects.Project;
import cn.luoshi.projects.ProjectBulletins;
import cn.luoshi.projects.ProjectForm;
import cn.luoshi.projects.ProjectKind;
import cn.luoshi.projects.ProjectLevel;
import cn.luoshi.projects.ProjectLights;
import cn.luoshi.projects.ProjectService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: a district's 重点项目 list drawn from the seeds — 001's 城建 works and 谷X工程, 002's 呼南高铁豫西通道 hub,
 * 地铁3号线 商圈 and 全民健身中心, 003's 在建重特大项目 (恒润冷轧, 扬力铸锻), 江都路 and 二里桥路 — with monthly plans, a
 * year of monthly investment (each project at its own pace against 序时, so lights spread over green, yellow and red),
 * nodes, problems in the last 月报, the lights of every month and one 调度通报. Skips when projects exist.
 */
@Component
@Order(40)
class ProjectsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectsDemo.class);

    private final boolean enabled;
    private final ProjectService projects;
    private final ProjectLights lights;
    private final ProjectBulletins bulletins;
    private final TaskService tasks;
    private final OrgDirectory org;
    private final TransactionTemplate tx;

    ProjectsDemo(@Value("${luoshi.demo-data:true}") boolean enabled, ProjectService projects, ProjectLights lights,
            ProjectBulletins bulletins, TaskService tasks, OrgDirectory org, TransactionTemplate tx) {
        this.enabled = enabled;
        this.projects = projects;
        this.lights = lights;
        this.bulletins = bulletins;
        this.tasks = tasks;
        this.org = org;
        this.tx = tx;
    }

    /**
     * One demo project: pace = completed ÷ plan each month (1 on schedule); start and 入库 months relative to the
     * year (0: started in an earlier year); problem: in the last 月报.
     */
    record Seed(String code, String name, ProjectLevel level, String category, ProjectKind kind, String unit,
            String leader, String owner, String place, String totalYi, int annualPlan, int plannedStartMonth,
            Integer startedMonth, Integer statsMonth, int completionYearOffset, double pace, String progress,
            String problem) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("ZD-01", "谷X工程（谷水路快速化改造）", ProjectLevel.CITY, "城建交通", ProjectKind.CONTINUED, "住建",
                    "张卫东", "区城市建设投资有限公司", "谷水街道", "12.6", 35000, 1, 0, 0, 1, 1.02,
                    "主线高架桥墩柱完成86%，上部结构架梁过半", null),
            new Seed("ZD-02", "呼南高铁豫西通道谷水站综合交通枢纽", ProjectLevel.PROVINCE, "交通枢纽", ProjectKind.NEW, "发改",
                    "张卫东", "市交通投资集团", "谷水片区", "45", 60000, 3, 5, null, 3, 0.55,
                    "站房基础施工，地下通道围护结构施工中", "【征迁腾地】站前广场地块剩余17户未签约\n【资金】市级配套资金到位率不足40%"),
            new Seed("ZD-03", "地铁3号线牡丹广场站商圈配套工程", ProjectLevel.CITY, "城建交通", ProjectKind.PRELIMINARY, "规划",
                    "张卫东", "市轨道交通集团", "牡丹广场", "8.5", 3000, 12, null, null, 3, 0.9,
                    "方案设计完成，正在办理用地预审", "【手续】用地预审与规划选址意见书尚未批复"),
            new Seed("ZD-04", "邓亚萍全民健身中心", ProjectLevel.DISTRICT, "社会事业", ProjectKind.NEW, "教体", "陈志强",
                    "区文体旅投公司", "新城街道", "3.2", 12000, 4, 4, 5, 2, 0.78,
                    "主体结构封顶，正在进行幕墙安装", "【资金】专项债资金拨付滞后"),
            new Seed("ZD-05", "恒润冷轧项目", ProjectLevel.PROVINCE, "先进制造", ProjectKind.CONTINUED, "工信", "刘晓燕",
                    "恒润钢铁有限公司", "产业集聚区", "32", 80000, 1, 0, 0, 1, 1.0,
                    "冷轧主厂房完成，酸轧机组安装调试", null),
            new Seed("ZD-06", "扬力铸锻项目", ProjectLevel.CITY, "先进制造", ProjectKind.CONTINUED, "工信", "刘晓燕",
                    "扬力集团铸锻有限公司", "产业集聚区", "18", 40000, 1, 0, 0, 1, 0.6,
                    "铸造车间钢结构完成，锻造车间基础施工", "【资金】企业融资未到位，设备采购合同延期签订"),
            new Seed("ZD-07", "江都路改造工程", ProjectLevel.DISTRICT, "城建交通", ProjectKind.COMPLETING, "住建", "张卫东",
                    "区住房和城乡建设局", "南关街道", "2.4", 9000, 1, 0, 0, 0, 1.0,
                    "路面摊铺完成，附属设施与绿化收尾", null),
            new Seed("ZD-08", "二里桥路跨京杭大运河节点工程", ProjectLevel.CITY, "城建交通", ProjectKind.NEW, "住建",
                    "张卫东", "区城市建设投资有限公司", "北郊街道", "6.8", 8000, 9, null, null, 2, 0.0,
                    "施工图审查中，跨河桥涉航评价待批", "【手续】涉河建设方案和通航论证尚未批复"),
            new Seed("ZD-09", "老旧小区改造（115个）", ProjectLevel.DISTRICT, "民生保障", ProjectKind.CONTINUED, "住建", "张卫东",
                    "各街道办事处", "全区", "5.6", 30000, 1, 0, 0, 0, 0.97,
                    "已完工98个，17个小区外立面和管网改造中", null),
            new Seed("ZD-10", "谷水交通枢纽经济圈策划", ProjectLevel.DISTRICT, "现代服务", ProjectKind.PLANNED, "发改", "刘晓燕",
                    "区发展和改革委员会", "谷水片区", "0.2", 600, 1, null, null, 1, 1.0,
                    "概念规划通过专家评审，招商策划编制中", null),
            new Seed("ZD-11", "牡丹广场地铁枢纽经济圈商业综合体", ProjectLevel.CITY, "现代服务", ProjectKind.NEW, "商务", "刘晓燕",
                    "城发置业有限公司", "牡丹广场", "15", 20000, 6, 7, 9, 3, 0.8,
                    "基坑支护完成，地下室底板浇筑", "【手续】人防工程报建未完成"),
            new Seed("ZD-12", "七里河高端消费商圈提升", ProjectLevel.DISTRICT, "现代服务", ProjectKind.CONTINUED, "商务", "刘晓燕",
                    "七里河商业管理公司", "七里河", "3.5", 9000, 1, 0, 0, 1, 1.05,
                    "街区立面改造完成，智慧停车系统上线", null),
            new Seed("ZD-13", "城中村改造（东城片区）", ProjectLevel.DISTRICT, "城建交通", ProjectKind.CONTINUED, "东城街道",
                    "张卫东", "区城市更新公司", "东城街道", "22", 45000, 1, 0, 0, 2, 0.82,
                    "安置房7栋主体封顶，片区拆除完成92%", "【征迁腾地】剩余23户未签约，影响地块出让"),
            new Seed("ZD-14", "幸福河湖建设（涧河综合治理）", ProjectLevel.DISTRICT, "生态环保", ProjectKind.CONTINUED, "城管",
                    "张卫东", "区水务投资公司", "涧河沿线", "4.3", 15000, 1, 0, 0, 1, 0.99,
                    "清淤完成，生态护岸施工中", null),
            new Seed("ZD-15", "智能装备产业园标准化厂房", ProjectLevel.DISTRICT, "先进制造", ProjectKind.NEW, "工信", "刘晓燕",
                    "区产业投资集团", "产业集聚区", "6", 18000, 3, 3, 4, 1, 0.96,
                    "8栋厂房主体完工，3家企业签约入驻", null),
            new Seed("ZD-16", "全民健身百姓健身房（22个社区健身中心）", ProjectLevel.DISTRICT, "社会事业", ProjectKind.NEW,
                    "教体", "陈志强", "区教育体育局", "全区", "0.66", 2200, 3, 3, 4, 0, 0.9,
                    "已建成18个，4个在装修", null));

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || projects.anyProject() || org.findUnitByName("住建").isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        CurrentUser system = SystemUser.INSTANCE;
        YearMonth judged = projects.judgedMonth();
        int year = judged.getYear();
        List<Person> leaders = org.leaders();
        List<ProjectForm> forms = new ArrayList<>();
        for (Seed s : SEEDS) {
            forms.add(form(s, year, leaders));
        }
        long[] phase = new long[5];
        tx.executeWithoutResult(st -> {
            List<Long> ids = projects.createAll(forms, system);
            phase[0] = System.nanoTime();
            List<ProjectService.MonthEntry> months = new ArrayList<>();
            for (int i = 0; i < SEEDS.size(); i++) {
                Seed s = SEEDS.get(i);
                Project p = projects.get(ids.get(i), system);
                accept(p); // 签收 by the lead unit, as it would (otherwise the task lights 超期未签收)
                if (s.pace() >= 0.85) {
                    finishDueNodes(p, judged.atEndOfMonth());
                }
                int last = s.problem() == null ? judged.getMonthValue() : judged.getMonthValue() - 1;
                for (int m = 1; m <= last; m++) {
                    months.add(new ProjectService.MonthEntry(p.id(), YearMonth.of(year, m), amount(s, p, m),
                            m >= judged.getMonthValue() - 1 ? s.progress() : null, null));
                }
            }
            phase[1] = System.nanoTime();
            projects.recordMonths(months, system);
            if (judged.getMonthValue() > 1) {
                lights.recomputeMonths(YearMonth.of(year, 1), judged.minusMonths(1));
            }
            phase[2] = System.nanoTime();
            for (int i = 0; i < SEEDS.size(); i++) {
                Seed s = SEEDS.get(i);
                if (s.problem() == null) {
                    continue; // reported with the others above
                }
                Project p = projects.get(ids.get(i), system);
                MonthlyReportForm f = new MonthlyReportForm();
                f.month = judged;
                f.monthInvestment = amount(s, p, judged.getMonthValue());
                f.progress = s.progress();
                f.problems = s.problem();
                projects.report(p.id(), f, List.of(), reporter(p).orElse(system));
            }
            phase[3] = System.nanoTime();
            bulletins.issue(judged, system); // recomputes the month's lights, findings on the ledger tasks
        });
        phase[4] = System.nanoTime();
        log.info("已载入重点项目演示数据：{}个项目，{}年1—{}月投资（{}毫秒：新建{}、签收{}、月报与逐月亮灯{}、带问题月报{}、亮灯通报与提交{}）",
                SEEDS.size(), year, judged.getMonthValue(), (phase[4] - t0) / 1_000_000, (phase[0] - t0) / 1_000_000,
                (phase[1] - phase[0]) / 1_000_000, (phase[2] - phase[1]) / 1_000_000,
                (phase[3] - phase[2]) / 1_000_000, (phase[4] - phase[3]) / 1_000_000);
    }

    ProjectForm form(Seed s, int year, List<Person> leaders) {
        ProjectForm f = new ProjectForm();
        f.year = year;
        f.code = s.code();
        f.name = s.name();
        f.level = s.level();
        f.category = s.category();
        f.kind = s.kind();
        f.leadUnitId = unitId(s.unit());
        f.owner = s.owner();
        f.place = s.place();
        f.totalInvestmentYi = new BigDecimal(s.totalYi());
        f.annualPlan = BigDecimal.valueOf(s.annualPlan());
        f.plannedStart = s.startedMonth() != null && s.startedMonth() == 0 ? LocalDate.of(year - 1, 3, 15)
                : LocalDate.of(year, s.plannedStartMonth(), 15);
        if (s.kind() == ProjectKind.PRELIMINARY) {
            f.plannedStart = LocalDate.of(year + 1, 3, 1);
        }
        if (s.kind() == ProjectKind.PLANNED) {
            f.plannedStart = null; // 谋划: no start date yet
        }
        f.plannedCompletion = s.completionYearOffset() == 0 ? LocalDate.of(year, 12, 25)
                : LocalDate.of(year + s.completionYearOffset(), 6, 30);
        f.startedOn = s.startedMonth() == null ? null : s.startedMonth() == 0 ? LocalDate.of(year - 1, 3, 20)
                : LocalDate.of(year, s.startedMonth(), 20);
        f.statsOn = s.statsMonth() == null ? null : s.statsMonth() == 0 ? LocalDate.of(year - 1, 4, 25)
                : LocalDate.of(year, s.statsMonth(), 25);
        f.leaderId = leaders.stream().filter(p -> p.name().equals(s.leader())).map(Person::id).findFirst()
                .orElse(null);
        return f;
    }

    private Long unitId(String name) {
        return org.findUnitByName(name).map(Unit::id).orElseThrow();
    }

    /** The month's investment: the month's plan at the project's pace, a little uneven (never negative). */
    static BigDecimal amount(Seed s, Project p, int month) {
        BigDecimal plan = p.monthlyPlan().get(month - 1);
        double wobble = 1 + ((month * 7 + s.code().hashCode()) % 5 - 2) * 0.03;
        return plan.multiply(BigDecimal.valueOf(s.pace() * wobble)).setScale(0, RoundingMode.HALF_UP);
    }

    /** A project on pace has done the nodes due by now, on their dates. */
    private void finishDueNodes(Project p, LocalDate by) {
        for (var n : projects.nodes(p.id(), SystemUser.INSTANCE)) {
            if (n.doneOn() == null && n.dueDate() != null && !n.dueDate().isAfter(by)) {
                projects.updateNode(p.id(), n.id(), n.dueDate(), n.dueDate(), n.version(), SystemUser.INSTANCE);
            }
        }
    }

    /** 签收 by the lead unit's first account, so reports and problems go on a task being worked on. */
    private void accept(Project p) {
        reporter(p).ifPresent(u -> {
            var t = tasks.get(p.taskId(), u);
            if (t.status() == TaskStatus.ASSIGNED) {
                tasks.accept(t.id(), t.version(), u);
            }
        });
    }

    private Optional<CurrentUser> reporter(Project p) {
        return org.users().stream().filter(u -> u.enabled() && p.leadUnitId() == java.util.Objects.requireNonNullElse(
                u.unitId(), -1L) && u.role().isUnitRole()).findFirst().map(ProjectsDemo::user);
    }

    static CurrentUser user(UserAccount u) {
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.unitId(), u.unitName());
    }
}
