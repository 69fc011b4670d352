package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.WorkArrived;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量操作 on the task list (issue 12): the 督查室 selects tasks and 批量催办 (the lead unit is told at once) or 批量交办
 * (to one unit). Every task is checked and done on its own, as if done one by one — its own transaction, its own audit
 * line, the same rules (scope, state, version) — so one task that cannot be done does not stop the others, and the
 * outcome names each task that was not done and why. At most {@value #MAX} tasks at a time.
 */
@Service
public class TaskBatchService {

    /** Tasks one batch may hold. */
    public static final int MAX = 200;

    /**
     * What happened to one task; {@code status} is the answer the single action would have given (200 done, 400 a
     * rule, 403, 404 not visible, 409 changed meanwhile or not allowed in its state).
     */
    public record Outcome(long taskId, String title, boolean done, String message, int status) {

        public Outcome(long taskId, String title, boolean done, String message) {
            this(taskId, title, done, message, done ? 200 : 409);
        }
    }

    /** The outcome of a batch: one line per task, in the order given. */
    public record Result(String action, List<Outcome> outcomes) {

        public long done() {
            return outcomes.stream().filter(Outcome::done).count();
        }

        public List<Outcome> failed() {
            return outcomes.stream().filter(o -> !o.done()).toList();
        }

        /** As the JSON batch endpoints answer it (ledger's and supervision's): counts, the summary, one line per task. */
        public java.util.Map<String, Object> json() {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("done", done());
            out.put("notDone", failed().size());
            out.put("summary", summary());
            out.put("outcomes", outcomes.stream().map(o -> {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("taskId", o.taskId());
                m.put("title", o.title());
                m.put("done", o.done());
                m.put("status", o.status());
                m.put("message", o.message() == null ? null : o.message().replaceFirst("^：", ""));
                return m;
            }).toList());
            return out;
        }

        /** "已催办5项" or "已催办3项；2项未处理：…"; what a done task's message says (督办单's number) follows in brackets. */
        public String summary() {
            List<String> notes = outcomes.stream().filter(o -> o.done() && o.message() != null)
                    .map(Outcome::message).toList();
            String head = "已" + action + done() + "项" + (notes.isEmpty() ? "" : "（" + String.join("、", notes) + "）");
            List<Outcome> failed = failed();
            if (failed.isEmpty()) {
                return head + "。";
            }
            var sb = new StringBuilder(head).append("；").append(failed.size()).append("项未处理：");
            for (int i = 0; i < failed.size(); i++) {
                Outcome o = failed.get(i);
                sb.append(i == 0 ? "" : "；").append(o.title() == null ? "任务" + o.taskId() : "「" + o.title() + "」")
                        .append(o.message());
            }
            return sb.append("。").toString();
        }
    }

    private final TaskService tasks;
    private final TaskStore store;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    TaskBatchService(TaskService tasks, TaskStore store, OrgDirectory org, AuditLog audit,
            ApplicationEventPublisher events, TransactionTemplate tx) {
        this.tasks = tasks;
        this.store = store;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    /** The ids as given, without repeats; refuses an empty or too large selection. */
    public static List<Long> selection(List<Long> ids) {
        List<Long> out = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        if (out.isEmpty()) {
            throw InvalidInputException.of("ids", "请先勾选要处理的任务");
        }
        if (out.size() > MAX) {
            throw InvalidInputException.of("ids", "一次最多处理" + MAX + "项任务，已勾选" + out.size() + "项");
        }
        return out;
    }

    /**
     * 批量催办: the lead unit of each open, assigned task is told at once (bell, e-mail and robot per its settings) that
     * the 督查室 urges it; {@code note} is added to the notice.
     */
    public Result remind(List<Long> ids, String note, CurrentUser me) {
        requireManager(me);
        String extra = note == null || note.isBlank() ? "" : note.strip();
        if (extra.length() > 200) {
            throw InvalidInputException.of("note", "催办说明最多200字，现有" + extra.length() + "字");
        }
        List<Outcome> out = new ArrayList<>();
        for (Long id : selection(ids)) {
            out.add(one(id, me, () -> tx.execute(s -> {
                Task t = store.visible(id, me);
                if (t.leadUnitId() == null || t.status() == TaskStatus.UNASSIGNED) {
                    throw new ConflictException("尚未交办，无单位可催");
                }
                if (t.status().isClosed()) {
                    throw new ConflictException("已" + t.status().label() + "，无需催办");
                }
                String text = "督查室催办「" + t.title() + "」" + (t.deadline() == null ? "" : "（完成时限" + t.deadline() + "）")
                        + "，请抓紧推进并及时报送进展" + (extra.isEmpty() ? "。" : "：" + extra + (extra.endsWith("。") ? "" : "。"));
                audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("任务", id, id, t.directiveId()),
                        "催办任务「" + t.title() + "」", null, extra.isEmpty() ? Map.of() : Map.of("催办说明", extra));
                events.publishEvent(WorkArrived.toUnit("TASK_URGED", "督查室催办", "TASK", id,
                        "urge:" + Long.toString(System.nanoTime(), 36), t.leadUnitId(), t.title(), text,
                        "/tasks/" + id));
                return t;
            })));
        }
        return new Result("催办", out);
    }

    /**
     * 批量交办: each task gets {@code unitId} as its lead unit, as the edit form would do it — a 未交办 task is 交办, an
     * open task of another unit is 重新交办 (the new unit must 签收), a task already led by that unit is left alone.
     */
    public Result assign(List<Long> ids, Long unitId, CurrentUser me) {
        requireManager(me);
        if (unitId == null || org.unit(unitId).isEmpty()) {
            throw InvalidInputException.of("unitId", "请选择要交办的牵头单位");
        }
        String unitName = org.unit(unitId).orElseThrow().shortName();
        List<Outcome> out = new ArrayList<>();
        for (Long id : selection(ids)) {
            out.add(one(id, me, () -> {
                Task t = store.visible(id, me);
                if (unitId.equals(t.leadUnitId()) && t.status() != TaskStatus.UNASSIGNED
                        && t.status() != TaskStatus.RETURNED) {
                    throw new ConflictException("已由" + unitName + "牵头");
                }
                if (t.status().isClosed()) {
                    throw new ConflictException("已" + t.status().label() + "，不能交办");
                }
                TaskForm f = TaskForm.of(t);
                f.leadUnitId = unitId;
                if (f.coUnitIds != null) {
                    f.coUnitIds.remove(unitId);
                }
                return tasks.update(id, f, me);
            }));
        }
        return new Result("交办给" + unitName, out);
    }

    /**
     * 批量调整完成时限: each ticked task gets {@code deadline}, with {@code reason}, exactly as {@link
     * TaskService#changeDeadline} does for one — its rules, one audit line per task, the lead unit told at once. {@code
     * versions} are the versions the list showed ("id:version"); a task changed since is not touched (该记录已被他人修改).
     */
    public Result changeDeadline(List<Long> ids, List<String> versions, java.time.LocalDate deadline, String reason,
            CurrentUser me) {
        requireManager(me);
        TaskService.deadlineChange(deadline, reason).throwIfAny();
        List<Long> picked = selection(ids);
        Map<Long, Integer> seen = versions(versions);
        List<Outcome> out = new ArrayList<>();
        for (Long id : picked) {
            out.add(one(id, me, () -> {
                Task t = store.visible(id, me);
                Integer version = seen.get(id);
                if (version == null || version != t.version()) {
                    throw new ConflictException("在列表显示后已被修改，未调整，请刷新后重试");
                }
                return tasks.changeDeadline(id, version, deadline, reason, me);
            }));
        }
        return new Result("调整完成时限（至" + deadline + "）", out);
    }

    /** "12:3" → 12 → 3; anything else is ignored (that task then has no version and is refused). */
    static Map<Long, Integer> versions(List<String> pairs) {
        Map<Long, Integer> m = new java.util.HashMap<>();
        if (pairs != null) {
            for (String pair : pairs) {
                String[] p = pair == null ? new String[0] : pair.split(":");
                if (p.length == 2) {
                    try {
                        m.put(Long.parseLong(p[0].strip()), Integer.parseInt(p[1].strip()));
                    } catch (NumberFormatException e) {
                        // not a pair of numbers: ignored
                    }
                }
            }
        }
        return m;
    }

    private static void requireManager(CurrentUser me) {
        LedgerPermissions.require(LedgerPermissions.mayManage(me), "只有督查室可以批量处理任务");
    }

    /** Does one task; a refusal becomes that task's message, anything else fails the batch. */
    private Outcome one(long id, CurrentUser me, Supplier<Task> action) {
        String title = store.find(id).map(Task::title).orElse(null);
        try {
            Task t = action.get();
            return new Outcome(id, t.title(), true, null);
        } catch (NotFoundException e) {
            return new Outcome(id, null, false, "不存在或不在您的范围内", 404);
        } catch (ForbiddenException e) {
            return new Outcome(id, title, false, e.getMessage(), 403);
        } catch (ConflictException e) {
            return new Outcome(id, title, false, e.getMessage().equals(ConflictException.staleEdit().getMessage())
                    ? "在列表显示后已被修改，未处理，请刷新后重试" : e.getMessage(), 409);
        } catch (InvalidInputException e) {
            return new Outcome(id, title, false, "不符合任务规则：" + e.getMessage(), 400);
        }
    }
}
