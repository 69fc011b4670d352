package cn.luoshi.supervision;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.TaskBatchService;
import cn.luoshi.org.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 批量督办 (issue 12): the 督查室 ticks tasks on the task list and issues one 督办单 per task, exactly as from each task's
 * own form — the proposed 督办依据 and 督办要求 of {@link OrderService#draft}, the same checks (scope, 督查室, light yellow
 * or red, no other open order), the next number of the year, the notice to the lead unit and the audit line against
 * the task. Each order is its own transaction, so a task that cannot be supervised does not stop the others; the
 * outcome names each one with the reason in Chinese.
 */
@Service
public class OrderBatchService {

    private final OrderService orders;

    OrderBatchService(OrderService orders) {
        this.orders = orders;
    }

    /** One 督办单 per task of {@code ids}, each with {@code responseDays} working days to answer (default 5). */
    public TaskBatchService.Result issueAll(List<Long> ids, Integer responseDays, CurrentUser me) {
        if (!OrderStateMachine.mayIssue(me)) {
            throw new ForbiddenException("只有督查室可以下发督办单");
        }
        int days = responseDays == null ? OrderService.DEFAULT_RESPONSE_DAYS : responseDays;
        OrderForm probe = new OrderForm();
        probe.taskId = 0L;
        probe.basis = "-";
        probe.requirement = "-";
        probe.signer = "-";
        probe.responseDays = days;
        SupervisionRules.order(probe).throwIfAny(); // 办复时限 out of range: the whole batch is refused (400)
        List<TaskBatchService.Outcome> out = new ArrayList<>();
        for (Long id : TaskBatchService.selection(ids)) {
            out.add(one(id, days, me));
        }
        return new TaskBatchService.Result("下发督办单", out);
    }

    private TaskBatchService.Outcome one(long taskId, int days, CurrentUser me) {
        String title = null;
        try {
            OrderDraft d = orders.draft(taskId, me);
            title = d.taskTitle();
            if (!d.issuable()) {
                return new TaskBatchService.Outcome(taskId, title, false, "：" + strip(d.refusal()), 409);
            }
            OrderForm f = d.form();
            f.responseDays = days;
            SupervisionOrder o = orders.issue(f, me);
            return new TaskBatchService.Outcome(taskId, title, true, o.number(), 201);
        } catch (NotFoundException e) {
            return new TaskBatchService.Outcome(taskId, null, false, "不存在或不在您的范围内", 404);
        } catch (ForbiddenException e) {
            return new TaskBatchService.Outcome(taskId, title, false, "：" + strip(e.getMessage()), 403);
        } catch (ConflictException e) {
            return new TaskBatchService.Outcome(taskId, title, false, "：" + strip(e.getMessage()), 409);
        } catch (InvalidInputException e) {
            return new TaskBatchService.Outcome(taskId, title, false, "：不符合督办单规则：" + e.getMessage(), 400);
        }
    }

    /** "只有亮黄灯…；该任务当前为绿灯（…）" reads after the task's name without the full stop. */
    private static String strip(String s) {
        return s == null ? "" : s.endsWith("。") ? s.substring(0, s.length() - 1) : s;
    }
}
