package cn.luoshi.supervision;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PageResult;
import cn.luoshi.common.SqlParams;
import cn.luoshi.common.Violations;
import cn.luoshi.common.pdf.PdfRenderer;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.Lit;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskLight;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.light.Countdown;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OfficeName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办单 — issued by the 督查室 for a task whose light is yellow or red, numbered 督办〔year〕第N号 without gaps,
 * answered by the lead unit, confirmed (已办复), sent back or withdrawn by the 督查室. Every move is audited against
 * the task, so it shows in the task's history. A unit user sees the orders to its own unit (404 for others).
 */
@Service
public class OrderService {

    static final String FILES = "order_id";
    static final int DEFAULT_RESPONSE_DAYS = 5;

    private final JdbcClient jdbc;
    private final SupervisionStore store;
    private final TaskService tasks;
    private final DirectiveService directives;
    private final LightService lights;
    private final WorkingCalendars calendars;
    private final AuditLog audit;
    private final PdfRenderer pdf;
    private final Clock clock;
    private final OfficeName office;

    /** 到达通知 go out as {@link cn.luoshi.common.WorkArrived} events; a service built by hand tells nobody. */
    private org.springframework.context.ApplicationEventPublisher events = e -> { };

    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }


    OrderService(JdbcClient jdbc, SupervisionStore store, TaskService tasks, DirectiveService directives,
            LightService lights, WorkingCalendars calendars, AuditLog audit, PdfRenderer pdf, Clock clock,
            OfficeName office) {
        this.jdbc = jdbc;
        this.store = store;
        this.tasks = tasks;
        this.directives = directives;
        this.lights = lights;
        this.calendars = calendars;
        this.audit = audit;
        this.pdf = pdf;
        this.clock = clock;
        this.office = office;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    public PageResult<SupervisionOrder> list(OrderQuery q, CurrentUser me) {
        int size = PageResult.clampSize(q.size());
        int page = PageResult.clampPage(q.page());
        Map<String, Object> p = new HashMap<>();
        p.put("scopeUnit", SupervisionStore.scopeUnit(me));
        StringBuilder where = new StringBuilder(SupervisionStore.scope("o.unit_id"));
        if (q.unitId() != null) {
            where.append(" and o.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.status() != null) {
            where.append(" and o.status = :status");
            p.put("status", q.status().name());
        }
        if (q.taskId() != null) {
            where.append(" and o.task_id = :task");
            p.put("task", q.taskId());
        }
        if (q.year() != null) {
            where.append(" and o.year = :year");
            p.put("year", q.year());
        }
        long total = jdbc.sql("select count(*) from supervision_order o where " + where).params(p)
                .query(Long.class).single();
        List<SupervisionOrder> rows = jdbc.sql("select o.* from supervision_order o where " + where
                        + " order by o.year desc, o.seq desc limit :limit offset :offset")
                .params(p).param("limit", size).param("offset", (long) page * size).query(this::order).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The orders of a task the viewer may see (the task itself must be visible), newest first. */
    public List<SupervisionOrder> forTask(long taskId, CurrentUser me) {
        tasks.get(taskId, me);
        return list(new OrderQuery(null, null, taskId, null, 0, 200), me).rows();
    }

    public SupervisionOrder get(long id, CurrentUser me) {
        return jdbc.sql("select o.* from supervision_order o where o.id = :id and " + SupervisionStore.scope("o.unit_id"))
                .param("id", id).param("scopeUnit", SupervisionStore.scopeUnit(me))
                .query(this::order).optional().orElseThrow(() -> new NotFoundException("督办单", id));
    }

    public OrderView view(long id, CurrentUser me) {
        SupervisionOrder o = get(id, me);
        long unit = o.unitId();
        var can = new OrderView.Moves(OrderStateMachine.can(me, OrderAction.RESPOND, o.status(), unit),
                OrderStateMachine.can(me, OrderAction.CLOSE, o.status(), unit),
                OrderStateMachine.can(me, OrderAction.RETURN, o.status(), unit),
                OrderStateMachine.can(me, OrderAction.WITHDRAW, o.status(), unit));
        String countdown = null;
        boolean overdue = false;
        if (o.status() == OrderStatus.ISSUED) {
            Countdown c = Countdown.of(calendars.current(), today(), o.responseDue());
            countdown = c.text();
            overdue = c.overdue();
        }
        return new OrderView(o, store.unitFullName(unit), store.files(FILES, id), countdown, overdue, can);
    }

    public AttachmentContent attachment(long id, long attachmentId, CurrentUser me) {
        get(id, me);
        return store.file(FILES, id, attachmentId);
    }

    /** For a unit: orders waiting for its answer; for the 督查室: answers waiting for its decision. */
    public int pendingCount(CurrentUser me) {
        String status = me.isUnitUser() ? "o.status = 'ISSUED'" : "o.status = 'RESPONDED'";
        return jdbc.sql("select count(*) from supervision_order o where " + status + " and "
                        + SupervisionStore.scope("o.unit_id"))
                .param("scopeUnit", SupervisionStore.scopeUnit(me)).query(Integer.class).single();
    }

    /** The printable order (A4 PDF, 督办通知单 layout) for anyone who may see it. */
    public byte[] pdf(long id, CurrentUser me) {
        SupervisionOrder o = get(id, me);
        return pdf.render(OrderDocument.xhtml(o, store.unitFullName(o.unitId()), office.name()));
    }

    // ---- issuing --------------------------------------------------------------------------------------------------

    /** The issue form for a task: its light, whether an order may be issued now (and why not), proposed text. */
    public OrderDraft draft(long taskId, CurrentUser me) {
        Task t = tasks.get(taskId, me);
        requireIssuer(me);
        TaskLight light = lights.lightOf(taskId).orElse(null);
        String refusal = refusal(t, light);
        String directive = directives.get(t.directiveId(), me).title();
        OrderForm f = new OrderForm();
        f.taskId = taskId;
        f.basis = "《" + directive + "》确定的「" + t.title() + "」任务"
                + (t.deadline() == null ? "" : "，完成时限为" + t.deadline())
                + (light == null ? "" : "；当前亮" + light.light().label() + "：" + light.reason()) + "。";
        f.requirement = "请承办单位对照任务目标，认真分析滞后原因，制定整改措施、倒排工期，于办复时限前将办理情况书面报"
                + office.name() + "。";
        f.responseDays = DEFAULT_RESPONSE_DAYS;
        f.signer = me.displayName();
        return new OrderDraft(taskId, t.title(), directive, t.leadUnitId(), store.unitName(t.leadUnitId()),
                t.deadline(), light == null ? null : light.light(), light == null ? null : light.reason(),
                light == null ? null : light.countdownText(), refusal == null, refusal, f);
    }

    /** Why no order may be issued for the task now, or null. */
    private String refusal(Task t, TaskLight light) {
        if (t.status().isClosed()) {
            return "任务已" + t.status().label() + "，不能下发督办单";
        }
        if (t.leadUnitId() == null) {
            return "任务尚无牵头单位，不能下发督办单";
        }
        if (light == null || !Lit.warning(light.light())) {
            return "只有亮黄灯或红灯的任务可以下发督办单；该任务当前为"
                    + (light == null ? "未亮灯" : light.light().label() + "（" + light.reason() + "）");
        }
        Long open = jdbc.sql("select id from supervision_order where task_id = ? and status in ('ISSUED', 'RESPONDED')")
                .param(t.id()).query(Long.class).optional().orElse(null);
        if (open != null) {
            return "该任务已有未办结的督办单（" + jdbc.sql("select number from supervision_order where id = ?")
                    .param(open).query(String.class).single() + "），请先办结或撤销";
        }
        return null;
    }

    /**
     * 下发督办单: scope (404), the 督查室 (403), the task's light yellow or red and no other open order (409), the
     * rules (400); then the next number of the year — the counter row is locked by the upsert until this
     * transaction ends, so concurrent issues queue and a rolled-back issue gives its number back (no gaps).
     */
    @Transactional
    public SupervisionOrder issue(OrderForm f, CurrentUser me) {
        Violations v = SupervisionRules.order(f);
        if (f.taskId == null) {
            v.throwIfAny();
        }
        Task t = tasks.get(f.taskId, me);
        requireIssuer(me);
        TaskLight light = lights.lightOf(t.id()).orElse(null);
        String refusal = refusal(t, light);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        v.throwIfAny();
        LocalDate today = today();
        int year = today.getYear();
        int seq = jdbc.sql("""
                insert into supervision_order_counter (year, last_seq) values (?, 1)
                on conflict (year) do update set last_seq = supervision_order_counter.last_seq + 1
                returning last_seq""").param(year).query(Integer.class).single();
        OrderNumber number = new OrderNumber(year, seq);
        LocalDate due = calendars.current().addWorkingDays(today, f.responseDays);
        long id;
        try {
            id = jdbc.sql("""
                    insert into supervision_order (year, seq, number, task_id, directive_id, task_title, unit_id, light,
                      light_reason, basis, requirement, response_days, issued_on, response_due, signer, status,
                      issued_by)
                    values (:year, :seq, :number, :task, :directive, :title, :unit, :light, :reason, :basis,
                      :requirement, :days, :today, :due, :signer, 'ISSUED', :by)
                    returning id""")
                    .param("year", year).param("seq", seq).param("number", number.text()).param("task", t.id())
                    .param("directive", t.directiveId()).param("title", t.title()).param("unit", t.leadUnitId())
                    .param("light", light.light().name()).param("reason", light.reason()).param("basis", f.basis.trim())
                    .param("requirement", f.requirement.trim()).param("days", f.responseDays).param("today", today)
                    .param("due", due).param("signer", f.signer.trim()).param("by", me.auditName())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) { // another open order for the task raced past the check
            throw new ConflictException("该任务已有未办结的督办单，请先办结或撤销");
        }
        SupervisionOrder o = get(id, me);
        audit.record(me.auditName(), AuditAction.CREATE, subject(o), "下发督办单" + o.number() + "，承办单位"
                + o.unitName() + "，请于" + o.responseDays() + "个工作日内（" + o.responseDue() + "前）办复", null,
                snapshot(o));
        events.publishEvent(cn.luoshi.common.WorkArrived.toUnit("ORDER_ISSUED", "督办单", "ORDER", o.id(),
                "issued:" + o.id(), o.unitId(), o.taskTitle(), "督查室下发督办单" + o.number() + "「" + o.taskTitle()
                        + "」，请于" + o.responseDue() + "前办复。", "/supervision/orders/" + o.id()));
        return o;
    }

    // ---- after issue ----------------------------------------------------------------------------------------------

    /** 办复: the 承办单位 answers (text, optional files). */
    @Transactional
    public SupervisionOrder respond(long id, ResponseForm f, List<EvidenceFile> files, CurrentUser me) {
        SupervisionOrder o = get(id, me);
        require(me, OrderAction.RESPOND, o);
        OrderStatus to = OrderStateMachine.next(o.status(), OrderAction.RESPOND);
        int v = SupervisionStore.version(f.version, o.version());
        SupervisionRules.response(f, files).throwIfAny();
        update(id, v, "status = :status, response = :response, responded_on = :today, responded_by = :by",
                SqlParams.of("status", to.name(), "response", f.response.trim(), "today", today(), "by", me.auditName()));
        List<String> names = store.storeFiles(FILES, id, files, me);
        events.publishEvent(cn.luoshi.common.WorkArrived.toSupervisors("ORDER_RESPONDED", "督办单办复", "ORDER", o.id(),
                "responded:" + o.id() + ":" + o.returnedCount(), o.taskTitle(), o.unitName() + "办复了督办单"
                        + o.number() + "「" + o.taskTitle() + "」，请确认。", "/supervision/orders/" + o.id()));
        return moved(o, me, o.unitName() + "办复督办单" + o.number()
                + (names.isEmpty() ? "" : "（附件：" + String.join("、", names) + "）"));
    }

    /** 确认办复: the 督查室 accepts the answer; the order is closed. */
    @Transactional
    public SupervisionOrder close(long id, DecisionForm f, CurrentUser me) {
        SupervisionOrder o = get(id, me);
        require(me, OrderAction.CLOSE, o);
        OrderStatus to = OrderStateMachine.next(o.status(), OrderAction.CLOSE);
        int v = SupervisionStore.version(f.version, o.version());
        SupervisionRules.comment(f).throwIfAny();
        update(id, v, "status = :status, decided_on = :today, decided_by = :by, decision_comment = :comment",
                SqlParams.of("status", to.name(), "today", today(), "by", me.auditName(),
                        "comment", SupervisionStore.blankToNull(f.reason)));
        return moved(o, me, "督办单" + o.number() + "已办复，办结"
                + (SupervisionStore.blankToNull(f.reason) == null ? "" : "：" + f.reason.trim()));
    }

    /** 退回重办: the answer is not enough; back to 待办复, optionally with a new 办复时限 counted from today. */
    @Transactional
    public SupervisionOrder sendBack(long id, DecisionForm f, CurrentUser me) {
        SupervisionOrder o = get(id, me);
        require(me, OrderAction.RETURN, o);
        OrderStatus to = OrderStateMachine.next(o.status(), OrderAction.RETURN);
        int v = SupervisionStore.version(f.version, o.version());
        SupervisionRules.reason(f, "退回理由").throwIfAny();
        LocalDate due = f.responseDays == null ? o.responseDue()
                : calendars.current().addWorkingDays(today(), f.responseDays);
        update(id, v, "status = :status, return_reason = :reason, returned_count = returned_count + 1, "
                        + "response_due = :due",
                SqlParams.of("status", to.name(), "reason", f.reason.trim(), "due", due));
        events.publishEvent(cn.luoshi.common.WorkArrived.toUnit("ORDER_RETURNED", "督办单退回重办", "ORDER", o.id(),
                "returned:" + o.id() + ":" + o.returnedCount(), o.unitId(), o.taskTitle(), "督办单" + o.number()
                        + "的办复被退回重办：" + f.reason.trim() + "。请于" + due + "前重新办复。",
                "/supervision/orders/" + o.id()));
        return moved(o, me, "督办单" + o.number() + "办复被退回重办：" + f.reason.trim() + "（办复时限" + due + "）");
    }

    /** 撤销: the 督查室 withdraws an open order, with a reason. */
    @Transactional
    public SupervisionOrder withdraw(long id, DecisionForm f, CurrentUser me) {
        SupervisionOrder o = get(id, me);
        require(me, OrderAction.WITHDRAW, o);
        OrderStatus to = OrderStateMachine.next(o.status(), OrderAction.WITHDRAW);
        int v = SupervisionStore.version(f.version, o.version());
        SupervisionRules.reason(f, "撤销理由").throwIfAny();
        update(id, v, "status = :status, decided_on = :today, decided_by = :by, decision_comment = :comment",
                SqlParams.of("status", to.name(), "today", today(), "by", me.auditName(), "comment", f.reason.trim()));
        return moved(o, me, "撤销督办单" + o.number() + "：" + f.reason.trim());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static void requireIssuer(CurrentUser me) {
        if (!OrderStateMachine.mayIssue(me)) {
            throw new ForbiddenException("只有督查室可以下发督办单");
        }
    }

    private static void require(CurrentUser me, OrderAction action, SupervisionOrder o) {
        if (!OrderStateMachine.mayAct(me, action, o.unitId())) {
            throw new ForbiddenException(action == OrderAction.RESPOND ? "只有承办单位可以办复督办单"
                    : "只有督查室可以" + action.label() + "督办单（不能处理本单位承办的督办单）");
        }
    }

    private void update(long id, int version, String set, Map<String, Object> params) {
        VersionedUpdate.apply(jdbc, "supervision_order", id, version, set, params);
    }

    private SupervisionOrder moved(SupervisionOrder before, CurrentUser me, String summary) {
        SupervisionOrder after = jdbc.sql("select * from supervision_order where id = ?").param(before.id())
                .query(this::order).single();
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(after), summary, snapshot(before),
                snapshot(after));
        return after;
    }

    /** Against the task: the order shows in the task's history. */
    private static AuditLog.Subject subject(SupervisionOrder o) {
        return new AuditLog.Subject("督办单", o.id(), o.taskId(), o.directiveId());
    }

    private static Map<String, Object> snapshot(SupervisionOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("编号", o.number());
        m.put("承办单位", o.unitName());
        m.put("状态", o.status().label());
        m.put("办复时限", o.responseDue());
        m.put("督办依据", o.basis());
        m.put("督办要求", o.requirement());
        m.put("办复内容", o.response());
        m.put("退回理由", o.returnReason());
        m.put("审核意见", o.decisionComment());
        return m;
    }


    private LocalDate today() {
        return ChinaDate.today(clock);
    }

    private SupervisionOrder order(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new SupervisionOrder(rs.getLong("id"), rs.getString("number"), rs.getInt("year"), rs.getInt("seq"),
                rs.getLong("task_id"), rs.getLong("directive_id"), rs.getString("task_title"), unit,
                store.unitName(unit), Light.valueOf(rs.getString("light")), rs.getString("light_reason"),
                rs.getString("basis"), rs.getString("requirement"), rs.getInt("response_days"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("response_due", LocalDate.class),
                rs.getString("signer"), OrderStatus.valueOf(rs.getString("status")), rs.getString("response"),
                rs.getObject("responded_on", LocalDate.class), rs.getString("responded_by"),
                rs.getString("return_reason"), rs.getInt("returned_count"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getString("decision_comment"), rs.getInt("version"),
                rs.getString("issued_by"));
    }
}
