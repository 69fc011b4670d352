package cn.luoshi.supervision.api;

import cn.luoshi.ledger.TaskBatchService;
import cn.luoshi.org.AllowedRoles;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import cn.luoshi.supervision.OrderBatchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 批量督办 as JSON (issue 12): one 督办单 per task, as {@code POST /api/supervision/orders} would issue it; 200 with one
 * outcome per task ({@code status} 201 issued with its number as the message, 409 not yellow or red / already under
 * an open order, 404 not visible).
 */
@RestController
class OrderBatchApi {

    /** The tasks and the 办复时限 in working days (default 5). */
    record Batch(List<Long> ids, Integer responseDays) {
    }

    private final OrderBatchService batch;

    OrderBatchApi(OrderBatchService batch) {
        this.batch = batch;
    }

    @AllowedRoles(value = {Role.SUPERVISOR, Role.ADMIN}, message = "只有督查室可以下发督办单")
    @PostMapping("/api/supervision/orders/batch")
    @Operation(summary = "批量下发督办单（督查室）：每项任务一份，逐项返回结果")
    Map<String, Object> issue(@RequestBody Batch body, @Parameter(hidden = true) CurrentUser me) {
        TaskBatchService.Result r = batch.issueAll(body.ids(), body.responseDays(), me);
        return r.json();
    }
}
