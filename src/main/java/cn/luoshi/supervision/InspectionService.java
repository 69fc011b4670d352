package cn.luoshi.supervision;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PageResult;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督导检查 — recorded by the 督查室 for one of its groups; append-only (a correction is a new inspection). A unit
 * user sees the inspections of its own unit (404 for others).
 */
@Service
public class InspectionService {

    static final String FILES = "inspection_id";

    private final JdbcClient jdbc;
    private final SupervisionStore store;
    private final OrgDirectory org;
    private final TaskService tasks;
    private final AuditLog audit;
    private final Clock clock;

    InspectionService(JdbcClient jdbc, SupervisionStore store, OrgDirectory org, TaskService tasks, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.org = org;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    private static final String SELECT = """
            select i.*, g.name as group_name from inspection i join supervision_group g on g.id = i.group_id""";

    public PageResult<Inspection> list(InspectionQuery q, CurrentUser me) {
        int size = PageResult.clampSize(q.size());
        int page = PageResult.clampPage(q.page());
        Map<String, Object> p = new HashMap<>();
        p.put("scopeUnit", SupervisionStore.scopeUnit(me));
        StringBuilder where = new StringBuilder(SupervisionStore.scope("i.unit_id"));
        if (q.groupId() != null) {
            where.append(" and i.group_id = :group");
            p.put("group", q.groupId());
        }
        if (q.unitId() != null) {
            where.append(" and i.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.taskId() != null) {
            where.append(" and i.task_id = :task");
            p.put("task", q.taskId());
        }
        if (q.rating() != null) {
            where.append(" and i.rating = :rating");
            p.put("rating", q.rating().name());
        }
        long total = jdbc.sql("select count(*) from inspection i where " + where).params(p).query(Long.class).single();
        List<Inspection> rows = jdbc.sql(SELECT + " where " + where
                        + " order by i.inspected_on desc, i.id desc limit :limit offset :offset")
                .params(p).param("limit", size).param("offset", (long) page * size).query(this::inspection).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** A group's inspections the viewer may see, newest first (at most 50). */
    public List<Inspection> ofGroup(long groupId, CurrentUser me) {
        return list(new InspectionQuery(groupId, null, null, null, 0, 50), me).rows();
    }

    /** The inspection if the viewer may see it; otherwise 404. */
    public Inspection get(long id, CurrentUser me) {
        return jdbc.sql(SELECT + " where i.id = :id and " + SupervisionStore.scope("i.unit_id"))
                .param("id", id).param("scopeUnit", SupervisionStore.scopeUnit(me))
                .query(this::inspection).optional().orElseThrow(() -> new NotFoundException("督导检查", id));
    }

    public InspectionView view(long id, CurrentUser me) {
        Inspection i = get(id, me);
        return new InspectionView(i, store.files(FILES, id), SupervisionRules.mayManage(me));
    }

    public AttachmentContent attachment(long id, long attachmentId, CurrentUser me) {
        get(id, me);
        return store.file(FILES, id, attachmentId);
    }

    /** Records an inspection with its evidence files, in one transaction with its audit entry. */
    @Transactional
    public Inspection record(InspectionForm f, List<EvidenceFile> files, CurrentUser me) {
        if (!SupervisionRules.mayManage(me)) {
            throw new ForbiddenException("只有督查室可以登记督导检查");
        }
        Violations v = SupervisionRules.inspection(f, LocalDate.now(clock), files);
        if (f.groupId != null && jdbc.sql("select count(*) from supervision_group where id = ?").param(f.groupId)
                .query(Long.class).single() == 0) {
            v.add("groupId", "督查组不存在");
        }
        Task task = null;
        if (f.taskId != null) {
            try {
                task = tasks.get(f.taskId, me);
            } catch (NotFoundException e) {
                v.add("taskId", "任务 " + f.taskId + " 不存在");
            }
        }
        Long unitId = f.unitId != null ? f.unitId : task == null ? null : task.leadUnitId();
        if (f.unitId != null && org.unit(f.unitId).isEmpty()) {
            v.add("unitId", "被检查单位不存在");
        } else if (unitId == null && task != null) {
            v.add("unitId", "该任务尚无牵头单位，请选择被检查单位");
        }
        v.throwIfAny();
        long id = jdbc.sql("""
                insert into inspection (group_id, unit_id, task_id, directive_id, task_title, inspected_on, findings,
                  rating, created_by)
                values (:group, :unit, :task, :directive, :title, :on, :findings, :rating, :by) returning id""")
                .param("group", f.groupId).param("unit", unitId).param("task", f.taskId)
                .param("directive", task == null ? null : task.directiveId())
                .param("title", task == null ? null : task.title()).param("on", f.inspectedOn)
                .param("findings", f.findings.trim()).param("rating", f.rating.name()).param("by", me.auditName())
                .query(Long.class).single();
        List<String> names = store.storeFiles(FILES, id, files, me);
        Inspection i = get(id, me);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("督查组", i.groupName());
        after.put("被检查单位", i.unitName());
        after.put("任务", i.taskTitle());
        after.put("检查日期", i.inspectedOn());
        after.put("进展评价", i.rating().label());
        after.put("发现的问题与情况", i.findings());
        after.put("佐证材料", String.join("、", names));
        audit.record(me.auditName(), AuditAction.CREATE, subject(i, task == null ? null : task.directiveId()),
                i.groupName() + "督导检查" + i.unitName() + "（" + i.inspectedOn() + "），进展评价「" + i.rating().label()
                        + "」",
                null, after);
        return i;
    }

    /** For the audit trail: an inspection of a task shows in that task's history. */
    static AuditLog.Subject subject(Inspection i, Long directiveId) {
        return new AuditLog.Subject("督导检查", i.id(), i.taskId(), directiveId);
    }

    /** The directive of an inspected task, as stored with the inspection. */
    Long directiveOf(long inspectionId) {
        return jdbc.sql("select directive_id from inspection where id = ?").param(inspectionId)
                .query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
    }

    private Inspection inspection(ResultSet rs, int row) throws SQLException {
        long unitId = rs.getLong("unit_id");
        return new Inspection(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_name"), unitId,
                store.unitName(unitId), (Long) rs.getObject("task_id"), rs.getString("task_title"),
                rs.getObject("inspected_on", LocalDate.class), rs.getString("findings"),
                ProgressRating.valueOf(rs.getString("rating")), rs.getString("created_by"),
                SupervisionStore.instant(rs, "created_at"));
    }
}
