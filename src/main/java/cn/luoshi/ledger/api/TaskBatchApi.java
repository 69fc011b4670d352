package cn.luoshi.ledger.api;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.ledger.LedgerRules;
import cn.luoshi.ledger.TaskBatchService;
import cn.luoshi.org.AllowedRoles;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 批量操作 as JSON (issue 12): the same service as the task list's batch bar. The answer is 200 with one outcome per
 * task — {@code status} is what the single action would have answered (409: changed since the caller read it, or not
 * allowed in its state; 404 not visible; 400 a rule) — so one task that cannot be done does not fail the others.
 */
@RestController
@RequestMapping("/api/tasks/batch")
@Tag(name = "台账")
class TaskBatchApi {

    /** A task as the caller saw it. */
    record Seen(long id, int version) {
    }

    /** 批量调整完成时限. */
    record DeadlineBatch(List<Seen> tasks, LocalDate deadline, String reason) {
    }

    private final TaskBatchService batch;
    private final WorkingCalendars calendars;

    TaskBatchApi(TaskBatchService batch, WorkingCalendars calendars) {
        this.batch = batch;
        this.calendars = calendars;
    }

    @AllowedRoles(value = {Role.SUPERVISOR, Role.ADMIN}, message = "只有督查室可以批量处理任务")
    @PostMapping("/deadline")
    @Operation(summary = "批量调整完成时限（督查室）：每项任务带读取时的 version，逐项返回结果")
    Map<String, Object> deadline(@RequestBody DeadlineBatch body, @Parameter(hidden = true) CurrentUser me) {
        List<Seen> seen = body.tasks() == null ? List.of() : body.tasks();
        var r = batch.changeDeadline(seen.stream().map(Seen::id).toList(),
                seen.stream().map(s -> s.id() + ":" + s.version()).toList(), body.deadline(), body.reason(), me);
        Map<String, Object> out = r.json();
        out.put("warning", LedgerRules.restDayWarning(body.deadline(), calendars.current()).orElse(null));
        return out;
    }

}
