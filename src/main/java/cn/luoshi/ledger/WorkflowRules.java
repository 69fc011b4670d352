package cn.luoshi.ledger;

import cn.luoshi.common.Violations;
import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.ledger.internal.ReassignForm;
import cn.luoshi.org.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * 交办后的流转规则 — who may make each workflow move and what makes its input acceptable. Plain Java: the service
 * passes in what it looked up (today, the parent's deadline, the milestones); messages are Chinese, per field.
 */
public final class WorkflowRules {

    static final int REASON_MAX = 2000;
    static final int SUMMARY_MAX = 4000;
    /** Each evidence file at most 20 MB (the multipart limit says the same). */
    public static final long FILE_MAX = 20L * 1024 * 1024;
    static final int FILES_MAX = 10;

    private WorkflowRules() {
    }

    // ---- who may act ----------------------------------------------------------------------------------------------

    private static boolean isLeadUnitUser(CurrentUser me, Task t) {
        return me.isUnitUser() && t.isLeadUnit(me.unitId());
    }

    /** 退回: the lead unit says the task is not theirs. */
    public static boolean mayReturn(CurrentUser me, Task t) {
        return isLeadUnitUser(me, t);
    }

    /** 重新交办 and 终止 are the 督查室's. */
    public static boolean mayReassign(CurrentUser me) {
        return me.managesLedger();
    }

    public static boolean mayTerminate(CurrentUser me) {
        return me.managesLedger();
    }

    /** 延期申请 and 申请办结 come from the lead unit. */
    public static boolean mayRequest(CurrentUser me, Task t) {
        return isLeadUnitUser(me, t);
    }

    /**
     * Decisions on extension and completion requests are the 督查室's — and never by the unit that asked: a
     * 督查室 user cannot approve a task their own office leads.
     */
    public static boolean mayDecide(CurrentUser me, Task t) {
        return me.managesLedger() && !me.belongsTo(t.leadUnitId());
    }

    /**
     * Where an extension goes on to the leader ({@link ExtensionPolicy}): the task's own 牵头区领导 decides it — a
     * leader account linked to the person named on the task, no one else.
     */
    public static boolean mayDecideAsLeader(CurrentUser me, Long myPersonId, Task t) {
        return me.isLeader() && myPersonId != null && myPersonId.equals(t.leadLeaderId());
    }

    /** 领导批示: a district leader or the 督查室, on any task they can see. */
    public static boolean mayInstruct(CurrentUser me) {
        return me.isLeader() || me.managesLedger();
    }

    /** The lead unit answers an instruction. */
    public static boolean mayReply(CurrentUser me, Task t) {
        return isLeadUnitUser(me, t);
    }

    // ---- what is acceptable ---------------------------------------------------------------------------------------

    public static Violations reason(String reason, String field, String label) {
        return new Violations().requireText(reason, field, label, REASON_MAX);
    }

    /** 重新交办: a unit that exists; a new deadline, if any, fits the parent, the start and the milestones. */
    public static Violations reassign(ReassignForm f, Task t, LocalDate parentDeadline, LongPredicate unitExists,
            List<Milestone> milestones) {
        Violations v = new Violations();
        v.check(f.leadUnitId != null, "leadUnitId", "请选择新的牵头单位");
        if (f.leadUnitId != null && !unitExists.test(f.leadUnitId)) {
            v.add("leadUnitId", "牵头单位不存在");
        }
        if (f.deadline != null) {
            deadlineFits(v, "deadline", f.deadline, t, parentDeadline, milestones);
        }
        return v;
    }

    /**
     * 延期申请: only while the deadline in force has not passed (the deadline day itself still counts), to a later
     * date that stays within the parent's deadline, with a reason and the current progress.
     */
    public static Violations extension(ExtensionForm f, Task t, LocalDate today, LocalDate parentDeadline) {
        Violations v = new Violations();
        if (t.deadline() == null) {
            v.add("proposedDeadline", "该任务没有完成时限，无需申请延期");
        } else if (today.isAfter(t.deadline()) && !f.afterOverdue) {
            v.add("proposedDeadline", "已超过完成时限（" + t.deadline() + "），不能再申请延期；延期须在时限届满前提出");
        }
        v.check(f.proposedDeadline != null, "proposedDeadline", "请填写申请延期至的日期");
        if (f.proposedDeadline != null && t.deadline() != null && !f.proposedDeadline.isAfter(t.deadline())) {
            v.add("proposedDeadline", "延期后的时限须晚于现行完成时限（" + t.deadline() + "）");
        }
        if (f.proposedDeadline != null && parentDeadline != null && f.proposedDeadline.isAfter(parentDeadline)) {
            v.add("proposedDeadline", "延期后的时限不能晚于上级任务的完成时限（" + parentDeadline + "）");
        }
        v.requireText(f.reason, "reason", "延期理由", REASON_MAX);
        v.requireText(f.currentProgress, "currentProgress", "目前进展", REASON_MAX);
        return v;
    }

    /** 申请办结: a summary and at least one evidence file, each within 20 MB and really of the type its name says. */
    public static Violations completion(String summary, List<EvidenceFile> files) {
        Violations v = new Violations();
        v.requireText(summary, "summary", "办结情况", SUMMARY_MAX);
        List<EvidenceFile> present = files == null ? List.of()
                : files.stream().filter(f -> f != null && f.size() > 0).toList();
        if (present.isEmpty()) {
            v.add("files", "请上传至少一个佐证材料（" + EvidenceType.ALLOWED + "）");
        } else if (present.size() > FILES_MAX) {
            v.add("files", "佐证材料最多" + FILES_MAX + "个文件");
        }
        for (EvidenceFile f : present) {
            evidence(v, f);
        }
        return v;
    }

    /** Files with a progress report (optional): the same checks as evidence, at most {@code FILES_MAX}. */
    public static Violations reportFiles(List<EvidenceFile> files) {
        Violations v = new Violations();
        List<EvidenceFile> present = files == null ? List.of()
                : files.stream().filter(f -> f != null && f.size() > 0).toList();
        if (present.size() > FILES_MAX) {
            v.add("files", "附件最多" + FILES_MAX + "个文件");
        }
        for (EvidenceFile f : present) {
            evidence(v, f);
        }
        return v;
    }

    private static void evidence(Violations v, EvidenceFile f) {
        String name = f.name() == null || f.name().isBlank() ? "（未命名）" : f.name();
        if (name.length() > 255) {
            v.add("files", "文件名过长（最多255个字符）：" + name.substring(0, 40) + "…");
            return;
        }
        if (f.size() > FILE_MAX) {
            v.add("files", "文件「" + name + "」大小为" + String.format("%.1f", f.size() / 1048576.0)
                    + " MB，超过20 MB的上限");
            return;
        }
        var claimed = EvidenceType.byName(name);
        if (claimed.isEmpty()) {
            v.add("files", "文件「" + name + "」的类型不支持；可上传" + EvidenceType.ALLOWED);
        } else if (!claimed.get().matches(f.content())) {
            String actual = EvidenceType.sniff(f.content()).map(t -> "实为" + t.label()).orElse("无法识别");
            v.add("files", "文件「" + name + "」的内容与扩展名不符（扩展名为" + claimed.get().label() + "，内容" + actual
                    + "），未接收；请上传原始文件");
        }
    }

    public static Violations instruction(String text, String label) {
        return new Violations().requireText(text, "text", label, REASON_MAX);
    }

    /** 按期办结: the approved request was made on or before the deadline in force. */
    public static Boolean onTime(LocalDate completedOn, LocalDate deadline) {
        if (completedOn == null) {
            return null;
        }
        return deadline == null || !completedOn.isAfter(deadline);
    }

    private static void deadlineFits(Violations v, String field, LocalDate deadline, Task t, LocalDate parentDeadline,
            List<Milestone> milestones) {
        if (t.startDate() != null && deadline.isBefore(t.startDate())) {
            v.add(field, "完成时限不能早于开始日期（" + t.startDate() + "）");
        }
        if (parentDeadline != null && deadline.isAfter(parentDeadline)) {
            v.add(field, "完成时限不能晚于上级任务的完成时限（" + parentDeadline + "）");
        }
        for (Milestone m : milestones) {
            if (m.dueDate().isAfter(deadline)) {
                v.add(field, "已有节点「" + m.title() + "」日期为" + m.dueDate() + "，完成时限不能早于它");
                break;
            }
        }
    }
}
