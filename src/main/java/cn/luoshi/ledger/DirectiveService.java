package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PageResult;
import cn.luoshi.ledger.internal.TreeNode;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Directives (来源) and their task trees. Unit users see only directives with work of theirs, and only that work. */
@Service
public class DirectiveService {

    private final JdbcClient jdbc;
    private final TaskStore tasks;
    private final OrgDirectory org;
    private final AuditLog audit;

    DirectiveService(JdbcClient jdbc, TaskStore tasks, OrgDirectory org, AuditLog audit) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.org = org;
        this.audit = audit;
    }

    /** Which directives a user sees: every one, or those with a task in the unit's scope ({@code :scopeUnit}). */
    static final String VISIBLE = """
            (cast(:scopeUnit as bigint) is null or exists (select 1 from task t where t.directive_id = d.id and %s))"""
            .formatted(TaskStore.SCOPE);

    public PageResult<DirectiveSummary> list(String text, Integer page, Integer size, CurrentUser me) {
        int s = PageResult.clampSize(size);
        int p = PageResult.clampPage(page);
        String filter = text == null || text.isBlank() ? "" : " and (d.title ilike :text or d.issuer ilike :text)";
        var params = new TaskStore.Params().with("scopeUnit", TaskStore.scopeUnit(me)).with("limit", s)
                .with("offset", (long) p * s);
        if (!filter.isEmpty()) {
            params.with("text", "%" + TaskService.escapeLike(text.trim()) + "%");
        }
        long total = jdbc.sql("select count(*) from directive d where " + VISIBLE + filter).params(params.map())
                .query(Long.class).single();
        List<DirectiveSummary> rows = jdbc.sql("""
                select d.id, d.title, d.issued_on, d.issuer, d.level, d.kind,
                  (select count(*) from task t where t.directive_id = d.id and t.kind <> 'AREA') as task_count,
                  (select count(*) from task t where t.directive_id = d.id and t.kind <> 'AREA'
                     and t.status = 'COMPLETED') as completed_count
                from directive d where %s%s
                order by d.issued_on desc, d.id desc limit :limit offset :offset""".formatted(VISIBLE, filter))
                .params(params.map())
                .query((rs, i) -> new DirectiveSummary(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"),
                        DirectiveLevel.valueOf(rs.getString("level")), DirectiveKind.valueOf(rs.getString("kind")),
                        rs.getInt("task_count"), rs.getInt("completed_count")))
                .list();
        return new PageResult<>(rows, p, s, total);
    }

    Optional<Directive> find(long id) {
        return jdbc.sql("select * from directive where id = ?").param(id).query(DirectiveService::directive).optional();
    }

    public Directive get(long id, CurrentUser me) {
        return jdbc.sql("select * from directive d where d.id = :id and " + VISIBLE).param("id", id)
                .param("scopeUnit", TaskStore.scopeUnit(me)).query(DirectiveService::directive).optional()
                .orElseThrow(() -> new NotFoundException("来源", id));
    }

    @Transactional
    public Directive create(DirectiveForm f, CurrentUser me) {
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以录入来源");
        LedgerRules.directive(f).throwIfAny();
        long id = jdbc.sql("""
                insert into directive (title, issued_on, issuer, level, kind, body, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.title.trim(), f.issuedOn, f.issuer.trim(), f.level.name(), f.kind.name(),
                        TaskStore.blankToNull(f.body), me.auditName())
                .query(Long.class).single();
        Directive d = find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("来源", id, null, id),
                "录入来源「" + d.title() + "」", null, d.auditSnapshot());
        return d;
    }

    @Transactional
    public Directive update(long id, DirectiveForm f, CurrentUser me) {
        Directive before = get(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以修改来源");
        TaskService.requireVersion(f.version, before.version());
        LedgerRules.directive(f).throwIfAny();
        int n = jdbc.sql("""
                update directive set title = ?, issued_on = ?, issuer = ?, level = ?, kind = ?, body = ?,
                  version = version + 1, updated_at = luoshi_now()
                where id = ? and version = ?""")
                .params(f.title.trim(), f.issuedOn, f.issuer.trim(), f.level.name(), f.kind.name(),
                        TaskStore.blankToNull(f.body), id, f.version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        Directive after = find(id).orElseThrow();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("来源", id, null, id),
                "修改来源「" + after.title() + "」", before.auditSnapshot(), after.auditSnapshot());
        return after;
    }

    @Transactional
    public void delete(long id, int version, CurrentUser me) {
        Directive d = get(id, me);
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以删除来源");
        if (!tasks.ofDirective(id).isEmpty()) {
            throw new ConflictException("该来源下还有任务，请先删除任务");
        }
        int n = jdbc.sql("delete from directive where id = ? and version = ?").params(id, version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        audit.record(me.auditName(), AuditAction.DELETE, new AuditLog.Subject("来源", id, null, id),
                "删除来源「" + d.title() + "」", d.auditSnapshot(), null);
    }

    /**
     * The directive's task tree. A unit user gets the nodes in their scope plus the areas and tasks above them, so the
     * tree still reads as the speech did.
     */
    public List<TreeNode> tree(long directiveId, CurrentUser me) {
        get(directiveId, me);
        List<Task> all = tasks.ofDirective(directiveId);
        Set<Long> keep;
        if (me.seesEverything()) {
            keep = all.stream().map(Task::id).collect(Collectors.toSet());
        } else {
            Set<Long> visible = new java.util.HashSet<>(jdbc.sql(
                    "select t.id from task t where t.directive_id = :d and " + TaskStore.SCOPE)
                    .param("d", directiveId).param("scopeUnit", me.unitId()).query(Long.class).list());
            Map<Long, Task> byId = all.stream().collect(Collectors.toMap(Task::id, t -> t));
            keep = new java.util.HashSet<>(visible);
            for (Long id : visible) {
                for (Long p = byId.get(id).parentId(); p != null; p = byId.get(p).parentId()) {
                    keep.add(p);
                }
            }
        }
        Map<Long, Unit> units = org.unitsById();
        Map<Long, String> leaders = org.leaders().stream().collect(Collectors.toMap(Person::id, Person::name));
        Map<Long, List<Task>> byParent = new LinkedHashMap<>();
        for (Task t : all) {
            if (keep.contains(t.id())) {
                byParent.computeIfAbsent(t.parentId() == null ? 0L : t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        return build(0L, byParent, units, leaders);
    }

    private static List<TreeNode> build(long parent, Map<Long, List<Task>> byParent, Map<Long, Unit> units,
            Map<Long, String> leaders) {
        List<TreeNode> out = new ArrayList<>();
        for (Task t : byParent.getOrDefault(parent, List.of())) {
            out.add(new TreeNode(t, t.leadUnitId() == null ? null : TaskService.name(units.get(t.leadUnitId())),
                    t.leadLeaderId() == null ? null : leaders.get(t.leadLeaderId()),
                    build(t.id(), byParent, units, leaders)));
        }
        return out;
    }

    /** The tree flattened in reading order with numbers (1, 1.1, 1.1.1) for tables. */
    public static List<TreeNode.Numbered> flatten(List<TreeNode> roots) {
        List<TreeNode.Numbered> out = new ArrayList<>();
        flatten(roots, "", 0, out);
        return out;
    }

    private static void flatten(List<TreeNode> nodes, String prefix, int depth, List<TreeNode.Numbered> out) {
        int i = 1;
        for (TreeNode n : nodes) {
            String number = prefix.isEmpty() ? String.valueOf(i) : prefix + "." + i;
            out.add(new TreeNode.Numbered(number, n, depth));
            flatten(n.children(), number, depth + 1, out);
            i++;
        }
    }

    static Directive directive(ResultSet rs, int row) throws SQLException {
        return new Directive(rs.getLong("id"), rs.getString("title"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"), DirectiveLevel.valueOf(rs.getString("level")),
                DirectiveKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getInt("version"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
