package cn.luoshi.projects;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.KeptUntilChange;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PageResult;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.ProblemForm;
import cn.luoshi.ledger.ProblemService;
import cn.luoshi.ledger.ProgressService;
import cn.luoshi.ledger.ReportForm;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.projects.rules.BackwardSchedule;
import cn.luoshi.projects.rules.InvestmentPlan;
import cn.luoshi.projects.rules.LightRuleSet;
import cn.luoshi.projects.rules.ProjectRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重点项目: the list (scoped: a unit sees its own projects, the 督查室, leaders and the 发改 office see all), the project
 * page, new projects (each becomes a ledger task under "YYYY年重点项目"), 月报 with problems (ledger problems) and
 * photos, nodes (倒排工期), rates, and the rule set in force. Managing (new projects, imports, the rule set, nodes)
 * is for the 督查室 and the users of the projects office unit ({@code luoshi.projects.office-unit}, default 发改).
 */
@Service
public class ProjectService {

    /** The ledger tag on the projects' tasks. */
    public static final String TAG = "重点项目";
    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    static final int PHOTO_MAX = 5 * 1024 * 1024;

    private final ProjectStore store;
    private final cn.luoshi.ledger.DirectiveService directives;
    private final TaskService tasks;
    private final ProblemService problems;
    private final ProgressService progress;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final String officeUnit;
    /** Pages of the list kept until a project, 月报 or light changes (decision 194). */
    private final KeptUntilChange<PageKey, PageResult<ProjectRow>> pages;

    ProjectService(ProjectStore store, cn.luoshi.ledger.DirectiveService directives, TaskService tasks,
            ProblemService problems, ProgressService progress, OrgDirectory org, AuditLog audit,
            WorkingCalendars calendars, Clock clock, @Value("${luoshi.projects.office-unit:发改}") String officeUnit,
            @Value("${luoshi.projects.keep-list:true}") boolean keepList) {
        this.pages = store.keptUntilChange(keepList);
        this.store = store;
        this.directives = directives;
        this.tasks = tasks;
        this.problems = problems;
        this.progress = progress;
        this.org = org;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
        this.officeUnit = officeUnit;
    }

    // ---- who ------------------------------------------------------------------------------------------------------

    /** The 督查室, admins and the projects office (发改) manage projects. */
    public boolean mayManage(CurrentUser me) {
        if (me.managesLedger()) {
            return true;
        }
        return me.isUnitUser() && me.unitId() != null
                && org.unit(me.unitId()).map(u -> u.answersTo(officeUnit)).orElse(false);
    }

    boolean seesAll(CurrentUser me) {
        return me.seesEverything() || mayManage(me);
    }

    void requireManager(CurrentUser me) {
        if (!mayManage(me)) {
            throw new ForbiddenException("只有督查室和" + officeUnit + "可以管理重点项目");
        }
    }

    /** A person as pages show them: "孙丽（督查室）" — name and unit, never the login. */
    public static String who(CurrentUser me) {
        return me.displayName() + (me.unitName() == null ? "" : "（" + me.unitName() + "）");
    }

    public String officeUnit() {
        return officeUnit;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    Clock clock() {
        return clock;
    }

    void auditInvestmentImport(int year, int projects, int months, CurrentUser me) {
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("重点项目月度投资导入", year, null, null),
                "导入" + year + "年重点项目月度投资（" + projects + "个项目，" + months + "个月度数）", null,
                Map.of("项目数", projects, "月度数", months));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The month the lights judge: the last month whose 月报 is due (上月). */
    public YearMonth judgedMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /** Every row of the list for {@code q} (exports); the page shows {@link #page}. */
    public List<ProjectRow> list(ProjectQuery q, CurrentUser me) {
        return store.list(q, listedMonth(q), me, seesAll(me));
    }

    /** Rows on one page of the project list (a district has some hundred key projects; a city thousands). */
    public static final int PAGE_SIZE = 100;

    /** One page of the list ({@link ProjectQuery#page}, 0-based, {@link #pageSize} rows), with the count of all. */
    public PageResult<ProjectRow> page(ProjectQuery q, CurrentUser me) {
        YearMonth month = listedMonth(q);
        boolean all = seesAll(me);
        int page = PageResult.clampPage(q.page);
        int size = pageSize(q);
        PageKey key = new PageKey(q.year, q.unit, q.level, q.kind, q.light, q.q, month, all ? null : me.unitId(), page,
                size);
        return pages.get(key, () -> store.page(q, month, me, all, page, size));
    }

    /** What a page of the list is a function of: the filters, the month of its lights, the scope, the page. */
    private record PageKey(Integer year, Long unit, ProjectLevel level, ProjectKind kind, String light, String text,
            YearMonth month, Long scopeUnit, int page, int size) {
    }

    /** Pages served kept and pages queried (the benchmark's report). */
    public long[] pageStatistics() {
        return pages.statistics();
    }

    /** The SQL and parameters of the first page for {@code q} as {@link #page} runs it (benchmarks compare with it). */
    public java.util.Map.Entry<String, Map<String, Object>> listSql(ProjectQuery q, CurrentUser me) {
        ProjectStore.ListQuery lq = store.listQuery(q, listedMonth(q), me, seesAll(me));
        Map<String, Object> params = new java.util.LinkedHashMap<>(lq.params());
        params.put("limit", pageSize(q));
        params.put("offset", 0);
        return java.util.Map.entry(lq.sql() + " limit :limit offset :offset", params);
    }

    /** Rows a page: {@link ProjectQuery#size} when asked (at most 200, as the task list), else {@link #PAGE_SIZE}. */
    static int pageSize(ProjectQuery q) {
        return q.size == null ? PAGE_SIZE : PageResult.clampSize(q.size);
    }

    /** The month whose lights the list shows: the judged month, or December of an earlier year asked for. */
    private YearMonth listedMonth(ProjectQuery q) {
        YearMonth m = judgedMonth();
        if (q.year != null && q.year != m.getYear()) {
            m = YearMonth.of(q.year, 12).isAfter(m) ? m : YearMonth.of(q.year, 12);
        }
        return m;
    }

    /** 404 for a project outside the caller's scope. */
    public Project get(long id, CurrentUser me) {
        Project p = store.find(id).orElseThrow(() -> new NotFoundException("重点项目", id));
        if (!seesAll(me) && !me.belongsTo(p.leadUnitId())) {
            throw new NotFoundException("重点项目", id);
        }
        return p;
    }

    public ProjectPage page(long id, CurrentUser me) {
        Project p = get(id, me);
        InvestmentPlan plan = p.plan();
        List<BigDecimal> planned = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            planned.add(plan.cumulativeThrough(m));
        }
        BigDecimal[] c = store.cumulativesOfYear(p.year()).getOrDefault(p.id(), new BigDecimal[12]);
        List<MonthLight> lights = store.lights(id);
        YearMonth judged = judgedMonth();
        MonthLight current = lights.stream().filter(l -> l.month().equals(judged.atDay(1))).findFirst()
                .orElse(lights.isEmpty() ? null : lights.get(lights.size() - 1));
        return new ProjectPage(p, store.nodes(id), store.reports(id), lights, current, planned, Arrays.asList(c),
                judged, mayReport(p, me), mayManage(me));
    }

    boolean mayReport(Project p, CurrentUser me) {
        return me.belongsTo(p.leadUnitId()) || me.managesLedger();
    }

    /** The nodes of a project (scope as {@link #get}). */
    public List<ProjectNode> nodes(long id, CurrentUser me) {
        get(id, me);
        return store.nodes(id);
    }

    /**
     * The rule set in force. Read on every list page and every lights pass, changed a few times a year: kept for
     * {@link #PRESET_TTL_NANOS} (so a change made by another instance shows within seconds), dropped at once when this
     * instance changes it, and never stored when a change landed while it was being read (the generation).
     */
    public LightRuleSet ruleSet() {
        CachedPreset c = preset;
        if (c != null && System.nanoTime() - c.at() < PRESET_TTL_NANOS) {
            return c.rules();
        }
        long gen = presetGeneration.get();
        LightRuleSet rules = LightRuleSet.preset(store.preset()).orElse(LightRuleSet.YINCHUAN_2025);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                && presetGeneration.get() == gen) {
            preset = new CachedPreset(rules, System.nanoTime());
        }
        return rules;
    }

    private record CachedPreset(LightRuleSet rules, long at) {
    }

    static final long PRESET_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    private volatile CachedPreset preset;
    private final java.util.concurrent.atomic.AtomicLong presetGeneration = new java.util.concurrent.atomic.AtomicLong();

    private void forgetPreset() {
        presetGeneration.incrementAndGet();
        preset = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            presetGeneration.incrementAndGet();
                            preset = null;
                        }
                    });
        }
    }

    @Transactional
    public void choosePreset(String code, CurrentUser me) {
        requireManager(me);
        LightRuleSet next = LightRuleSet.preset(code)
                .orElseThrow(() -> InvalidInputException.of("preset", "没有这个亮灯规则：" + code));
        LightRuleSet before = ruleSet();
        store.setPreset(next.code(), me.auditName());
        forgetPreset();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("重点项目亮灯规则", 1, null, null),
                "选用重点项目亮灯规则「" + next.name() + "」", Map.of("规则", before.name()), Map.of("规则", next.name()));
    }

    public List<Unit> units() {
        return org.units();
    }

    public List<cn.luoshi.org.Person> leaders() {
        return org.leaders();
    }

    public java.util.Optional<Project> photoProject(long photoId, CurrentUser me) {
        return store.photo(photoId).map(ph -> get(ph.projectId(), me));
    }

    /** A photo of a 月报 the caller may see: file name, type, bytes. */
    public Object[] photo(long photoId, CurrentUser me) {
        ProjectStore.PhotoContent ph = store.photo(photoId).orElseThrow(() -> new NotFoundException("照片", photoId));
        get(ph.projectId(), me);
        return new Object[] {ph.fileName(), ph.contentType(), ph.content()};
    }

    // ---- creating -------------------------------------------------------------------------------------------------

    /** One new project with its ledger task and its nodes (倒排工期), audited. */
    @Transactional
    public Project create(ProjectForm f, CurrentUser me) {
        requireManager(me);
        if (f.year == null) {
            f.year = today().getYear();
        }
        ProjectRules.project(f).throwIfAny();
        return store.find(insert(f, me)).orElseThrow();
    }

    /**
     * Many projects in one transaction (imports, the demo): all or nothing; the ledger tasks are created in one
     * batch ({@link TaskService#createAll}). Returns the ids in order.
     */
    @Transactional
    public List<Long> createAll(List<ProjectForm> forms, CurrentUser me) {
        requireManager(me);
        Map<Integer, Map<String, Long>> names = new java.util.HashMap<>();
        Map<Integer, List<Project>> byYear = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (ProjectForm f : forms) {
            if (f.year == null) {
                f.year = today().getYear();
            }
            ProjectRules.project(f).throwIfAny();
            Map<String, Long> known = names.computeIfAbsent(f.year, store::idsByName);
            if (known.containsKey(f.name.strip())) {
                throw InvalidInputException.of("name", f.year + "年已有项目「" + f.name.strip() + "」");
            }
            long id = store.insert(f.year, f, total(f), monthly(f), me.auditName());
            known.put(f.name.strip(), id);
            ids.add(id);
            byYear.computeIfAbsent(f.year, y -> new ArrayList<>()).add(store.find(id).orElseThrow());
        }
        List<cn.luoshi.audit.AuditLog.Entry> entries = new ArrayList<>();
        for (var e : byYear.entrySet()) {
            List<Project> ps = e.getValue();
            List<Long> taskIds = tasks.createAll(directiveOf(e.getKey()), ps.stream().map(this::taskForm).toList(),
                    SystemUser.INSTANCE);
            for (int i = 0; i < ps.size(); i++) {
                Project p = ps.get(i);
                store.setTask(p.id(), taskIds.get(i));
                schedule(p);
                entries.add(new AuditLog.Entry(AuditAction.CREATE, new AuditLog.Subject("重点项目", p.id(),
                        taskIds.get(i), null), "新建重点项目「" + p.name() + "」", null, snapshot(p)));
            }
        }
        audit.recordAll(me.auditName(), entries);
        return ids;
    }

    /**
     * Edits a project (every field the import takes but the year): the same rules as a new one, 409 when it was saved
     * meanwhile, the ledger task updated as the import makes it (title, lead unit, leader, deadline, annual plan), the
     * nodes re-dated by 倒排工期 on the working-day calendar when the planned dates change (nodes done keep their
     * dates; a new kind takes its kind's nodes), audited.
     */
    @Transactional
    public Project update(long id, ProjectForm f, CurrentUser me) {
        requireManager(me);
        Project before = get(id, me);
        f.year = before.year();
        ProjectRules.project(f).throwIfAny();
        Long other = store.idsByName(before.year()).get(f.name.strip());
        if (other != null && other != id) {
            throw InvalidInputException.of("name", before.year() + "年已有项目「" + f.name.strip() + "」");
        }
        if (f.version == null || store.update(id, f.version, f, total(f), monthly(f)) == 0) {
            throw ConflictException.staleEdit();
        }
        Project after = store.find(id).orElseThrow();
        if (after.taskId() != null) {
            TaskForm t = taskForm(after);
            t.version = tasks.get(after.taskId(), SystemUser.INSTANCE).version();
            tasks.update(after.taskId(), t, SystemUser.INSTANCE);
        }
        if (before.kind() != after.kind()) {
            store.deleteNodes(id);
            schedule(after);
        } else if (!java.util.Objects.equals(before.plannedStart(), after.plannedStart())
                || !java.util.Objects.equals(before.plannedCompletion(), after.plannedCompletion())
                || !java.util.Objects.equals(before.startedOn(), after.startedOn())
                || !java.util.Objects.equals(before.statsOn(), after.statsOn())) {
            Plan plan = plan(after);
            if (plan != null) {
                store.redateNodes(id, plan.template().stream().map(ProjectStore.Template::seq).toList(), plan.due(),
                        plan.done());
            }
        }
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("重点项目", id, after.taskId(), null),
                "修改重点项目「" + after.name() + "」", snapshot(before), snapshot(after));
        return after;
    }

    private static BigDecimal total(ProjectForm f) {
        return f.totalInvestmentYi.movePointRight(4).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> monthly(ProjectForm f) {
        return f.monthlyPlan == null || f.monthlyPlan.isEmpty()
                ? InvestmentPlan.even(f.annualPlan, f.plannedStart != null && f.plannedStart.getYear() == f.year
                        ? f.plannedStart.getMonthValue() : 1).monthly()
                : f.monthlyPlan.stream().map(b -> b == null ? BigDecimal.ZERO : b).toList();
    }

    private long insert(ProjectForm f, CurrentUser me) {
        if (store.idsByName(f.year).containsKey(f.name.strip())) {
            throw InvalidInputException.of("name", f.year + "年已有项目「" + f.name.strip() + "」");
        }
        long id = store.insert(f.year, f, total(f), monthly(f), me.auditName());
        Project p = store.find(id).orElseThrow();
        long taskId = tasks.create(directiveOf(p.year()), taskForm(p), SystemUser.INSTANCE).id();
        store.setTask(id, taskId);
        schedule(p);
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("重点项目", id, taskId, null),
                "新建重点项目「" + p.name() + "」", null, snapshot(p));
        return id;
    }

    private long directiveOf(int year) {
        return store.directiveOfYear(year).orElseGet(() -> {
            DirectiveForm df = new DirectiveForm();
            df.title = year + "年重点项目";
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            df.issuedOn = jan1.isAfter(today()) ? today() : jan1;
            df.issuer = "区政府";
            df.level = DirectiveLevel.DISTRICT;
            df.kind = DirectiveKind.DOCUMENT;
            df.body = year + "年度区重点项目清单：每个项目为一项任务，由责任单位按月报送投资完成和形象进度。";
            Directive d = directives.create(df, SystemUser.INSTANCE);
            store.rememberDirective(year, d.id());
            return d.id();
        });
    }

    private TaskForm taskForm(Project p) {
        TaskForm t = new TaskForm();
        t.kind = TaskKind.TASK;
        t.title = p.name();
        t.description = p.level().label() + "·" + p.kind().label() + "项目，总投资" + p.totalInvestmentYi().toPlainString()
                + "亿元" + (p.owner() == null ? "" : "，业主单位" + p.owner()) + (p.place() == null ? "" : "，建设地点"
                + p.place());
        t.targetValue = p.annualPlan();
        t.targetUnit = "万元";
        t.targetObject = "年度计划投资";
        t.targetPeriod = p.year() + "年";
        t.startDate = p.plannedStart() != null && p.plannedStart().getYear() == p.year() ? p.plannedStart()
                : LocalDate.of(p.year(), 1, 1);
        LocalDate deadline = p.plannedCompletion() != null ? p.plannedCompletion() : LocalDate.of(p.year(), 12, 31);
        t.deadline = deadline.isBefore(t.startDate) ? t.startDate : deadline;
        t.leadUnitId = p.leadUnitId();
        t.leadLeaderId = p.leaderId();
        t.tags = new ArrayList<>(List.of(TAG));
        return t;
    }

    /** 倒排工期 from the kind's template; nodes whose deadline is already behind a recorded start count as done. */
    private void schedule(Project p) {
        Plan plan = plan(p);
        if (plan != null) {
            store.insertNodes(p.id(), plan.template(), plan.due(), plan.done());
        }
    }

    /** The nodes of a project's kind with their deadlines (倒排工期) and the done dates its recorded dates imply. */
    private record Plan(List<ProjectStore.Template> template, List<LocalDate> due, List<LocalDate> done) {
    }

    private Plan plan(Project p) {
        List<ProjectStore.Template> t = store.template(p.kind());
        if (t.isEmpty()) {
            return null;
        }
        List<BackwardSchedule.Step> steps = t.stream().map(s -> new BackwardSchedule.Step(s.name(), s.workingDays()))
                .toList();
        int anchor = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).anchor()) {
                anchor = i;
            }
        }
        LocalDate anchorDate = t.get(anchor).name().equals("开工") ? p.plannedStart() : p.plannedCompletion();
        if (anchorDate == null) {
            anchorDate = p.plannedStart() != null ? p.plannedStart() : LocalDate.of(p.year(), 12, 31);
        }
        List<LocalDate> due = BackwardSchedule.deadlines(steps, anchor, anchorDate, calendars.current());
        int start = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).name().equals("开工")) {
                start = i;
            }
        }
        if (start >= 0 && start != anchor && p.plannedStart() != null) {
            // the approvals are counted back from the planned start, 开工 and 纳统入库 forward from it
            List<LocalDate> fromStart = BackwardSchedule.deadlines(steps, start, p.plannedStart(), calendars.current());
            for (int i = 0; i < t.size(); i++) {
                if (i <= start || t.get(i).name().equals("纳统入库")) {
                    due.set(i, fromStart.get(i));
                }
            }
        }
        List<LocalDate> done = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String n = t.get(i).name();
            LocalDate d = null;
            if (n.equals("开工")) {
                d = p.startedOn();
            } else if (n.equals("纳统入库")) {
                d = p.statsOn();
            } else if (p.startedOn() != null && t.get(i).approval()) {
                d = due.get(i).isAfter(p.startedOn()) ? p.startedOn() : due.get(i);
            }
            done.add(d);
        }
        return new Plan(t, due, done);
    }

    // ---- nodes ----------------------------------------------------------------------------------------------------

    /**
     * Edits a node's deadline and marks it done: 开工, 纳统入库 and 竣工验收 set the project's start, 入库 and
     * completion dates. Scope (404), manager or lead unit (403), version (409), rules (400).
     */
    @Transactional
    public void updateNode(long projectId, long nodeId, LocalDate due, LocalDate done, Integer version,
            CurrentUser me) {
        Project p = get(projectId, me);
        if (!mayManage(me) && !me.belongsTo(p.leadUnitId())) {
            throw new ForbiddenException("只有责任单位、督查室和" + officeUnit + "可以更新项目节点");
        }
        ProjectNode n = store.nodes(projectId).stream().filter(x -> x.id() == nodeId).findFirst()
                .orElseThrow(() -> new NotFoundException("节点", nodeId));
        if (version == null || version != n.version()) {
            throw ConflictException.staleEdit();
        }
        ProjectRules.node(n.name(), due, done, p.plannedCompletion(), today()).throwIfAny();
        store.updateNode(nodeId, n.version(), due, done);
        if (done != null) {
            store.setDates(projectId, n.name().equals("开工") ? done : null, n.name().equals("纳统入库") ? done : null,
                    n.name().equals("竣工验收") ? done : null);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("节点", n.name());
        before.put("节点日期", n.dueDate());
        before.put("完成日期", n.doneOn());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("节点", n.name());
        after.put("节点日期", due);
        after.put("完成日期", done);
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("重点项目节点", nodeId, p.taskId(), null),
                "更新重点项目「" + p.name() + "」节点「" + n.name() + "」", before, after);
    }

    // ---- 月报 -------------------------------------------------------------------------------------------------------

    /** An uploaded photo. */
    public record Photo(String fileName, String contentType, byte[] content) {
    }

    /**
     * 月报 by the lead unit (or the 督查室 on its behalf): scope (404), who (403), rules (400: future month, falling
     * cumulative, above total investment …), then the report, its photos, one ledger problem per problem line, a
     * progress report on the task when it is being worked on, and the audit entry — one transaction.
     */
    @Transactional
    public MonthlyReport report(long projectId, MonthlyReportForm f, List<Photo> photos, CurrentUser me) {
        Project p = get(projectId, me);
        if (!mayReport(p, me)) {
            throw new ForbiddenException("只有责任单位（或督查室代报）可以填报月报");
        }
        Violations v = new Violations();
        for (Photo ph : photos) {
            if (!PHOTO_TYPES.contains(ph.contentType())) {
                v.add("photos", "照片「" + ph.fileName() + "」不是JPEG/PNG/WebP图片");
            } else if (ph.content().length > PHOTO_MAX) {
                v.add("photos", "照片「" + ph.fileName() + "」超过5MB");
            }
        }
        YearMonth current = YearMonth.now(clock);
        BigDecimal previous = f.month == null ? BigDecimal.ZERO : store.cumulativeBefore(projectId, f.month);
        BigDecimal next = f.month == null ? null : store.cumulativeAfter(projectId, f.month).orElse(null);
        ProjectRules.report(f, current, p.year(), previous, next, p.totalInvestment()).list()
                .forEach(x -> v.add(x.field(), x.message()));
        v.throwIfAny();
        BigDecimal cumulative = f.cumulative != null ? f.cumulative : previous.add(f.monthInvestment);
        BigDecimal monthInv = f.monthInvestment != null ? f.monthInvestment : cumulative.subtract(previous);
        MonthlyReport before = store.reportOf(projectId, f.month).orElse(null);
        long reportId = store.upsertReport(projectId, f.month, monthInv, cumulative, ProjectStore.blank(f.progress),
                ProjectStore.blank(f.problems), who(me));
        for (Photo ph : photos) {
            store.insertPhoto(reportId, ph.fileName(), ph.contentType(), ph.content(), who(me));
        }
        if (p.taskId() != null) {
            Task t = tasks.get(p.taskId(), SystemUser.INSTANCE);
            for (String line : lines(f.problems)) {
                ProblemForm pf = new ProblemForm();
                pf.description = ProjectRules.label(f.month) + "月报：" + line;
                pf.ownerUnitId = p.leadUnitId();
                pf.ownerPersonId = null;
                problems.raise(p.taskId(), pf, me.isUnitUser() ? me : SystemUser.INSTANCE);
            }
            if (t.status().acceptsReports() && f.month.equals(current.minusMonths(1)) || t.status().acceptsReports()
                    && f.month.equals(current)) {
                ReportForm rf = new ReportForm();
                rf.reportedOn = today();
                rf.cumulative = cumulative;
                rf.narrative = ProjectRules.label(f.month) + "完成投资" + ProjectRules.plain(monthInv) + "万元，本年累计"
                        + ProjectRules.plain(cumulative) + "万元。" + (f.progress == null ? "" : f.progress.strip());
                rf.difficulties = ProjectStore.blank(f.problems);
                rf.needsCoordination = !lines(f.problems).isEmpty();
                progress.submit(p.taskId(), rf, me);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("月份", ProjectRules.label(f.month));
        after.put("本月完成（万元）", ProjectRules.plain(monthInv));
        after.put("本年累计（万元）", ProjectRules.plain(cumulative));
        after.put("形象进度", ProjectStore.blank(f.progress));
        after.put("存在问题", ProjectStore.blank(f.problems));
        after.put("照片", photos.size());
        Map<String, Object> beforeMap = null;
        if (before != null) {
            beforeMap = new LinkedHashMap<>();
            beforeMap.put("月份", ProjectRules.label(f.month));
            beforeMap.put("本月完成（万元）", ProjectRules.plain(before.monthInvestment()));
            beforeMap.put("本年累计（万元）", ProjectRules.plain(before.cumulative()));
            beforeMap.put("形象进度", before.progress());
            beforeMap.put("存在问题", before.problems());
        }
        audit.record(me.auditName(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                new AuditLog.Subject("重点项目月报", reportId, p.taskId(), null),
                "填报重点项目「" + p.name() + "」" + ProjectRules.label(f.month) + "月报", beforeMap, after);
        return store.reportOf(projectId, f.month).orElseThrow();
    }

    /** One month of one project for {@link #recordMonths}. */
    public record MonthEntry(long projectId, YearMonth month, BigDecimal monthInvestment, String progress,
            String problems) {
    }

    /**
     * Many months of many projects in one batch (seeding, bulk corrections): the cumulative follows from the month
     * before; the same rules as a 月报 (no future month, nothing negative, never above the total investment); one
     * audit entry. Problems stay in the report text (a single 月报 turns them into ledger problems).
     */
    @Transactional
    public int recordMonths(List<MonthEntry> entries, CurrentUser me) {
        requireManager(me);
        YearMonth current = YearMonth.now(clock);
        Map<Long, BigDecimal> running = new java.util.HashMap<>();
        Map<Long, Project> seen = new java.util.HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        Violations v = new Violations();
        List<MonthEntry> sorted = entries.stream().sorted(java.util.Comparator.comparing(MonthEntry::projectId)
                .thenComparing(MonthEntry::month)).toList();
        for (MonthEntry e : sorted) {
            Project p = seen.computeIfAbsent(e.projectId(), id -> store.find(id)
                    .orElseThrow(() -> new NotFoundException("重点项目", id)));
            BigDecimal prev = running.computeIfAbsent(p.id(), id -> store.cumulativeBefore(id, e.month()));
            MonthlyReportForm f = new MonthlyReportForm();
            f.month = e.month();
            f.monthInvestment = e.monthInvestment();
            f.progress = e.progress();
            f.problems = e.problems();
            ProjectRules.report(f, current, p.year(), prev, null, p.totalInvestment()).list()
                    .forEach(x -> v.add(x.field(), "「" + p.name() + "」" + ProjectRules.label(e.month()) + "："
                            + x.message()));
            BigDecimal c = prev.add(e.monthInvestment() == null ? BigDecimal.ZERO : e.monthInvestment());
            running.put(p.id(), c);
            rows.add(new Object[] {p.id(), java.sql.Date.valueOf(e.month().atDay(1)), e.monthInvestment(), c,
                    ProjectStore.blank(e.progress()), ProjectStore.blank(e.problems()), who(me)});
        }
        v.throwIfAny();
        store.upsertReports(rows);
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("重点项目月报", 0, null, null),
                "批量录入重点项目月报（" + seen.size() + "个项目，" + rows.size() + "个月度数）", null,
                Map.of("项目数", seen.size(), "月度数", rows.size()));
        return rows.size();
    }

    /** Whether any project exists (the demo loads into an empty module only). */
    public boolean anyProject() {
        return store.any();
    }

    static List<String> lines(String s) {
        if (s == null) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    // ---- rates ----------------------------------------------------------------------------------------------------

    /** Rates per unit ({@code byLeader} false) or per 包抓区领导, for the year of the judged month. */
    public List<ProjectRates.Row> rates(boolean byLeader, CurrentUser me) {
        return ProjectRates.of(rateLines(byLeader, judgedMonth(), today(), me));
    }

    public ProjectRates.Row ratesTotal(CurrentUser me) {
        return ProjectRates.total(rateLines(false, judgedMonth(), today(), me));
    }

    List<ProjectRates.Line> rateLines(boolean byLeader, YearMonth month, LocalDate asOf, CurrentUser me) {
        Map<Long, BigDecimal[]> cum = store.cumulativesOfYear(month.getYear());
        List<ProjectRates.Line> lines = new ArrayList<>();
        for (Project p : store.ofYear(month.getYear())) {
            if (!seesAll(me) && !me.belongsTo(p.leadUnitId())) {
                continue;
            }
            BigDecimal c = upTo(cum.get(p.id()), month.getMonthValue());
            String group = byLeader ? (p.leader() == null ? "（未定包抓领导）" : p.leader()) : p.leadUnit();
            boolean started = p.startedOn() != null && !p.startedOn().isAfter(asOf);
            lines.add(new ProjectRates.Line(group, p.annualPlan(), c,
                    p.kind() == ProjectKind.NEW && p.plannedStart() != null && !p.plannedStart().isAfter(asOf),
                    started, p.plannedCompletion() != null && !p.plannedCompletion().isAfter(asOf)
                            && p.plannedCompletion().getYear() == month.getYear(),
                    p.completedOn() != null && !p.completedOn().isAfter(asOf),
                    p.statsOn() != null && !p.statsOn().isAfter(asOf)));
        }
        return lines;
    }

    /** The latest cumulative reported through {@code month} (a month not reported keeps the one before). */
    static BigDecimal upTo(BigDecimal[] months, int month) {
        if (months == null) {
            return BigDecimal.ZERO;
        }
        for (int i = month - 1; i >= 0; i--) {
            if (months[i] != null) {
                return months[i];
            }
        }
        return BigDecimal.ZERO;
    }

    private static Map<String, Object> snapshot(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("年度", p.year());
        m.put("项目编号", p.code());
        m.put("项目名称", p.name());
        m.put("层级", p.level().label());
        m.put("行业类别", p.category());
        m.put("类别", p.kind().label());
        m.put("责任单位", p.leadUnit());
        m.put("包抓区领导", p.leader());
        m.put("业主单位", p.owner());
        m.put("建设地点", p.place());
        m.put("总投资（亿元）", p.totalInvestmentYi().toPlainString());
        m.put("年度计划（万元）", ProjectRules.plain(p.annualPlan()));
        m.put("计划开工", p.plannedStart());
        m.put("计划竣工", p.plannedCompletion());
        m.put("实际开工", p.startedOn());
        m.put("纳统入库", p.statsOn());
        m.put("月度计划（万元）", p.monthlyPlan().stream().map(ProjectRules::plain).toList());
        return m;
    }
}
