package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.PageResult;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.ledger.internal.TaskDetail;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks of the ledger: create, edit, delete, list, and the 签收 move. Every method checks the caller's scope. */
@Service
public class TaskService {

    private final JdbcClient jdbc;
    private final TaskStore store;
    private final DirectiveService directives;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Countdowns countdowns;

    TaskService(JdbcClient jdbc, TaskStore store, DirectiveService directives, OrgDirectory org, AuditLog audit,
            ApplicationEventPublisher events, Countdowns countdowns) {
        this.countdowns = countdowns;
        this.jdbc = jdbc;
        this.store = store;
        this.directives = directives;
        this.org = org;
        this.audit = audit;
        this.events = events;
    }

    public Task get(long id, CurrentUser me) {
        return store.visible(id, me);
    }

    @Transactional
    public Task create(long directiveId, TaskForm f, CurrentUser me) {
        Directive d = directives.get(directiveId, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以新建任务");
        Task parent = f.parentId == null ? null : store.find(f.parentId)
                .filter(p -> p.directiveId() == directiveId)
                .orElseThrow(() -> InvalidInputException.of("parentId", "上级节点不存在或不属于该来源"));
        validate(f, parent, List.of());
        TaskStatus status = f.kind.isAssignable() && f.leadUnitId != null ? TaskStatus.ASSIGNED : TaskStatus.UNASSIGNED;
        long id = store.insert(d.id(), f, status, store.nextSeq(d.id(), f.parentId), me.auditName());
        Task t = store.find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.CREATE, subject("任务", t.id(), t), "新建" + t.kind().label() + "「"
                + t.title() + "」" + (status == TaskStatus.ASSIGNED ? "并交办" : ""), null, snapshot(t));
        events.publishEvent(new TaskChanged(t.id(), t.directiveId(), "created"));
        if (status == TaskStatus.ASSIGNED) {
            events.publishEvent(Arrivals.assigned(t, false));
        }
        return t;
    }

    /**
     * Creates many top-level tasks under one directive at once (imports): the same rules, statuses and audit entries
     * as {@link #create}, in a handful of statements instead of several per task. Fails as a whole.
     */
    @Transactional
    public List<Long> createAll(long directiveId, List<TaskForm> forms, CurrentUser me) {
        Directive d = directives.get(directiveId, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以新建任务");
        if (forms.isEmpty()) {
            return List.of();
        }
        List<TaskStatus> statuses = new ArrayList<>();
        for (TaskForm f : forms) {
            if (f.parentId != null) {
                throw InvalidInputException.of("parentId", "批量新建只用于来源下的顶层任务");
            }
            validateNew(f);
            statuses.add(f.kind.isAssignable() && f.leadUnitId != null ? TaskStatus.ASSIGNED : TaskStatus.UNASSIGNED);
        }
        List<Long> ids = store.insertAll(d.id(), forms, statuses, store.nextSeq(d.id(), null), me.auditName());
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (Task t : store.findAll(ids)) {
            if (t.status() == TaskStatus.ASSIGNED) {
                events.publishEvent(Arrivals.assigned(t, false));
            }
            entries.add(new AuditLog.Entry(AuditAction.CREATE, subject("任务", t.id(), t), "新建" + t.kind().label()
                    + "「" + t.title() + "」" + (t.status() == TaskStatus.ASSIGNED ? "并交办" : ""), null, snapshot(t)));
        }
        audit.recordAll(me.auditName(), entries);
        ids.forEach(id -> events.publishEvent(new TaskChanged(id, d.id(), "created")));
        return ids;
    }

    /** The rules a new top-level task must pass (400 with field messages), without writing anything. */
    public void validateNew(TaskForm f) {
        validate(f, null, List.of());
    }

    @Transactional
    public Task update(long id, TaskForm f, CurrentUser me) {
        return update(id, f, me, null);
    }

    /**
     * The rules an edit of task {@code id} to {@code f} must pass (400 with field messages: its parent's dates, its
     * milestones …), without writing anything — for the import's preview. Scope as {@link #update}.
     */
    public void validateUpdate(long id, TaskForm f, CurrentUser me) {
        Task before = store.visible(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以修改任务");
        f.kind = before.kind();
        f.parentId = before.parentId();
        Task parent = before.parentId() == null ? null : store.find(before.parentId()).orElseThrow();
        validate(f, parent, milestones(id));
    }

    /**
     * 台账导入更新 (issue 12): the edit as {@link #update} makes it (rules, version or 409, 重新交办, audit), audited as
     * an import with {@code changes} in words; the lead unit is told at once what changed (a new lead unit gets the
     * 重新交办 notice instead). Runs in the caller's transaction, so a whole file is written or nothing.
     */
    @Transactional
    public Task importUpdate(long id, TaskForm f, String changes, CurrentUser me) {
        return update(id, f, me, changes);
    }

    private Task update(long id, TaskForm f, CurrentUser me, String importChanges) {
        Task before = store.visible(id, me); // 404 before 403: scope must not leak existence
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以修改任务");
        requireVersion(f.version, before.version());
        f.kind = before.kind(); // the level in the tree does not change by editing
        f.parentId = before.parentId();
        Task parent = before.parentId() == null ? null : store.find(before.parentId()).orElseThrow();
        validate(f, parent, milestones(id));
        TaskStatus status = before.status();
        if (status == TaskStatus.UNASSIGNED && f.kind.isAssignable() && f.leadUnitId != null) {
            status = TaskStateMachine.next(status, TaskAction.ASSIGN);
        } else if (!Objects.equals(before.leadUnitId(), f.leadUnitId) && status != TaskStatus.UNASSIGNED) {
            // A new lead unit must accept the task itself (重新交办).
            if (f.leadUnitId == null) {
                throw InvalidInputException.of("leadUnitId", "已交办的任务不能取消牵头单位，可改为其他单位");
            }
            if (status.isClosed()) {
                throw new ConflictException("已办结或终止的任务不能更换牵头单位");
            }
            status = TaskStatus.ASSIGNED;
        }
        store.update(id, f.version, f, status);
        Task after = store.find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.UPDATE, subject("任务", id, after), (importChanges == null ? "修改任务「"
                : "台账导入修改任务「") + after.title() + "」" + (importChanges == null ? "" : "：" + importChanges),
                snapshot(before), snapshot(after));
        events.publishEvent(new TaskChanged(id, after.directiveId(), "updated"));
        if (after.status() == TaskStatus.ASSIGNED && after.leadUnitId() != null
                && (before.status() != TaskStatus.ASSIGNED || !Objects.equals(before.leadUnitId(), after.leadUnitId()))) {
            events.publishEvent(Arrivals.assigned(after, before.status() != TaskStatus.UNASSIGNED));
        } else if (importChanges != null) {
            if (after.leadUnitId() != null && after.status() != TaskStatus.UNASSIGNED) {
                events.publishEvent(Arrivals.importedChanges(after, importChanges));
            }
        } else if (after.leadUnitId() != null && after.status() != TaskStatus.UNASSIGNED && !after.status().isClosed()
                && !Objects.equals(before.deadline(), after.deadline())) {
            events.publishEvent(Arrivals.deadlineChanged(after, before.deadline(), null));
        }
        if (importChanges != null && after.status() != TaskStatus.UNASSIGNED && !after.status().isClosed()) {
            // 台账导入 made a unit a 协办单位: it is told too (the lead unit is told above).
            after.coUnitIds().stream().filter(u -> !before.coUnitIds().contains(u))
                    .forEach(u -> events.publishEvent(Arrivals.coUnitAdded(after, u)));
        }
        return after;
    }

    /**
     * 调整完成时限 (issue 12, also 批量调整 from the list): the 督查室 sets a new deadline with a reason — the same checks as
     * the edit form (scope 404, 督查室 403, the version the caller saw or 409, the task's rules: not before its start, not
     * after its parent's deadline, not before a milestone), one audit line per task with the reason, and the lead unit
     * is told at once. A deadline on a rest day is allowed; the caller shows {@link LedgerRules#restDayWarning}.
     */
    @Transactional
    public Task changeDeadline(long id, Integer version, LocalDate deadline, String reason, CurrentUser me) {
        Task before = store.visible(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以调整完成时限");
        Violations v = deadlineChange(deadline, reason);
        v.throwIfAny();
        requireVersion(version, before.version());
        if (before.status().isClosed()) {
            throw new ConflictException("已" + before.status().label() + "，不能调整完成时限");
        }
        if (deadline.equals(before.deadline())) {
            throw new ConflictException("完成时限已是" + deadline + "，无需调整");
        }
        TaskForm f = TaskForm.of(before);
        f.version = version;
        f.deadline = deadline;
        Task parent = before.parentId() == null ? null : store.find(before.parentId()).orElseThrow();
        validate(f, parent, milestones(id));
        store.update(id, version, f, before.status());
        Task after = store.find(id).orElseThrow();
        String why = reason.strip();
        audit.record(me.auditName(), AuditAction.UPDATE, subject("任务", id, after), "调整完成时限：" + before.deadline()
                + " → " + deadline + "，理由：" + why, mapOf("完成时限", before.deadline()),
                mapOf("完成时限", deadline, "调整理由", why));
        events.publishEvent(new TaskChanged(id, after.directiveId(), "updated"));
        if (after.leadUnitId() != null && after.status() != TaskStatus.UNASSIGNED) {
            events.publishEvent(Arrivals.deadlineChanged(after, before.deadline(), why));
        }
        return after;
    }

    /** The new deadline and its reason (调整理由, at most 200 characters) must both be given. */
    public static Violations deadlineChange(LocalDate deadline, String reason) {
        Violations v = new Violations();
        v.check(deadline != null, "deadline", "请填写新的完成时限");
        v.requireText(reason, "reason", "调整理由", 200);
        return v;
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Transactional
    public void delete(long id, int version, CurrentUser me) {
        Task t = store.visible(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以删除任务");
        if (!store.children(id).isEmpty()) {
            throw new ConflictException("请先删除该" + t.kind().label() + "下的子项");
        }
        store.delete(id, version);
        audit.record(me.auditName(), AuditAction.DELETE, subject("任务", id, t), "删除" + t.kind().label() + "「"
                + t.title() + "」", snapshot(t), null);
        events.publishEvent(new TaskChanged(id, t.directiveId(), "deleted"));
    }

    /** 签收: the lead unit takes the task on. */
    @Transactional
    public Task accept(long id, Integer version, CurrentUser me) {
        Task t = store.visible(id, me);
        LedgerPermissions.require(LedgerPermissions.mayAccept(me, t), "只有牵头单位可以签收任务");
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.ACCEPT);
        store.transition(id, version == null ? t.version() : version, to, true);
        Task after = store.find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.TRANSITION, subject("任务", id, after), "签收任务",
                Map.of("状态", t.status().label()), Map.of("状态", to.label()));
        events.publishEvent(new TaskChanged(id, t.directiveId(), "accepted"));
        return after;
    }

    /**
     * 补录交办日期: work handed over before it was entered (a ledger taken over from paper, the demo) keeps the day it
     * was really given ({@code on}, 09:00 Beijing) — never moved later. 序时进度 counts from 交办 when that is later
     * than the start date, so the real date matters. 签收 keeps its recorded time: the reports due before it are not
     * asked for (so a ledger taken over is not lit yellow for reports nobody could file here).
     */
    @Transactional
    public void backdateAssignment(long id, java.time.LocalDate on, CurrentUser me) {
        Task t = store.visible(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以补录交办日期");
        java.time.ZoneId china = java.time.ZoneId.of("Asia/Shanghai");
        java.sql.Timestamp assigned = java.sql.Timestamp.from(on.atTime(9, 0).atZone(china).toInstant());
        int n = jdbc.sql("""
                update task set assigned_at = :assigned
                where id = :id and assigned_at is not null and assigned_at > :assigned""")
                .param("assigned", assigned).param("id", id).update();
        if (n > 0) {
            audit.record(me.auditName(), AuditAction.UPDATE, subject("任务", id, t), "补录交办日期为" + on, null,
                    Map.of("交办日期", on));
            events.publishEvent(new TaskChanged(id, t.directiveId(), "backdated"));
        }
    }

    public TaskDetail detail(long id, CurrentUser me) {
        Task t = store.visible(id, me);
        Directive d = directives.find(t.directiveId()).orElseThrow();
        Map<Long, Unit> units = org.unitsById();
        List<Task> ancestors = new ArrayList<>();
        for (Long p = t.parentId(); p != null; ) {
            Task parent = store.find(p).orElseThrow();
            ancestors.add(0, parent);
            p = parent.parentId();
        }
        List<Milestone> ms = milestones(id);
        Map<Long, String> msTitles = ms.stream().collect(Collectors.toMap(Milestone::id, Milestone::title));
        Map<Long, Person> people = org.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        List<TaskDetail.ProblemView> problems = ProblemService.problemsOf(jdbc, id).stream()
                .map(p -> new TaskDetail.ProblemView(p, name(units.get(p.ownerUnitId())),
                        p.ownerPersonId() == null ? null : people.get(p.ownerPersonId()).name(),
                        p.milestoneId() == null ? null : msTitles.get(p.milestoneId()),
                        LedgerPermissions.mayUpdateProblem(me, t, p)))
                .toList();
        var can = new TaskDetail.Permissions(LedgerPermissions.mayManage(me),
                LedgerPermissions.mayAccept(me, t) && TaskStateMachine.allows(t.status(), TaskAction.ACCEPT),
                LedgerPermissions.mayReport(me, t) && t.status().acceptsReports(),
                LedgerPermissions.mayRaiseProblem(me, t));
        java.util.Set<Long> visibleChildren = me.seesEverything() ? null : new java.util.HashSet<>(jdbc.sql(
                "select t.id from task t where t.parent_id = :id and " + TaskStore.SCOPE)
                .param("id", id).param("scopeUnit", me.unitId()).query(Long.class).list());
        List<Task> children = store.children(id).stream()
                .filter(c -> visibleChildren == null || visibleChildren.contains(c.id())).toList();
        return new TaskDetail(t, d, ancestors, children, t.leadUnitId() == null ? null : units.get(t.leadUnitId()),
                t.coUnitIds().stream().map(units::get).toList(),
                t.leadLeaderId() == null ? null : people.get(t.leadLeaderId()), ms, problems,
                ProgressService.reportsOf(jdbc, id), audit.forTask(id), can);
    }


    /** The task list: filters, scope, sorted by deadline, one page; one query for rows and total. */
    public PageResult<TaskRow> search(TaskQuery q, CurrentUser me) {
        int size = PageResult.clampSize(q.size());
        int page = PageResult.clampPage(q.page());
        TaskStore.Params p = new TaskStore.Params();
        p.with("limit", size).with("offset", (long) page * size);
        // Page the ids first (index-friendly filters, one window count), then join the shown rows' details, so the
        // per-row subqueries run for 20 rows and not for every match.
        String sql = pageSql(q, me, p);
        long[] total = {0};
        List<TaskRow> rows = jdbc.sql(sql).params(p.map()).query((rs, i) -> {
            total[0] = rs.getLong("total");
            return row(rs);
        }).list();
        if (rows.isEmpty() && page > 0) {
            TaskStore.Params cp = new TaskStore.Params();
            total[0] = jdbc.sql("select count(*) from task t where " + listFilter(q, me, cp)).params(cp.map())
                    .query(Long.class).single();
        }
        return new PageResult<>(rows, page, size, total[0]);
    }

    /** Who led a task (牵头单位): its title, lead unit and start (or deadline), for owner suggestions. */
    public record LeadAssignment(String title, long leadUnitId, LocalDate startedOn) {
    }

    /**
     * Every task in {@code me}'s scope with a deadline from {@code from} that has a lead unit and was not terminated,
     * streamed: three columns, where the export's row query would join names and count problems for each.
     */
    @Transactional(readOnly = true)
    public void forEachLeadAssignment(LocalDate from, CurrentUser me, Consumer<LeadAssignment> sink) {
        TaskStore.Params p = new TaskStore.Params();
        String where = listFilter(new TaskQuery(null, null, null, from, null, null, null, null, null, null), me, p);
        jdbc.sql("select t.title, t.lead_unit_id, coalesce(t.start_date, t.deadline) from task t where " + where
                + " and t.lead_unit_id is not null and t.status <> 'TERMINATED'").withFetchSize(1_000)
                .params(p.map()).query((ResultSet rs) -> {
                    sink.accept(new LeadAssignment(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
                });
    }

    /** The list page's SQL and its parameters, as {@link #search} runs it (for benchmarks: the "direct" query). */
    public record PageQuery(String sql, Map<String, Object> params) {
    }

    public PageQuery pageQuery(TaskQuery q, CurrentUser me) {
        TaskStore.Params p = new TaskStore.Params();
        p.with("limit", PageResult.clampSize(q.size())).with("offset", (long) PageResult.clampPage(q.page())
                * PageResult.clampSize(q.size()));
        return new PageQuery(pageSql(q, me, p), Map.copyOf(p.map()));
    }

    private static String pageSql(TaskQuery q, CurrentUser me, TaskStore.Params p) {
        // Concatenated, not String.formatted: this runs on every list request.
        return "with page as (" + pageIds(q, me, p) + ")\nselect " + ROW_COLUMNS + ", page.total\n" + ROW_FROM
                + "\njoin page on page.id = t.id\norder by page.deadline nulls last, page.id";
    }

    /**
     * The page's ids, deadlines and the total. With a unit filter the page comes from {@code task_unit} (one row per
     * unit and task it leads or co-operates on, light and deadline copied in — docs/decisions.md 34): unit, light and
     * deadline range are one index range scan, and the task itself is read only when other filters ask for it.
     */
    private static String pageIds(TaskQuery q, CurrentUser me, TaskStore.Params p) {
        if (q.unitId() == null) {
            return """
                    select t.id, t.deadline, count(*) over () as total
                    from task t
                    where %s
                    order by t.deadline nulls last, t.id
                    limit :limit offset :offset""".formatted(listFilter(q, me, p));
        }
        StringBuilder where = new StringBuilder("tu.unit_id = :unit");
        p.with("unit", q.unitId());
        if (q.light() != null) {
            where.append(" and tu.light = :light");
            p.with("light", q.light().name());
        }
        if (q.deadlineFrom() != null) {
            where.append(" and tu.deadline >= :from");
            p.with("from", q.deadlineFrom());
        }
        if (q.deadlineTo() != null) {
            where.append(" and tu.deadline <= :to");
            p.with("to", q.deadlineTo());
        }
        TaskQuery rest = new TaskQuery(null, q.leaderId(), q.status(), null, null, q.text(), q.directiveId(), null,
                q.page(), q.size(), q.ids());
        String others = listFilter(rest, me, p);
        if (!others.equals(NOT_AREA)) {
            where.append(" and exists (select 1 from task t where t.id = tu.task_id and ").append(others).append(")");
        }
        return "select tu.task_id as id, tu.deadline, count(*) over () as total\nfrom task_unit tu\nwhere " + where
                + "\norder by tu.deadline nulls last, tu.task_id\nlimit :limit offset :offset";
    }

    private static final String NOT_AREA = "t.kind <> 'AREA'";

    /**
     * Every row the list shows for {@code q} (same filters, scope and order) without the page cap, for the Excel
     * export. Read through a cursor inside one read-only transaction, so memory stays bounded; page and size of
     * {@code q} are ignored.
     */
    @Transactional(readOnly = true)
    public void forEachRow(TaskQuery q, CurrentUser me, Consumer<TaskRow> sink) {
        TaskStore.Params p = new TaskStore.Params();
        String where = listFilter(q, me, p);
        String sql = "select %s %s where %s order by t.deadline nulls last, t.id"
                .formatted(ROW_COLUMNS, ROW_FROM, where);
        try (Stream<TaskRow> rows = jdbc.sql(sql).withFetchSize(500).params(p.map())
                .query((rs, i) -> row(rs)).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String ROW_COLUMNS = """
            t.id, t.directive_id, d.title as directive_title, t.kind, t.title, t.target_value, t.target_unit,
              t.target_object, t.target_period, u.short_name as lead_unit_name, pl.name as leader_name,
              t.start_date, t.deadline, t.status, t.progress_percent, t.last_reported_on,
              (select string_agg(cu.short_name, '、' order by cu.sort_order, cu.id)
                 from task_co_unit c join unit cu on cu.id = c.unit_id where c.task_id = t.id) as co_unit_names,
              (select count(*) from problem pr where pr.task_id = t.id and pr.status <> 'SOLVED') as open_problems,
              tl.light, tl.reason as light_reason, tl.deadline_finding, t.lead_unit_id, t.version""";

    private static final String ROW_FROM = """
            from task t
            join directive d on d.id = t.directive_id
            left join unit u on u.id = t.lead_unit_id
            left join person pl on pl.id = t.lead_leader_id
            left join task_light tl on tl.task_id = t.id""";

    /** The list's where clause (filters and scope) for {@code q}; fills {@code p} with its parameters. */
    private static String listFilter(TaskQuery q, CurrentUser me, TaskStore.Params p) {
        // Unions of id lists, not OR-ed predicates: each branch uses its own index.
        StringBuilder where = new StringBuilder(NOT_AREA);
        if (!me.seesEverything()) {
            where.append(" and t.id in (select id from task where lead_unit_id = :scopeUnit"
                    + " union all select task_id from task_co_unit where unit_id = :scopeUnit"
                    + " union all select task_id from problem where owner_unit_id = :scopeUnit)");
            p.with("scopeUnit", me.unitId());
        }
        if (q.unitId() != null) {
            where.append(" and t.id in (select id from task where lead_unit_id = :unit"
                    + " union all select task_id from task_co_unit where unit_id = :unit)");
            p.with("unit", q.unitId());
        }
        if (q.leaderId() != null) {
            where.append(" and t.lead_leader_id = :leader");
            p.with("leader", q.leaderId());
        }
        if (q.status() != null) {
            where.append(" and t.status = :status");
            p.with("status", q.status().name());
        }
        if (q.deadlineFrom() != null) {
            where.append(" and t.deadline >= :from");
            p.with("from", q.deadlineFrom());
        }
        if (q.deadlineTo() != null) {
            where.append(" and t.deadline <= :to");
            p.with("to", q.deadlineTo());
        }
        if (q.directiveId() != null) {
            where.append(" and t.directive_id = :directive");
            p.with("directive", q.directiveId());
        }
        if (q.light() != null) {
            where.append(" and exists (select 1 from task_light fl where fl.task_id = t.id and fl.light = :light)");
            p.with("light", q.light().name());
        }
        if (q.ids() != null) {
            where.append(" and t.id in (:ids)");
            p.with("ids", q.ids());
        }
        if (q.text() != null && !q.text().isBlank()) {
            // 搜索 (issue 12): words anywhere in the task's name or content, its source's title, the name of its lead or
            // co-operating unit, or its 牵头区领导 — a union of id lists, each branch on its own index (trigram GIN on
            // the texts, V3_901; the unit and person tables are small).
            where.append(' ').append("""
                    and t.id in (select id from task where title ilike :text
                      union select id from task where description ilike :text
                      union select id from task where directive_id in (select id from directive where title ilike :text)
                      union select id from task where lead_unit_id in (select id from unit
                                                                       where short_name ilike :text or full_name ilike :text)
                      union select task_id from task_co_unit where unit_id in (select id from unit
                                                                       where short_name ilike :text or full_name ilike :text)
                      union select id from task where lead_leader_id in (select id from person where name ilike :text))""");
            p.with("text", "%" + escapeLike(q.text().trim()) + "%");
        }
        return where.toString();
    }

    private TaskRow row(ResultSet rs) throws SQLException {
        String light = rs.getString("light");
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        var countdown = countdowns.of(light != null, status, deadline);
        return new TaskRow(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("directive_title"),
                TaskKind.valueOf(rs.getString("kind")), rs.getString("title"),
                Target.of(rs.getBigDecimal("target_value"), rs.getString("target_unit"),
                        rs.getString("target_object"), rs.getString("target_period")),
                rs.getString("lead_unit_name"), rs.getString("co_unit_names"), rs.getString("leader_name"),
                rs.getObject("start_date", LocalDate.class), deadline, status, rs.getBigDecimal("progress_percent"),
                rs.getObject("last_reported_on", LocalDate.class), rs.getInt("open_problems"),
                light == null ? null : cn.luoshi.ledger.light.Light.valueOf(light),
                Countdowns.reason(rs.getString("light_reason"), rs.getBoolean("deadline_finding"), countdown),
                countdown == null ? null : countdown.text(), (Long) rs.getObject("lead_unit_id"), rs.getInt("version"));
    }

    List<Milestone> milestones(long taskId) {
        return MilestoneService.milestonesOf(jdbc, taskId);
    }

    private void validate(TaskForm f, Task parent, List<Milestone> existingMilestones) {
        var units = org.unitsById();
        var leaders = org.leaders().stream().map(Person::id).collect(Collectors.toSet());
        f.compactTargets();
        Violations v = LedgerRules.task(f, new LedgerRules.TaskContext(parent == null ? null : parent.kind(),
                parent == null ? null : parent.startDate(), parent == null ? null : parent.deadline(),
                units::containsKey, leaders::contains, existingMilestones));
        moreTargets(f, v);
        v.throwIfAny();
    }

    /** The further targets (第二项起): each as the first is checked, after a first one, and not too many. */
    static void moreTargets(TaskForm f, Violations v) {
        if (f.moreTargets.isEmpty()) {
            return;
        }
        if (f.targetValue == null) {
            v.add("targetValue", "有多项目标时，请先填写第一项目标的数值（第一项是进度和亮灯的依据）");
        }
        if (f.moreTargets.size() + 1 > Target.MAX_PER_TASK) {
            v.add("moreTargets", "一项任务最多" + Target.MAX_PER_TASK + "个量化目标");
        }
        for (int i = 0; i < f.moreTargets.size(); i++) {
            TaskForm.TargetLine l = f.moreTargets.get(i);
            Target.check(v, "moreTargets[" + i + "].", l.value, l.unit, l.object, l.period);
        }
    }

    /** The edit must start from the version now stored; otherwise it is stale and nothing is checked further. */
    static void requireVersion(Integer version, int current) {
        if (version == null) {
            throw InvalidInputException.of("version", "缺少版本号（version），无法判断是否为最新数据");
        }
        if (version != current) {
            throw ConflictException.staleEdit();
        }
    }

    static AuditLog.Subject subject(String type, long id, Task t) {
        return new AuditLog.Subject(type, id, t.id(), t.directiveId());
    }

    /** The task as its history shows it: names, not ids. */
    Map<String, Object> snapshot(Task t) {
        Map<Long, Unit> units = org.unitsById();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("层级", t.kind().label());
        m.put("名称", t.title());
        m.put("内容", t.description());
        m.put("目标", t.targets().isEmpty() ? null : Target.describeAll(t.targets()));
        m.put("开始日期", t.startDate());
        m.put("完成时限", t.deadline());
        m.put("牵头区领导", t.leadLeaderId() == null ? null : org.person(t.leadLeaderId()).map(Person::name).orElse(null));
        m.put("牵头单位", t.leadUnitId() == null ? null : name(units.get(t.leadUnitId())));
        m.put("配合单位", t.coUnitIds().stream().map(u -> name(units.get(u))).collect(Collectors.joining("、")));
        m.put("责任人", t.responsiblePerson());
        m.put("联系方式", t.contact());
        m.put("状态", t.status().label());
        m.put("标签", String.join("、", t.tags()));
        m.put("汇报频次", t.reportCycle().label());
        return m;
    }

    static String name(Unit u) {
        return u == null ? null : u.shortName();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
