package cn.luoshi.supervision.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.AllowedRoles;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import cn.luoshi.supervision.OrderBatchService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量督办 from the task list (issue 12): the list's batch bar posts the ticked tasks here ({@code formaction}), one
 * 督办单 is issued per task and the list comes back with a message naming what was issued and, for each task that was
 * not, why. Supervision reads the ledger, never the other way round, so the endpoint lives here.
 */
@Controller
class OrderBatchController {

    private final OrderBatchService batch;

    OrderBatchController(OrderBatchService batch) {
        this.batch = batch;
    }

    @AllowedRoles(value = {Role.SUPERVISOR, Role.ADMIN}, message = "只有督查室可以下发督办单")
    @PostMapping("/supervision/orders/batch")
    String issue(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) Integer responseDays,
            @RequestParam(required = false) String back, CurrentUser me, RedirectAttributes redirect) {
        try {
            var r = batch.issueAll(ids, responseDays, me);
            redirect.addFlashAttribute(r.failed().isEmpty() ? "flash" : "batchWarning", r.summary());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("batchWarning", e.getMessage());
        }
        return "redirect:" + safeBack(back);
    }

    /** Only a path of the task list itself: never an address elsewhere. */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/tasks") || back.startsWith("//") || back.contains("\\")
                || back.contains("://")) {
            return "/tasks";
        }
        return back;
    }
}
