package cn.luoshi.reminders;

import cn.luoshi.supervision.OpenOrder;
import cn.luoshi.supervision.OpenRectification;
import java.util.Optional;

/**
 * 督办单 and 整改 reminders, plain rules: an order whose 办复时限 is within {@code dueWorkingDays} working days reminds
 * the unit once; one past it reminds the unit and the 督查室 once. The same for a 整改事项's deadline. The period key
 * is the deadline itself, so a new deadline (an order sent back with a new 时限) reminds again.
 */
final class SupervisionReminderRules {

    private final ReminderContext context;
    private final int dueWorkingDays;

    SupervisionReminderRules(ReminderContext context, int dueWorkingDays) {
        this.context = context;
        this.dueWorkingDays = dueWorkingDays;
    }

    Optional<DueItem> order(OpenOrder o) {
        if (o.responseDue() == null) {
            return Optional.empty();
        }
        int left = context.calendar().workingDaysBetween(context.today(), o.responseDue());
        if (left < 0) {
            return Optional.of(new DueItem(SupervisionCause.ORDER_RESPONSE_OVERDUE, "ORDER", o.id(),
                    "overdue:" + o.responseDue(), o.unitId(), Audience.UNIT_AND_SUPERVISORS, o.number(),
                    "督办单" + o.number() + "办复时限为" + o.responseDue() + "，已超期" + (-left) + "个工作日，请立即办复。",
                    "/supervision/orders/" + o.id()));
        }
        if (left <= dueWorkingDays) {
            return Optional.of(new DueItem(SupervisionCause.ORDER_RESPONSE_DUE, "ORDER", o.id(),
                    "due:" + o.responseDue(), o.unitId(), Audience.UNIT, o.number(),
                    "督办单" + o.number() + "须于" + o.responseDue() + "前办复，"
                            + (left == 0 ? "今天到期。" : "还剩" + left + "个工作日。"),
                    "/supervision/orders/" + o.id()));
        }
        return Optional.empty();
    }

    Optional<DueItem> rectification(OpenRectification r) {
        if (r.deadline() == null) {
            return Optional.empty();
        }
        int left = context.calendar().workingDaysBetween(context.today(), r.deadline());
        if (left < 0) {
            return Optional.of(new DueItem(SupervisionCause.RECTIFICATION_OVERDUE, "RECTIFICATION", r.id(),
                    "overdue:" + r.deadline(), r.unitId(), Audience.UNIT_AND_SUPERVISORS, r.title(),
                    "整改事项「" + r.title() + "」整改时限为" + r.deadline() + "，已逾期" + (-left) + "个工作日。",
                    "/supervision/rectifications/" + r.id()));
        }
        if (left <= dueWorkingDays) {
            return Optional.of(new DueItem(SupervisionCause.RECTIFICATION_DUE, "RECTIFICATION", r.id(),
                    "due:" + r.deadline(), r.unitId(), Audience.UNIT, r.title(),
                    "整改事项「" + r.title() + "」须于" + r.deadline() + "前完成整改，"
                            + (left == 0 ? "今天到期。" : "还剩" + left + "个工作日。"),
                    "/supervision/rectifications/" + r.id()));
        }
        return Optional.empty();
    }

}
