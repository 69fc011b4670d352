package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.SqlParams;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.internal.Attachment;
import cn.luoshi.ledger.internal.CompletionRequest;
import cn.luoshi.ledger.internal.Instruction;
import cn.luoshi.ledger.internal.InstructionForm;
import cn.luoshi.ledger.internal.PendingRequest;
import cn.luoshi.ledger.internal.ReassignForm;
import cn.luoshi.ledger.internal.ReviewStatus;
import cn.luoshi.ledger.internal.WorkflowView;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交办后的流转 — 退回/重新交办, 延期申请, 办结申请与审核, 终止, 领导批示. Every move: load through scope (404), who may
 * (403), the state machine or the request's state (409 in words), the stored version (409), the rules (400), the
 * change with its audit entry in one transaction, then {@link TaskChanged}.
 */
@Service
public class TaskWorkflowService {

    private final JdbcClient jdbc;
    private final TaskStore store;
    private final TaskService tasks;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExtensionPolicyService policies;
    private final WorkingCalendars calendars;

    TaskWorkflowService(JdbcClient jdbc, TaskStore store, TaskService tasks, OrgDirectory org, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, ExtensionPolicyService policies,
            WorkingCalendars calendars) {
        this.jdbc = jdbc;
        this.store = store;
        this.tasks = tasks;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.policies = policies;
        this.calendars = calendars;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    public WorkflowView view(long taskId, CurrentUser me) {
        Task t = store.visible(taskId, me);
        List<ExtensionRequest> extensions = extensionsOf(taskId);
        List<CompletionRequest> completions = completionsOf(taskId);
        boolean open = !t.status().isClosed();
        ExtensionRequest openExtension = extensions.stream().filter(e -> e.status().isOpen()).findFirst().orElse(null);
        boolean extensionPending = openExtension != null;
        var can = new WorkflowView.Moves(
                WorkflowRules.mayReturn(me, t) && TaskStateMachine.allows(t.status(), TaskAction.RETURN),
                WorkflowRules.mayReassign(me) && t.status() == TaskStatus.RETURNED,
                WorkflowRules.mayRequest(me, t) && t.status() == TaskStatus.IN_PROGRESS && !extensionPending
                        && t.deadline() != null && !LocalDate.now(clock).isAfter(t.deadline()),
                open && openExtension != null && mayDecideNow(me, t, openExtension),
                WorkflowRules.mayRequest(me, t) && TaskStateMachine.allows(t.status(), TaskAction.REQUEST_COMPLETION),
                WorkflowRules.mayDecide(me, t) && TaskStateMachine.allows(t.status(), TaskAction.APPROVE_COMPLETION),
                WorkflowRules.mayTerminate(me) && TaskStateMachine.allows(t.status(), TaskAction.TERMINATE),
                WorkflowRules.mayInstruct(me),
                WorkflowRules.mayReply(me, t));
        return jdbc.sql("select * from task where id = :id").param("id", taskId).query((rs, i) -> new WorkflowView(
                taskId, rs.getInt("version"), t.status(), instant(rs, "assigned_at"),
                rs.getObject("deadline", LocalDate.class), rs.getObject("original_deadline", LocalDate.class),
                rs.getString("return_reason"), rs.getString("returned_by"), instant(rs, "returned_at"),
                rs.getObject("completed_on", LocalDate.class), (Boolean) rs.getObject("completed_on_time"),
                rs.getString("termination_reason"), extensions, completions, instructionsOf(taskId), can)).single();
    }

    /**
     * 待审核: pending extension and completion requests on the tasks the user can see, oldest first — the 督查室's
     * to-do list (a unit sees its own requests waiting).
     */
    public List<PendingRequest> pending(CurrentUser me) {
        if (me.isLeader()) {
            return awaitingLeader(me);
        }
        return jdbc.sql("""
                select * from (
                  select 'EXTENSION' as kind, e.id as request_id, e.requested_on, e.requested_by, e.proposed_deadline,
                    t.id as task_id, t.title, t.deadline, u.short_name as lead_unit_name
                  from extension_request e join task t on t.id = e.task_id left join unit u on u.id = t.lead_unit_id
                  where e.status = 'PENDING' and %1$s
                  union all
                  select 'COMPLETION', c.id, c.requested_on, c.requested_by, null,
                    t.id, t.title, t.deadline, u.short_name
                  from completion_request c join task t on t.id = c.task_id left join unit u on u.id = t.lead_unit_id
                  where c.status = 'PENDING' and %1$s
                ) p
                order by requested_on, request_id""".formatted(TaskStore.SCOPE))
                .param("scopeUnit", TaskStore.scopeUnit(me))
                .query((rs, i) -> new PendingRequest(PendingRequest.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("request_id"), rs.getLong("task_id"), rs.getString("title"),
                        rs.getString("lead_unit_name"), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("requested_on", LocalDate.class), rs.getString("requested_by"),
                        rs.getObject("proposed_deadline", LocalDate.class)))
                .list();
    }

    /** 待领导审批: extensions the 督查室 agreed to that wait for this leader, on the tasks the leader leads. */
    private List<PendingRequest> awaitingLeader(CurrentUser me) {
        Long person = org.personIdOf(me.id()).orElse(null);
        if (person == null) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id as request_id, e.requested_on, e.requested_by, e.proposed_deadline,
                  t.id as task_id, t.title, t.deadline, u.short_name as lead_unit_name
                from extension_request e join task t on t.id = e.task_id left join unit u on u.id = t.lead_unit_id
                where e.status = 'AWAITING_LEADER' and t.lead_leader_id = :person
                order by e.requested_on, e.id""")
                .param("person", person)
                .query((rs, i) -> new PendingRequest(PendingRequest.Kind.EXTENSION, rs.getLong("request_id"),
                        rs.getLong("task_id"), rs.getString("title"), rs.getString("lead_unit_name"),
                        rs.getObject("deadline", LocalDate.class), rs.getObject("requested_on", LocalDate.class),
                        rs.getString("requested_by"), rs.getObject("proposed_deadline", LocalDate.class)))
                .list();
    }

    /**
     * 按期办结: whether the task was completed by the deadline in force (the approved request's date ≤ deadline);
     * null while it is not completed. Without a scope check: for bulletins and scores that see every task.
     */
    public Boolean completedOnTime(long taskId) {
        return jdbc.sql("select completed_on, deadline from task where id = :id").param("id", taskId)
                .query((rs, i) -> WorkflowRules.onTime(rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class)))
                .optional().orElseThrow(() -> new NotFoundException("任务", taskId));
    }

    /** An evidence file with its bytes, for download by anyone who can see the task. */
    public record AttachmentContent(Attachment attachment, byte[] content) {
    }

    public AttachmentContent attachment(long taskId, long attachmentId, CurrentUser me) {
        store.visible(taskId, me);
        return jdbc.sql("select * from attachment where id = :id and task_id = :task")
                .param("id", attachmentId).param("task", taskId)
                .query((rs, i) -> new AttachmentContent(attachment(rs), rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("附件", attachmentId));
    }

    // ---- 退回 / 重新交办 ---------------------------------------------------------------------------------------------

    /** 退回: the lead unit returns a task it has not accepted, with a reason the 督查室 and the task page keep. */
    @Transactional
    public Task returnTask(long taskId, ReasonForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayReturn(me, t), "只有牵头单位可以退回任务");
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.RETURN);
        int version = version(f.version, t);
        WorkflowRules.reason(f.reason, "reason", "退回理由").throwIfAny();
        update(taskId, version, """
                update task set status = :status, return_reason = :reason, returned_by = :by, returned_at = luoshi_now(),
                  version = version + 1, updated_at = luoshi_now()
                where id = :id and version = :version""",
                Map.of("status", to.name(), "reason", f.reason.trim(), "by", me.auditName()));
        Task returned = moved(t, me, "退回任务：" + f.reason.trim(), "returned",
                Map.of("状态", t.status().label()), Map.of("状态", to.label(), "退回理由", f.reason.trim()));
        events.publishEvent(Arrivals.returned(t, unitName(org.unitsById(), t.leadUnitId()), f.reason.trim()));
        return returned;
    }

    /** 重新交办: the 督查室 gives a returned task to a (new) lead unit, optionally with a new deadline. */
    @Transactional
    public Task reassign(long taskId, ReassignForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayReassign(me), "只有督查室可以重新交办");
        if (t.status() != TaskStatus.RETURNED) { // ASSIGN also starts 未交办 tasks, but that is the edit form's job
            throw new ConflictException("任务当前状态为「" + t.status().label() + "」，只有已退回的任务可以重新交办");
        }
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.ASSIGN);
        int version = version(f.version, t);
        Map<Long, Unit> units = org.unitsById();
        WorkflowRules.reassign(f, t, parentDeadline(t), units::containsKey, tasks.milestones(taskId)).throwIfAny();
        LocalDate deadline = f.deadline == null ? t.deadline() : f.deadline;
        update(taskId, version, """
                update task set status = :status, lead_unit_id = :unit, deadline = :deadline, assigned_at = luoshi_now(),
                  accepted_at = null, version = version + 1, updated_at = luoshi_now(),
                  -- 责任人 and 联系方式 belong to the unit; a new unit names its own
                  responsible_person = case when lead_unit_id = :unit then responsible_person end,
                  contact = case when lead_unit_id = :unit then contact end
                where id = :id and version = :version""",
                SqlParams.of("status", to.name(), "unit", f.leadUnitId, "deadline", deadline));
        // The new lead unit is no longer a 配合单位 of the same task.
        jdbc.sql("delete from task_co_unit where task_id = ? and unit_id = ?").params(taskId, f.leadUnitId).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("状态", t.status().label());
        before.put("牵头单位", unitName(units, t.leadUnitId()));
        before.put("完成时限", t.deadline());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("状态", to.label());
        after.put("牵头单位", unitName(units, f.leadUnitId));
        after.put("完成时限", deadline);
        Task moved = moved(t, me, "重新交办给" + unitName(units, f.leadUnitId), "reassigned", before, after);
        events.publishEvent(Arrivals.assigned(moved, true));
        return moved;
    }

    // ---- 终止 -----------------------------------------------------------------------------------------------------

    @Transactional
    public Task terminate(long taskId, ReasonForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayTerminate(me), "只有督查室可以终止任务");
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.TERMINATE);
        int version = version(f.version, t);
        WorkflowRules.reason(f.reason, "reason", "终止理由").throwIfAny();
        update(taskId, version, """
                update task set status = :status, termination_reason = :reason, version = version + 1,
                  updated_at = luoshi_now()
                where id = :id and version = :version""", Map.of("status", to.name(), "reason", f.reason.trim()));
        closePending(taskId, me, "任务已终止，申请随之关闭");
        return moved(t, me, "终止任务：" + f.reason.trim(), "terminated",
                Map.of("状态", t.status().label()), Map.of("状态", to.label(), "终止理由", f.reason.trim()));
    }

    // ---- 延期申请 --------------------------------------------------------------------------------------------------

    /** 延期申请: by the lead unit, while the task is 办理中 and its deadline has not passed; one pending at a time. */
    @Transactional
    public ExtensionRequest requestExtension(long taskId, ExtensionForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayRequest(me, t), "只有牵头单位可以申请延期");
        if (t.status() != TaskStatus.IN_PROGRESS) {
            throw new ConflictException("任务当前状态为「" + t.status().label() + "」，只有办理中的任务可以申请延期");
        }
        if (pendingExtension(taskId) != null) {
            throw new ConflictException("已有一项待审核的延期申请，请等待督查室审核后再提出");
        }
        WorkflowRules.extension(f, t, LocalDate.now(clock), parentDeadline(t)).throwIfAny();
        final long id;
        try {
            id = insertExtension(taskId, t, f, me);
        } catch (DuplicateKeyException e) { // a second request raced past the check above
            throw new ConflictException("已有一项待审核的延期申请，请等待督查室审核后再提出");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("现行时限", t.deadline());
        after.put("申请延期至", f.proposedDeadline);
        after.put("延期理由", f.reason.trim());
        after.put("目前进展", f.currentProgress.trim());
        boolean late = t.deadline() != null && LocalDate.now(clock).isAfter(t.deadline());
        if (late) {
            after.put("逾期后申请", "是（逾期期间仍计逾期）");
        }
        audit.record(me.auditName(), AuditAction.CREATE, TaskService.subject("延期申请", id, t),
                (late ? "逾期后申请延期至" : "申请延期至") + f.proposedDeadline + "：" + f.reason.trim(), null, after);
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "extension-requested"));
        events.publishEvent(Arrivals.requested(t, unitName(org.unitsById(), t.leadUnitId()), true, id,
                (late ? "（逾期后申请）" : "") + "至" + f.proposedDeadline));
        return extensionsOf(taskId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private long insertExtension(long taskId, Task t, ExtensionForm f, CurrentUser me) {
        return jdbc.sql("""
                insert into extension_request (task_id, requested_on, current_deadline, proposed_deadline, reason,
                  current_progress, status, requested_by, after_overdue)
                values (:task, :on, :current, :proposed, :reason, :progress, 'PENDING', :by, :late)
                returning id""")
                .param("late", t.deadline() != null && LocalDate.now(clock).isAfter(t.deadline()))
                .param("task", taskId).param("on", LocalDate.now(clock)).param("current", t.deadline())
                .param("proposed", f.proposedDeadline).param("reason", f.reason.trim())
                .param("progress", f.currentProgress.trim()).param("by", me.auditName())
                .query(Long.class).single();
    }

    /**
     * 同意延期: the deadline moves to the proposed date; the first deadline is kept in {@code original_deadline}.
     * Milestones keep their dates: they all lie on or before the old deadline, hence before the new one. Where the
     * {@link ExtensionPolicy} asks for the 牵头区领导 too, the 督查室's agreement sends the request on to the leader
     * ({@link ReviewStatus#AWAITING_LEADER}) and the deadline moves on the leader's approval.
     */
    @Transactional
    public Task approveExtension(long taskId, long requestId, ReasonForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        ExtensionRequest r = openExtension(taskId, requestId, t);
        requireDecider(me, t, r);
        int version = version(f.version, t);
        if (!r.currentDeadline().equals(t.deadline())) {
            throw new ConflictException("申请提出后完成时限已改为" + t.deadline() + "，请不同意该申请并请牵头单位重新申请");
        }
        new Violations().optionalText(f.reason, "reason", "审核意见", WorkflowRules.REASON_MAX)
                .throwIfAny();
        if (r.status() == ReviewStatus.PENDING && leaderMustApprove(t, r)) {
            int n = jdbc.sql("""
                    update extension_request set status = 'AWAITING_LEADER', reviewed_by = :by, reviewed_at = luoshi_now(),
                      review_comment = :comment
                    where id = :id and status = 'PENDING'""")
                    .param("by", me.auditName()).param("comment", TaskStore.blankToNull(f.reason))
                    .param("id", r.id()).update();
            if (n == 0) {
                throw new ConflictException("该申请已被审核，请刷新页面");
            }
            String leader = org.person(t.leadLeaderId()).map(p -> p.name()).orElse("牵头区领导");
            audit.record(me.auditName(), AuditAction.TRANSITION, TaskService.subject("延期申请", r.id(), t),
                    "督查室同意延期至" + r.proposedDeadline() + "，报" + leader + "审批",
                    Map.of("审核", ReviewStatus.PENDING.label()), Map.of("审核", ReviewStatus.AWAITING_LEADER.label()));
            events.publishEvent(new TaskChanged(taskId, t.directiveId(), "extension-reviewed"));
            events.publishEvent(Arrivals.awaitingLeader(t, r.id(), r.proposedDeadline()));
            return store.find(taskId).orElseThrow();
        }
        update(taskId, version, """
                update task set original_deadline = coalesce(original_deadline, deadline), deadline = :deadline,
                  version = version + 1, updated_at = luoshi_now()
                where id = :id and version = :version""", Map.of("deadline", r.proposedDeadline()));
        decide("extension_request", r.id(), r.status(), ReviewStatus.APPROVED, f.reason, me);
        Task extended = moved(t, me, (me.isLeader() ? "牵头区领导同意延期至" : "同意延期至") + r.proposedDeadline(),
                "extension-approved", Map.of("完成时限", t.deadline()), Map.of("完成时限", r.proposedDeadline()));
        events.publishEvent(Arrivals.decided(t, "延期已同意", (me.isLeader() ? "牵头区领导" : "督查室") + "同意「" + t.title()
                + "」延期至" + r.proposedDeadline() + "。"));
        return extended;
    }

    /** Whether this request must go on to the task's 牵头区领导 after the 督查室 agrees. */
    private boolean leaderMustApprove(Task t, ExtensionRequest r) {
        return t.leadLeaderId() != null
                && policies.current().needsLeader(r.currentDeadline(), r.proposedDeadline(), calendars.current())
                && org.hasAccount(t.leadLeaderId());
    }

    /** The 督查室 decides a PENDING request; the task's 牵头区领导 one AWAITING_LEADER. */
    private boolean mayDecideNow(CurrentUser me, Task t, ExtensionRequest r) {
        return r.status() == ReviewStatus.AWAITING_LEADER
                ? WorkflowRules.mayDecideAsLeader(me, org.personIdOf(me.id()).orElse(null), t)
                : WorkflowRules.mayDecide(me, t);
    }

    private void requireDecider(CurrentUser me, Task t, ExtensionRequest r) {
        LedgerPermissions.require(mayDecideNow(me, t, r), r.status() == ReviewStatus.AWAITING_LEADER
                ? "该延期申请待牵头区领导审批，只有牵头区领导可以审批"
                : "只有督查室可以审核延期申请，且不能审核本单位的申请");
    }

    /** 不同意延期: the deadline stays; a comment saying why is required. */
    @Transactional
    public ExtensionRequest refuseExtension(long taskId, long requestId, ReasonForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        ExtensionRequest r = openExtension(taskId, requestId, t);
        requireDecider(me, t, r);
        WorkflowRules.reason(f.reason, "reason", "不同意的理由").throwIfAny();
        decide("extension_request", r.id(), r.status(), ReviewStatus.REFUSED, f.reason, me);
        audit.record(me.auditName(), AuditAction.TRANSITION, TaskService.subject("延期申请", r.id(), t),
                (me.isLeader() ? "牵头区领导不同意延期：" : "不同意延期：") + f.reason.trim(),
                Map.of("审核", r.status().label()),
                Map.of("审核", ReviewStatus.REFUSED.label(), "理由", f.reason.trim()));
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "extension-refused"));
        events.publishEvent(Arrivals.decided(t, "延期未同意", (me.isLeader() ? "牵头区领导" : "督查室") + "不同意「"
                + t.title() + "」延期：" + Arrivals.shorten(f.reason) + "。"));
        return extensionsOf(taskId).stream().filter(e -> e.id() == requestId).findFirst().orElseThrow();
    }

    // ---- 办结 -----------------------------------------------------------------------------------------------------

    /** 申请办结: the lead unit, with a summary and at least one evidence file checked by content. */
    @Transactional
    public Task requestCompletion(long taskId, String summary, Integer version, List<EvidenceFile> files,
            CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayRequest(me, t), "只有牵头单位可以申请办结");
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.REQUEST_COMPLETION);
        int v = version(version, t);
        WorkflowRules.completion(summary, files).throwIfAny();
        store.transition(taskId, v, to, false);
        long requestId = jdbc.sql("""
                insert into completion_request (task_id, requested_on, summary, status, requested_by)
                values (:task, :on, :summary, 'PENDING', :by) returning id""")
                .param("task", taskId).param("on", LocalDate.now(clock)).param("summary", summary.trim())
                .param("by", me.auditName()).query(Long.class).single();
        List<String> names = files.stream().filter(f -> f != null && f.size() > 0).map(f -> {
            EvidenceType type = EvidenceType.byName(f.name()).orElseThrow();
            jdbc.sql("""
                    insert into attachment (task_id, completion_request_id, original_name, content_type, size_bytes,
                      sha256, content, uploaded_by)
                    values (:task, :request, :name, :type, :size, :sha, :content, :by)""")
                    .param("task", taskId).param("request", requestId).param("name", f.name())
                    .param("type", type.contentType()).param("size", f.size()).param("sha", sha256(f.content()))
                    .param("content", f.content()).param("by", me.auditName()).update();
            return f.name();
        }).toList();
        Task requested = moved(t, me, "申请办结", "completion-requested", Map.of("状态", t.status().label()),
                Map.of("状态", to.label(), "办结情况", summary.trim(), "佐证材料", String.join("、", names)));
        events.publishEvent(Arrivals.requested(t, unitName(org.unitsById(), t.leadUnitId()), false, requestId, ""));
        return requested;
    }

    /** 审核办结: the 督查室 (never the requesting unit) approves; 办结日期 is the approved request's date. */
    @Transactional
    public Task approveCompletion(long taskId, ReasonForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayDecide(me, t), "只有督查室可以审核办结，且不能审核本单位的办结申请");
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.APPROVE_COMPLETION);
        int version = version(f.version, t);
        new Violations().optionalText(f.reason, "reason", "审核意见", WorkflowRules.REASON_MAX)
                .throwIfAny();
        CompletionRequest r = pendingCompletion(taskId);
        update(taskId, version, """
                update task set status = :status, completed_on = :on, version = version + 1, updated_at = luoshi_now()
                where id = :id and version = :version""", Map.of("status", to.name(), "on", r.requestedOn()));
        decide("completion_request", r.id(), ReviewStatus.PENDING, ReviewStatus.APPROVED, f.reason, me);
        closePending(taskId, me, "任务已办结，申请随之关闭");
        Boolean onTime = WorkflowRules.onTime(r.requestedOn(), t.deadline());
        Task completed = moved(t, me, "审核通过，任务办结（" + (Boolean.TRUE.equals(onTime) ? "按期" : "逾期") + "）",
                "completed", Map.of("状态", t.status().label()), Map.of("状态", to.label(), "办结日期", r.requestedOn()));
        events.publishEvent(Arrivals.decided(t, "办结已审核", "督查室审核通过「" + t.title() + "」的办结申请，任务已办结。"));
        return completed;
    }

    /** 驳回办结: back to 办理中 with the reason the unit must address. */
    @Transactional
    public Task rejectCompletion(long taskId, ReasonForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayDecide(me, t), "只有督查室可以审核办结，且不能审核本单位的办结申请");
        TaskStatus to = TaskStateMachine.next(t.status(), TaskAction.REJECT_COMPLETION);
        int version = version(f.version, t);
        WorkflowRules.reason(f.reason, "reason", "驳回理由").throwIfAny();
        CompletionRequest r = pendingCompletion(taskId);
        store.transition(taskId, version, to, false);
        decide("completion_request", r.id(), ReviewStatus.PENDING, ReviewStatus.REFUSED, f.reason, me);
        Task rejected = moved(t, me, "驳回办结申请：" + f.reason.trim(), "completion-rejected",
                Map.of("状态", t.status().label()), Map.of("状态", to.label(), "驳回理由", f.reason.trim()));
        events.publishEvent(Arrivals.decided(t, "办结被驳回", "督查室驳回了「" + t.title() + "」的办结申请："
                + Arrivals.shorten(f.reason) + "。请继续办理。"));
        return rejected;
    }

    // ---- 领导批示 --------------------------------------------------------------------------------------------------

    @Transactional
    public Instruction instruct(long taskId, InstructionForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        LedgerPermissions.require(WorkflowRules.mayInstruct(me), "只有区领导或督查室可以作出批示");
        WorkflowRules.instruction(f.text, "批示内容").throwIfAny();
        long id = jdbc.sql("""
                insert into instruction (task_id, body, written_by, written_by_user) values (?, ?, ?, ?) returning id""")
                .params(taskId, f.text.trim(), me.auditName(), me.id() > 0 ? me.id() : null).query(Long.class).single();
        audit.record(me.auditName(), AuditAction.CREATE, TaskService.subject("领导批示", id, t), "批示：" + f.text.trim(),
                null, Map.of("批示", f.text.trim()));
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "instruction"));
        if (t.leadUnitId() != null) {
            events.publishEvent(Arrivals.instructed(t, id, me.auditName(), f.text));
        }
        return instruction(taskId, id);
    }

    /** The lead unit answers an instruction, once. */
    @Transactional
    public Instruction reply(long taskId, long instructionId, InstructionForm f, CurrentUser me) {
        Task t = store.visible(taskId, me);
        Instruction i = instruction(taskId, instructionId);
        LedgerPermissions.require(WorkflowRules.mayReply(me, t), "只有牵头单位可以回复批示");
        if (i.reply() != null) {
            throw new ConflictException("该批示已回复，不能重复回复");
        }
        WorkflowRules.instruction(f.text, "回复内容").throwIfAny();
        int n = jdbc.sql("""
                update instruction set reply = :reply, replied_by = :by, replied_at = luoshi_now(), version = version + 1
                where id = :id and reply is null""")
                .param("reply", f.text.trim()).param("by", me.auditName()).param("id", instructionId).update();
        if (n == 0) {
            throw new ConflictException("该批示已回复，不能重复回复");
        }
        audit.record(me.auditName(), AuditAction.UPDATE, TaskService.subject("领导批示", instructionId, t),
                "回复批示", Map.of("回复", ""), Map.of("回复", f.text.trim()));
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "instruction-reply"));
        jdbc.sql("select written_by_user from instruction where id = ? and written_by_user is not null")
                .param(instructionId).query(Long.class).optional().ifPresent(author -> events.publishEvent(
                        Arrivals.replied(t, instructionId, author, unitName(org.unitsById(), t.leadUnitId()), f.text)));
        return instruction(taskId, instructionId);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** The version the move starts from: the submitted one (stale → 409), or the stored one when none was sent. */
    private static int version(Integer submitted, Task t) {
        if (submitted != null && submitted != t.version()) {
            throw ConflictException.staleEdit();
        }
        return t.version();
    }


    private void update(long taskId, int version, String sql, Map<String, Object> params) {
        int n = jdbc.sql(sql).params(params).param("id", taskId).param("version", version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
    }

    /** Audit entry and event for a move of the task itself; returns the task as it is now. */
    private Task moved(Task before, CurrentUser me, String summary, String what, Map<String, Object> from,
            Map<String, Object> to) {
        Task after = store.find(before.id()).orElseThrow();
        audit.record(me.auditName(), AuditAction.TRANSITION, TaskService.subject("任务", before.id(), after), summary,
                new LinkedHashMap<>(from), new LinkedHashMap<>(to));
        events.publishEvent(new TaskChanged(before.id(), before.directiveId(), what));
        return after;
    }

    private void decide(String table, long requestId, ReviewStatus from, ReviewStatus status, String comment,
            CurrentUser me) {
        int n = jdbc.sql("update " + table + """
                 set status = :status, decided_by = :by, decided_at = luoshi_now(), decision_comment = :comment
                where id = :id and status = :from""")
                .param("status", status.name()).param("from", from.name()).param("by", me.auditName())
                .param("comment", TaskStore.blankToNull(comment)).param("id", requestId).update();
        if (n == 0) {
            throw new ConflictException("该申请已被审核，请刷新页面");
        }
    }

    /** When the task closes, a pending extension request can no longer be decided: it is closed with a note. */
    private void closePending(long taskId, CurrentUser me, String note) {
        jdbc.sql("""
                update extension_request set status = 'REFUSED', decided_by = :by, decided_at = luoshi_now(),
                  decision_comment = :note
                where task_id = :task and status in ('PENDING', 'AWAITING_LEADER')""")
                .param("by", me.auditName()).param("note", note).param("task", taskId).update();
        jdbc.sql("""
                update completion_request set status = 'REFUSED', decided_by = :by, decided_at = luoshi_now(),
                  decision_comment = :note
                where task_id = :task and status = 'PENDING'""")
                .param("by", me.auditName()).param("note", note).param("task", taskId).update();
    }

    private ExtensionRequest pendingExtension(long taskId) {
        return extensionsOf(taskId).stream().filter(e -> e.status().isOpen()).findFirst().orElse(null);
    }

    private ExtensionRequest openExtension(long taskId, long requestId, Task t) {
        ExtensionRequest r = extensionsOf(taskId).stream().filter(e -> e.id() == requestId).findFirst()
                .orElseThrow(() -> new NotFoundException("延期申请", requestId));
        if (!r.status().isOpen()) {
            throw new ConflictException("该延期申请已" + r.status().label() + "，不能再次审核");
        }
        if (t.status().isClosed()) {
            throw new ConflictException("任务已" + t.status().label() + "，不能再审核延期申请");
        }
        return r;
    }

    private CompletionRequest pendingCompletion(long taskId) {
        return completionsOf(taskId).stream().filter(c -> c.status() == ReviewStatus.PENDING).findFirst()
                .orElseThrow(() -> new ConflictException("没有待审核的办结申请"));
    }

    private LocalDate parentDeadline(Task t) {
        return t.parentId() == null ? null : store.find(t.parentId()).map(Task::deadline).orElse(null);
    }

    private static String unitName(Map<Long, Unit> units, Long id) {
        Unit u = id == null ? null : units.get(id);
        return u == null ? null : u.shortName();
    }

    List<ExtensionRequest> extensionsOf(long taskId) {
        return jdbc.sql("select * from extension_request where task_id = ? order by id desc").param(taskId)
                .query((rs, i) -> new ExtensionRequest(rs.getLong("id"), rs.getLong("task_id"),
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("current_deadline", LocalDate.class),
                        rs.getObject("proposed_deadline", LocalDate.class), rs.getString("reason"),
                        rs.getString("current_progress"), ReviewStatus.valueOf(rs.getString("status")),
                        rs.getString("requested_by"), instant(rs, "requested_at"), rs.getString("reviewed_by"),
                        instant(rs, "reviewed_at"), rs.getString("review_comment"), rs.getString("decided_by"),
                        instant(rs, "decided_at"), rs.getString("decision_comment"), rs.getBoolean("after_overdue")))
                .list();
    }

    List<CompletionRequest> completionsOf(long taskId) {
        Map<Long, List<Attachment>> files = jdbc.sql("""
                select id, task_id, completion_request_id, original_name, content_type, size_bytes, sha256,
                  uploaded_by, uploaded_at
                from attachment where task_id = ? order by id""").param(taskId)
                .query((rs, i) -> attachment(rs)).list().stream()
                .filter(a -> a.completionRequestId() != null)
                .collect(Collectors.groupingBy(Attachment::completionRequestId));
        return jdbc.sql("select * from completion_request where task_id = ? order by id desc").param(taskId)
                .query((rs, i) -> new CompletionRequest(rs.getLong("id"), rs.getLong("task_id"),
                        rs.getObject("requested_on", LocalDate.class), rs.getString("summary"),
                        ReviewStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                        instant(rs, "requested_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                        rs.getString("decision_comment"), files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    List<Instruction> instructionsOf(long taskId) {
        return jdbc.sql("select * from instruction where task_id = ? order by id desc").param(taskId)
                .query(TaskWorkflowService::instruction).list();
    }

    private Instruction instruction(long taskId, long id) {
        return jdbc.sql("select * from instruction where id = ? and task_id = ?").params(id, taskId)
                .query(TaskWorkflowService::instruction).optional()
                .orElseThrow(() -> new NotFoundException("批示", id));
    }

    private static Instruction instruction(ResultSet rs, int row) throws SQLException {
        return new Instruction(rs.getLong("id"), rs.getLong("task_id"), rs.getString("body"),
                rs.getString("written_by"), instant(rs, "written_at"), rs.getString("reply"),
                rs.getString("replied_by"), instant(rs, "replied_at"), rs.getInt("version"));
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("task_id"), (Long) rs.getObject("completion_request_id"),
                rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
