package cn.luoshi.ledger;

import cn.luoshi.common.WorkArrived;
import java.util.Set;

/**
 * 到达通知 of the ledger: the {@link WorkArrived} events its moves publish (who is told what). Plain Java; the
 * reminders module turns them into notices in the bell.
 */
final class Arrivals {

    static final String TASK = "TASK";

    private Arrivals() {
    }

    private static String link(Task t) {
        return "/tasks/" + t.id();
    }

    private static String key(String what) {
        return what + ":" + Long.toString(System.nanoTime(), 36);
    }

    /** 交办 / 重新交办 / 更换牵头单位: the lead unit has a task to 签收. */
    static WorkArrived assigned(Task t, boolean again) {
        return WorkArrived.toUnit(again ? "TASK_REASSIGNED" : "TASK_ASSIGNED", again ? "重新交办" : "新交办", TASK, t.id(),
                key("assign"), t.leadUnitId(), t.title(),
                (again ? "督查室将任务重新交办给本单位" : "督查室向本单位交办了新任务") + "「" + t.title() + "」，请及时签收"
                        + (t.deadline() == null ? "。" : "，完成时限" + t.deadline() + "。"), link(t));
    }

    /** 调整完成时限: the lead unit learns the new deadline (and why) at once. */
    static WorkArrived deadlineChanged(Task t, java.time.LocalDate before, String reason) {
        return WorkArrived.toUnit("DEADLINE_CHANGED", "时限调整", TASK, t.id(), key("deadline"), t.leadUnitId(),
                t.title(), "督查室将「" + t.title() + "」的完成时限由" + (before == null ? "未定" : before) + "调整为"
                        + t.deadline() + (reason == null || reason.isBlank() ? "。" : "，理由：" + reason.strip()
                        + (reason.strip().endsWith("。") ? "" : "。")), link(t));
    }

    /** 台账导入 changed the task: the lead unit learns what changed. */
    static WorkArrived importedChanges(Task t, String changes) {
        return WorkArrived.toUnit("TASK_UPDATED", "任务调整", TASK, t.id(), key("import"), t.leadUnitId(), t.title(),
                "督查室通过台账导入调整了「" + t.title() + "」：" + shorten(changes) + "。", link(t));
    }

    /** A unit newly made 协办单位 of a task. */
    static WorkArrived coUnitAdded(Task t, long unitId) {
        return WorkArrived.toUnit("CO_UNIT_ADDED", "协办任务", TASK, t.id(), key("co-unit"), unitId, t.title(),
                "督查室将本单位列为「" + t.title() + "」的协办单位" + (t.deadline() == null ? "" : "，完成时限" + t.deadline())
                        + "，请配合牵头单位推进。", link(t));
    }

    /** 退回: the 督查室 must reassign. */
    static WorkArrived returned(Task t, String unitName, String reason) {
        return WorkArrived.toSupervisors("TASK_RETURNED", "任务退回", TASK, t.id(), key("return"), t.title(),
                unitName + "退回了任务「" + t.title() + "」：" + reason + "。请重新交办。", link(t));
    }

    /** 延期申请 / 办结申请: the 督查室 has a request to decide. */
    static WorkArrived requested(Task t, String unitName, boolean extension, long requestId, String detail) {
        return WorkArrived.toSupervisors(extension ? "EXTENSION_REQUESTED" : "COMPLETION_REQUESTED",
                extension ? "延期申请" : "办结申请", TASK, t.id(), (extension ? "ext:" : "done:") + requestId, t.title(),
                unitName + (extension ? "申请延期" : "申请办结") + "「" + t.title() + "」" + detail + "，请审核。", link(t));
    }

    /** 延期申请 agreed by the 督查室, now before the 牵头区领导. */
    static WorkArrived awaitingLeader(Task t, long requestId, java.time.LocalDate proposed) {
        return new WorkArrived("EXTENSION_TO_LEADER", "待审批", TASK, t.id(), "ext-leader:" + requestId, null,
                Set.of(t.leadLeaderId()), null, false, t.title(),
                "督查室已同意「" + t.title() + "」延期至" + proposed + "，请您审批。", "/workflow/pending");
    }

    /** A decision on the unit's request (延期 / 办结). */
    static WorkArrived decided(Task t, String label, String text) {
        return WorkArrived.toUnit("REQUEST_DECIDED", label, TASK, t.id(), key("decided"), t.leadUnitId(), t.title(),
                text, link(t));
    }

    /** 批示: the lead unit (and its 配合单位 see it on the task). */
    static WorkArrived instructed(Task t, long instructionId, String author, String body) {
        return WorkArrived.toUnit("INSTRUCTION", "领导批示", TASK, t.id(), "instr:" + instructionId, t.leadUnitId(),
                t.title(), author + "对「" + t.title() + "」作出批示：" + shorten(body) + "。请落实并回复。", link(t));
    }

    /** 回复批示: its author. */
    static WorkArrived replied(Task t, long instructionId, long authorUser, String unitName, String body) {
        return new WorkArrived("INSTRUCTION_REPLY", "批示回复", TASK, t.id(), "reply:" + instructionId, null, null,
                Set.of(authorUser), false, t.title(), unitName + "回复了您对「" + t.title() + "」的批示：" + shorten(body) + "。",
                link(t));
    }

    /** 问题 given to a unit to solve. */
    static WorkArrived problem(Task t, long problemId, long ownerUnitId, String description) {
        return WorkArrived.toUnit("PROBLEM_ASSIGNED", "问题交办", TASK, t.id(), "problem:" + problemId, ownerUnitId,
                t.title(), "「" + t.title() + "」中的问题交由本单位解决：" + shorten(description) + "。", link(t));
    }

    static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 80 ? t : t.substring(0, 80) + "…";
    }
}
