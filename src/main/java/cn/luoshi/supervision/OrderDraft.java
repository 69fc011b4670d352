package cn.luoshi.supervision;

import cn.luoshi.ledger.light.Light;
import java.time.LocalDate;

/** What the issue form shows for a task: the task, its light, and the proposed text of the order. */
public record OrderDraft(long taskId, String taskTitle, String directiveTitle, Long unitId, String unitName,
        LocalDate deadline, Light light, String lightReason, String countdown, boolean issuable, String refusal,
        OrderForm form) {
}
