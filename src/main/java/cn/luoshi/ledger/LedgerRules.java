package cn.luoshi.ledger;

import cn.luoshi.common.Violations;
import cn.luoshi.ledger.internal.Milestone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * 台账校验规则 — what makes a directive, task, milestone, problem or report acceptable. Plain Java: the services
 * call it with what they looked up; the messages are for people, in Chinese, per field.
 */
public final class LedgerRules {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int BODY_MAX = 200_000;
    static final BigDecimal QUANTITY_MAX = new BigDecimal("99999999999999");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LedgerRules() {
    }

    public static Violations directive(DirectiveForm f) {
        Violations v = new Violations();
        v.requireText(f.title, "title", "标题", TITLE_MAX);
        v.check(f.issuedOn != null, "issuedOn", "请填写日期");
        v.requireText(f.issuer, "issuer", "发文机关/讲话人", 100);
        v.check(f.level != null, "level", "请选择层级");
        v.check(f.kind != null, "kind", "请选择类型");
        v.optionalText(f.body, "body", "正文", BODY_MAX);
        return v;
    }

    /** What the service looked up about the node's surroundings. */
    public record TaskContext(TaskKind parentKind, LocalDate parentStart, LocalDate parentDeadline,
            LongPredicate unitExists, LongPredicate isLeader, List<Milestone> milestones) {
    }

    public static Violations task(TaskForm f, TaskContext c) {
        Violations v = new Violations();
        v.check(f.kind != null, "kind", "请选择层级（方面/任务/举措）");
        v.requireText(f.title, "title", "任务名称", TITLE_MAX);
        v.optionalText(f.description, "description", "任务内容", TEXT_MAX);
        if (f.kind != null && !f.kind.mayHaveParent(c.parentKind())) {
            v.add("parentId", parentMessage(f.kind));
        }
        quantity(v, f.targetValue, "targetValue", "目标数值");
        if (f.targetValue != null) {
            v.check(f.targetUnit != null && !f.targetUnit.isBlank(), "targetUnit", "填写了目标数值，请同时填写计量单位（如 个、亿元、%）");
        }
        v.optionalText(f.targetUnit, "targetUnit", "计量单位", 10);
        v.optionalText(f.targetObject, "targetObject", "目标对象", 100);
        v.optionalText(f.targetPeriod, "targetPeriod", "目标期限", 20);
        if (f.startDate != null && f.deadline != null && f.deadline.isBefore(f.startDate)) {
            v.add("deadline", "完成时限（" + f.deadline + "）不能早于开始日期（" + f.startDate + "）");
        }
        if (f.kind != null && f.kind.isAssignable()) {
            v.check(f.deadline != null, "deadline", "请填写完成时限");
        }
        if (c.parentDeadline() != null && f.deadline != null && f.deadline.isAfter(c.parentDeadline())) {
            v.add("deadline", "完成时限不能晚于上级任务的完成时限（" + c.parentDeadline() + "）");
        }
        if (f.leadUnitId != null && !c.unitExists().test(f.leadUnitId)) {
            v.add("leadUnitId", "牵头单位不存在");
        }
        if (f.leadLeaderId != null && !c.isLeader().test(f.leadLeaderId)) {
            v.add("leadLeaderId", "牵头区领导须从区领导名单中选择");
        }
        if (f.coUnitIds != null) {
            for (Long id : f.coUnitIds) {
                if (id == null || !c.unitExists().test(id)) {
                    v.add("coUnitIds", "配合单位中有不存在的单位");
                    break;
                }
            }
            if (f.leadUnitId != null && f.coUnitIds.contains(f.leadUnitId)) {
                v.add("coUnitIds", "牵头单位不必再列为配合单位");
            }
        }
        v.optionalText(f.responsiblePerson, "responsiblePerson", "责任人", 40);
        v.optionalText(f.contact, "contact", "联系方式", 40);
        if (f.deadline != null) {
            for (Milestone m : c.milestones()) {
                if (m.dueDate().isAfter(f.deadline)) {
                    v.add("deadline", "已有节点「" + m.title() + "」日期为" + m.dueDate() + "，完成时限不能早于它");
                    break;
                }
            }
        }
        return v;
    }

    private static String parentMessage(TaskKind kind) {
        return switch (kind) {
            case AREA -> "「方面」只能位于来源之下";
            case TASK -> "「任务」只能位于来源或「方面」之下";
            case MEASURE -> "「举措」只能位于「任务」之下";
        };
    }

    /** Milestones: inside the task's dates, within the target, and cumulative (never less than an earlier node). */
    public static Violations milestone(MilestoneForm f, Task task, List<Milestone> others) {
        Violations v = new Violations();
        v.requireText(f.title, "title", "节点名称", TITLE_MAX);
        v.check(f.dueDate != null, "dueDate", "请填写节点日期");
        if (f.dueDate != null && task.deadline() != null && f.dueDate.isAfter(task.deadline())) {
            v.add("dueDate", "节点日期不能晚于任务完成时限（" + task.deadline() + "）");
        }
        if (f.dueDate != null && task.startDate() != null && f.dueDate.isBefore(task.startDate())) {
            v.add("dueDate", "节点日期不能早于任务开始日期（" + task.startDate() + "）");
        }
        if (f.planned == null) {
            v.add("planned", "请填写计划累计完成" + (task.measuredInQuantity() ? "量" : "百分比"));
        } else {
            quantity(v, f.planned, "planned", "计划累计完成值");
            BigDecimal max = task.measuredInQuantity() ? task.target().value() : HUNDRED;
            if (f.planned.compareTo(max) > 0) {
                v.add("planned", "计划累计完成值不能超过" + (task.measuredInQuantity()
                        ? "目标 " + task.target().describe() : "100%"));
            }
            if (f.dueDate != null) {
                for (Milestone o : others) {
                    if (o.dueDate().isBefore(f.dueDate) && o.planned().compareTo(f.planned) > 0) {
                        v.add("planned", "节点为累计值，不能小于更早节点「" + o.title() + "」的计划值 "
                                + o.planned().stripTrailingZeros().toPlainString());
                        break;
                    }
                    if (o.dueDate().isAfter(f.dueDate) && o.planned().compareTo(f.planned) < 0) {
                        v.add("planned", "节点为累计值，不能大于更晚节点「" + o.title() + "」的计划值 "
                                + o.planned().stripTrailingZeros().toPlainString());
                        break;
                    }
                    if (o.dueDate().equals(f.dueDate)) {
                        v.add("dueDate", "该日期已有节点「" + o.title() + "」");
                        break;
                    }
                }
            }
        }
        return v;
    }

    public static Violations problem(ProblemForm f, LongPredicate unitExists) {
        Violations v = new Violations();
        v.requireText(f.description, "description", "问题描述", 2000);
        v.check(f.ownerUnitId != null, "ownerUnitId", "请指定问题的责任单位");
        if (f.ownerUnitId != null && !unitExists.test(f.ownerUnitId)) {
            v.add("ownerUnitId", "责任单位不存在");
        }
        v.check(f.status != null, "status", "请选择问题状态");
        if (f.status == ProblemStatus.SOLVED) {
            v.check(f.resolution != null && !f.resolution.isBlank(), "resolution", "问题已解决时请填写解决情况");
        }
        v.optionalText(f.resolution, "resolution", "解决情况", TEXT_MAX);
        return v;
    }

    public static Violations report(ReportForm f, Task task, LocalDate today) {
        Violations v = new Violations();
        v.check(f.reportedOn != null, "reportedOn", "请填写报送日期");
        if (f.reportedOn != null && f.reportedOn.isAfter(today)) {
            v.add("reportedOn", "报送日期不能晚于今天（" + today + "）");
        }
        if (f.cumulative == null) {
            v.add("cumulative", "请填写累计完成" + (task.measuredInQuantity() ? "量（" + task.progressUnit() + "）" : "百分比"));
        } else {
            quantity(v, f.cumulative, "cumulative", "累计完成值");
            if (!task.measuredInQuantity() && f.cumulative.compareTo(HUNDRED) > 0) {
                v.add("cumulative", "累计完成百分比不能超过100");
            }
        }
        v.requireText(f.narrative, "narrative", "具体进展", TEXT_MAX);
        v.optionalText(f.difficulties, "difficulties", "存在的困难或问题", TEXT_MAX);
        v.optionalText(f.nextSteps, "nextSteps", "下一步打算", TEXT_MAX);
        return v;
    }

    private static void quantity(Violations v, BigDecimal value, String field, String label) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            v.add(field, label + "不能为负数");
        } else if (value.compareTo(QUANTITY_MAX) > 0) {
            v.add(field, label + "过大");
        } else if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
            v.add(field, label + "最多保留4位小数");
        }
    }

    /**
     * 时限落在休息日: a warning, not an error (a deadline may fall on a 周末 or 节假日 on purpose) — "完成时限2026-10-03是
     * 休息日（国庆节），前一个工作日为2026-09-30". Issue 12.
     */
    public static java.util.Optional<String> restDayWarning(java.time.LocalDate deadline,
            cn.luoshi.calendar.WorkingDayCalendar calendar) {
        if (deadline == null || calendar.isWorkingDay(deadline)) {
            return java.util.Optional.empty();
        }
        String note = calendar.dayInfo(deadline).note();
        String what = note == null || note.isBlank() ? switch (deadline.getDayOfWeek()) {
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
            default -> "休息日";
        } : note;
        return java.util.Optional.of("完成时限" + deadline + "是休息日（" + what + "），前一个工作日为"
                + calendar.previousWorkingDayOnOrBefore(deadline) + "，请确认");
    }
}
