package cn.luoshi.supervision;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PageResult;
import cn.luoshi.common.SqlParams;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.WorkflowSettings;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.LightVerdict;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import java.math.BigDecimal;
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
 * 整改事项 — opened by the 督查室 from an inspection's finding, worked on by the owner unit, closed (销号) by the
 * 督查室 only with evidence. Each move: scope (404) → who (403) → state (409) → version (409) → rules (400) → the
 * change with its audit entry (against the inspected task, if any) in one transaction. Lights are computed when
 * read, by the tasks' rule ({@link RectificationLight}).
 */
@Service
public class RectificationService {

    static final String FILES = "rectification_id";

    private final JdbcClient jdbc;
    private final SupervisionStore store;
    private final InspectionService inspections;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final WorkingCalendars calendars;
    private final LightPolicy policy;
    private final Clock clock;
    private final int acceptanceWorkingDays;

    /** 到达通知 go out as {@link cn.luoshi.common.WorkArrived} events; a service built by hand tells nobody. */
    private org.springframework.context.ApplicationEventPublisher events = e -> { };

    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }


    RectificationService(JdbcClient jdbc, SupervisionStore store, InspectionService inspections, OrgDirectory org,
            AuditLog audit, WorkingCalendars calendars, LightPolicy policy, Clock clock,
            WorkflowSettings workflow) {
        this.jdbc = jdbc;
        this.store = store;
        this.inspections = inspections;
        this.org = org;
        this.audit = audit;
        this.calendars = calendars;
        this.policy = policy;
        this.clock = clock;
        this.acceptanceWorkingDays = workflow.acceptanceWorkingDays();
    }

    private static final String SELECT = """
            select r.*, i.task_title, g.name as group_name
            from rectification r join inspection i on i.id = r.inspection_id
              join supervision_group g on g.id = i.group_id""";

    // ---- reading --------------------------------------------------------------------------------------------------

    /**
     * The list, filtered in SQL by scope, unit, status, inspection, task and text, lit in Java and then filtered by
     * light (rectification items number in the hundreds, not the hundred thousands of tasks).
     */
    public PageResult<RectificationRow> list(RectificationQuery q, CurrentUser me) {
        int size = PageResult.clampSize(q.size());
        int page = PageResult.clampPage(q.page());
        Map<String, Object> p = new HashMap<>();
        p.put("scopeUnit", SupervisionStore.scopeUnit(me));
        StringBuilder where = new StringBuilder(SupervisionStore.scope("r.owner_unit_id"));
        if (q.unitId() != null) {
            where.append(" and r.owner_unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.status() != null) {
            where.append(" and r.status = :status");
            p.put("status", q.status().name());
        }
        if (Boolean.TRUE.equals(q.openOnly())) {
            where.append(" and r.status <> 'CLOSED'");
        }
        if (q.inspectionId() != null) {
            where.append(" and r.inspection_id = :inspection");
            p.put("inspection", q.inspectionId());
        }
        if (q.taskId() != null) {
            where.append(" and r.task_id = :task");
            p.put("task", q.taskId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (r.title ilike :text or r.requirement ilike :text)");
            p.put("text", "%" + q.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        RectificationLight lights = lights();
        LocalDate today = today();
        List<RectificationRow> all = jdbc.sql(SELECT + " where " + where + " order by r.deadline, r.id").params(p)
                .query(this::item).list().stream()
                .map(r -> new RectificationRow(r, light(lights, r, today)))
                .filter(r -> q.light() == null || r.light().light() == q.light())
                .toList();
        int from = Math.min(all.size(), page * size);
        return new PageResult<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /** The item if the viewer may see it (the owner unit, or those who see everything); otherwise 404. */
    public Rectification get(long id, CurrentUser me) {
        return jdbc.sql(SELECT + " where r.id = :id and " + SupervisionStore.scope("r.owner_unit_id"))
                .param("id", id).param("scopeUnit", SupervisionStore.scopeUnit(me))
                .query(this::item).optional().orElseThrow(() -> new NotFoundException("整改事项", id));
    }

    public RectificationView view(long id, CurrentUser me) {
        Rectification r = get(id, me);
        long owner = r.ownerUnitId();
        var can = new RectificationView.Moves(
                RectificationStateMachine.can(me, RectificationAction.START, r.status(), owner),
                RectificationStateMachine.can(me, RectificationAction.UPDATE, r.status(), owner),
                RectificationStateMachine.can(me, RectificationAction.SUBMIT, r.status(), owner),
                RectificationStateMachine.can(me, RectificationAction.RETURN, r.status(), owner),
                RectificationStateMachine.can(me, RectificationAction.CLOSE, r.status(), owner));
        return new RectificationView(r, light(lights(), r, today()), store.files(FILES, id), can);
    }

    /** The light of one item today. */
    public ItemLight lightOf(Rectification r) {
        return light(lights(), r, today());
    }

    public AttachmentContent attachment(long id, long attachmentId, CurrentUser me) {
        get(id, me);
        return store.file(FILES, id, attachmentId);
    }

    /** Open items the viewer may see: for a unit its own to work on; for the 督查室 those waiting for 销号. */
    public int pendingCount(CurrentUser me) {
        String status = me.isUnitUser() ? "r.status in ('OPEN', 'IN_PROGRESS')" : "r.status = 'RECTIFIED'";
        return jdbc.sql("select count(*) from rectification r where " + status + " and "
                        + SupervisionStore.scope("r.owner_unit_id"))
                .param("scopeUnit", SupervisionStore.scopeUnit(me)).query(Integer.class).single();
    }

    // ---- moves ----------------------------------------------------------------------------------------------------

    /** 交办整改: the 督查室 opens an item from an inspection's finding. */
    @Transactional
    public Rectification open(long inspectionId, RectificationForm f, CurrentUser me) {
        Inspection i = inspections.get(inspectionId, me);
        if (!SupervisionRules.mayManage(me)) {
            throw new ForbiddenException("只有督查室可以交办整改事项");
        }
        SupervisionRules.rectification(f, today(), id -> org.unit(id).isPresent(),
                id -> org.person(id).map(Person::unitId).filter(u -> u.equals(f.ownerUnitId)).isPresent())
                .throwIfAny();
        long id = jdbc.sql("""
                insert into rectification (inspection_id, task_id, title, requirement, owner_unit_id,
                  owner_person_id, opened_on, deadline, status, created_by)
                values (:inspection, :task, :title, :requirement, :unit, :person, :on, :deadline, 'OPEN', :by)
                returning id""")
                .param("inspection", inspectionId).param("task", i.taskId()).param("title", f.title.trim())
                .param("requirement", SupervisionStore.blankToNull(f.requirement)).param("unit", f.ownerUnitId)
                .param("person", f.ownerPersonId).param("on", today()).param("deadline", f.deadline)
                .param("by", me.auditName()).query(Long.class).single();
        Rectification r = get(id, me);
        audit.record(me.auditName(), AuditAction.CREATE, subject(r), i.groupName() + "交办整改事项「" + r.title()
                + "」给" + r.ownerUnitName() + "，限" + r.deadline() + "前整改到位", null, snapshot(r));
        events.publishEvent(cn.luoshi.common.WorkArrived.toUnit("RECTIFICATION_OPENED", "整改交办", "RECTIFICATION",
                r.id(), "opened:" + r.id(), r.ownerUnitId(), r.title(), i.groupName() + "交办整改事项「" + r.title()
                        + "」，限" + r.deadline() + "前整改到位。", "/supervision/rectifications/" + r.id()));
        return r;
    }

    /** 开始整改: the owner unit takes the item on. */
    @Transactional
    public Rectification start(long id, Integer version, CurrentUser me) {
        Rectification r = get(id, me);
        require(me, RectificationAction.START, r);
        RectificationStatus to = RectificationStateMachine.next(r.status(), RectificationAction.START);
        int v = SupervisionStore.version(version, r.version());
        update(id, v, "status = :status, started_on = :today", SqlParams.of("status", to.name(), "today", today()));
        return moved(r, me, "开始整改");
    }

    /** 更新整改进展: cumulative percent and what was done; an open item becomes 整改中. */
    @Transactional
    public Rectification progress(long id, ProgressForm f, CurrentUser me) {
        Rectification r = get(id, me);
        require(me, RectificationAction.UPDATE, r);
        RectificationStatus to = RectificationStateMachine.next(r.status(), RectificationAction.UPDATE);
        int v = SupervisionStore.version(f.version, r.version());
        SupervisionRules.progress(f).throwIfAny();
        update(id, v, """
                status = :status, started_on = coalesce(started_on, :today), progress_percent = :percent,
                progress_note = :note""",
                SqlParams.of("status", to.name(), "today", today(), "percent", f.progressPercent, "note", f.note.trim()));
        return moved(r, me, "更新整改进展：" + f.progressPercent.stripTrailingZeros().toPlainString() + "%，"
                + f.note.trim());
    }

    /** 报送整改结果: the owner unit reports it done — with evidence (整改情况 and a file or a 佐证说明). */
    @Transactional
    public Rectification submit(long id, EvidenceForm f, List<EvidenceFile> files, CurrentUser me) {
        Rectification r = get(id, me);
        require(me, RectificationAction.SUBMIT, r);
        RectificationStatus to = RectificationStateMachine.next(r.status(), RectificationAction.SUBMIT);
        int v = SupervisionStore.version(f.version, r.version());
        SupervisionRules.evidence(f, files, store.files(FILES, id).size()).throwIfAny();
        update(id, v, """
                status = :status, started_on = coalesce(started_on, :today), progress_percent = 100,
                summary = :summary, evidence_note = :note, submitted_on = :today, submitted_by = :by""",
                SqlParams.of("status", to.name(), "today", today(), "summary", f.summary.trim(),
                        "note", SupervisionStore.blankToNull(f.evidenceNote), "by", me.auditName()));
        List<String> names = store.storeFiles(FILES, id, files, me);
        events.publishEvent(cn.luoshi.common.WorkArrived.toSupervisors("RECTIFICATION_SUBMITTED", "整改待销号",
                "RECTIFICATION", r.id(), "submitted:" + r.id() + ":" + Long.toString(System.nanoTime(), 36), r.title(),
                r.ownerUnitName() + "报送了整改事项「" + r.title() + "」的整改结果，请核查销号。",
                "/supervision/rectifications/" + r.id()));
        return moved(r, me, "报送整改结果" + (names.isEmpty() ? "" : "（佐证材料：" + String.join("、", names) + "）"));
    }

    /**
     * 退回重改: the 督查室 is not satisfied; back to 整改中 with the reason. The report it sends back no longer dates
     * the rectification (报送日期 cleared; the history keeps it): the item is judged against today again, and a later
     * 销号 without a new report is dated by the 销号.
     */
    @Transactional
    public Rectification sendBack(long id, DecisionForm f, CurrentUser me) {
        Rectification r = get(id, me);
        require(me, RectificationAction.RETURN, r);
        RectificationStatus to = RectificationStateMachine.next(r.status(), RectificationAction.RETURN);
        int v = SupervisionStore.version(f.version, r.version());
        SupervisionRules.reason(f, "退回理由").throwIfAny();
        update(id, v, "status = :status, return_reason = :reason, submitted_on = null, submitted_by = null",
                SqlParams.of("status", to.name(), "reason", f.reason.trim()));
        events.publishEvent(cn.luoshi.common.WorkArrived.toUnit("RECTIFICATION_RETURNED", "整改退回", "RECTIFICATION",
                r.id(), "returned:" + r.id() + ":" + Long.toString(System.nanoTime(), 36), r.ownerUnitId(), r.title(),
                "整改事项「" + r.title() + "」被退回重改：" + f.reason.trim() + "。", "/supervision/rectifications/" + r.id()));
        return moved(r, me, "退回重改：" + f.reason.trim());
    }

    /**
     * 销号: the 督查室 closes the item — only with evidence. From 已整改待销号 the unit's evidence is there; from
     * 待整改/整改中 (verified by a group on site) the 督查室 gives it: 整改情况 and a file or a 佐证说明.
     */
    @Transactional
    public Rectification close(long id, EvidenceForm f, List<EvidenceFile> files, CurrentUser me) {
        Rectification r = get(id, me);
        require(me, RectificationAction.CLOSE, r);
        RectificationStatus to = RectificationStateMachine.next(r.status(), RectificationAction.CLOSE);
        int v = SupervisionStore.version(f.version, r.version());
        EvidenceForm merged = new EvidenceForm();
        merged.summary = SupervisionStore.blankToNull(f.summary) != null ? f.summary : r.summary();
        merged.evidenceNote = SupervisionStore.blankToNull(f.evidenceNote) != null ? f.evidenceNote : r.evidenceNote();
        merged.comment = f.comment;
        SupervisionRules.evidence(merged, files, store.files(FILES, id).size()).throwIfAny();
        update(id, v, """
                status = :status, summary = :summary, evidence_note = :note, closed_on = :today, closed_by = :by,
                close_comment = :comment""",
                SqlParams.of("status", to.name(), "summary", merged.summary.trim(),
                        "note", SupervisionStore.blankToNull(merged.evidenceNote), "today", today(),
                        "by", me.auditName(), "comment", SupervisionStore.blankToNull(f.comment)));
        List<String> names = store.storeFiles(FILES, id, files, me);
        return moved(r, me, "整改事项销号" + (names.isEmpty() ? "" : "（佐证材料：" + String.join("、", names) + "）")
                + (SupervisionStore.blankToNull(f.comment) == null ? "" : "：" + f.comment.trim()));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static void require(CurrentUser me, RectificationAction action, Rectification r) {
        if (!RectificationStateMachine.mayAct(me, action, r.ownerUnitId())) {
            throw new ForbiddenException(action.byOwnerUnit() ? "只有整改责任单位可以" + action.label()
                    : "只有督查室可以" + action.label() + "（不能处理本单位的整改事项）");
        }
    }

    private void update(long id, int version, String set, Map<String, Object> params) {
        VersionedUpdate.apply(jdbc, "rectification", id, version, set, params);
    }

    private Rectification moved(Rectification before, CurrentUser me, String summary) {
        Rectification after = jdbc.sql(SELECT + " where r.id = ?").param(before.id()).query(this::item).single();
        audit.record(me.auditName(), before.status() == after.status() ? AuditAction.UPDATE : AuditAction.TRANSITION,
                subject(after), "整改事项「" + after.title() + "」" + summary, snapshot(before), snapshot(after));
        return after;
    }

    private AuditLog.Subject subject(Rectification r) {
        return new AuditLog.Subject("整改事项", r.id(), r.taskId(), inspections.directiveOf(r.inspectionId()));
    }

    private static Map<String, Object> snapshot(Rectification r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("整改事项", r.title());
        m.put("责任单位", r.ownerUnitName());
        m.put("责任人", r.ownerPersonName());
        m.put("整改时限", r.deadline());
        m.put("状态", r.status().label());
        m.put("整改进度", r.progressPercent() == null ? null : r.progressPercent().stripTrailingZeros().toPlainString()
                + "%");
        m.put("整改进展", r.progressNote());
        m.put("整改情况", r.summary());
        m.put("佐证说明", r.evidenceNote());
        m.put("退回理由", r.returnReason());
        m.put("销号意见", r.closeComment());
        return m;
    }


    private LocalDate today() {
        return ChinaDate.today(clock);
    }

    private RectificationLight lights() {
        return new RectificationLight(calendars.current(), policy, acceptanceWorkingDays);
    }

    private static ItemLight light(RectificationLight lights, Rectification r, LocalDate today) {
        LocalDate done = r.submittedOn() != null ? r.submittedOn() : r.closedOn();
        LightVerdict v = lights.evaluate(new RectificationLight.Facts(r.status(), r.openedOn(), r.deadline(),
                r.progressPercent(), done), today);
        return new ItemLight(v.light(), v.reason(), v.countdownText(), v.countdownWorkingDays());
    }

    private Rectification item(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("owner_unit_id");
        Long person = (Long) rs.getObject("owner_person_id");
        return new Rectification(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("group_name"),
                (Long) rs.getObject("task_id"), rs.getString("task_title"), rs.getString("title"),
                rs.getString("requirement"), unit, store.unitName(unit), person, store.personName(person),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                RectificationStatus.valueOf(rs.getString("status")), (BigDecimal) rs.getObject("progress_percent"),
                rs.getString("progress_note"), rs.getObject("started_on", LocalDate.class), rs.getString("summary"),
                rs.getString("evidence_note"), rs.getObject("submitted_on", LocalDate.class),
                rs.getString("submitted_by"), rs.getString("return_reason"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("closed_by"), rs.getString("close_comment"),
                rs.getInt("version"), rs.getString("created_by"));
    }
}
