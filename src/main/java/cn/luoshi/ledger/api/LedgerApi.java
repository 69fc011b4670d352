package cn.luoshi.ledger.api;

import cn.luoshi.audit.AuditEntry;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.PageResult;
import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.DirectiveSummary;
import cn.luoshi.ledger.MilestoneForm;
import cn.luoshi.ledger.MilestoneService;
import cn.luoshi.ledger.ProblemForm;
import cn.luoshi.ledger.ProblemService;
import cn.luoshi.ledger.ProgressService;
import cn.luoshi.ledger.ReportForm;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskRow;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.ledger.internal.Problem;
import cn.luoshi.ledger.internal.ProgressReport;
import cn.luoshi.ledger.internal.TreeNode;
import cn.luoshi.org.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the ledger: the same services and permission checks as the web pages. Authenticate with HTTP Basic
 * (or the session cookie plus X-CSRF-TOKEN). Errors: 400 with field messages, 403, 404 (also for records outside
 * the caller's scope), 409 for stale versions and moves the workflow does not allow.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "台账", description = "来源、任务、节点、问题、进展")
class LedgerApi {

    private final DirectiveService directives;
    private final TaskService tasks;
    private final MilestoneService milestones;
    private final ProblemService problems;
    private final ProgressService progress;
    private final AuditLog audit;
    private final cn.luoshi.ledger.LightService lights;

    LedgerApi(DirectiveService directives, TaskService tasks, MilestoneService milestones, ProblemService problems,
            ProgressService progress, AuditLog audit, cn.luoshi.ledger.LightService lights) {
        this.lights = lights;
        this.directives = directives;
        this.tasks = tasks;
        this.milestones = milestones;
        this.problems = problems;
        this.progress = progress;
        this.audit = audit;
    }

    // ---- directives ----------------------------------------------------------------------------------------------

    @GetMapping("/directives")
    @Operation(summary = "来源列表")
    PageResult<DirectiveSummary> directives(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) CurrentUser me) {
        return directives.list(q, page, size, me);
    }

    @GetMapping("/directives/{id}")
    @Operation(summary = "来源详情")
    Directive directive(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return directives.get(id, me);
    }

    @GetMapping("/directives/{id}/tree")
    @Operation(summary = "来源的任务树")
    List<TreeNode> tree(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return directives.tree(id, me);
    }

    @PostMapping("/directives")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "录入来源（督查室）")
    Directive createDirective(@RequestBody DirectiveForm form, @Parameter(hidden = true) CurrentUser me) {
        return directives.create(form, me);
    }

    @PutMapping("/directives/{id}")
    @Operation(summary = "修改来源（须带 version）")
    Directive updateDirective(@PathVariable long id, @RequestBody DirectiveForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return directives.update(id, form, me);
    }

    @DeleteMapping("/directives/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除来源（须无任务）")
    void deleteDirective(@PathVariable long id, @RequestParam int version, @Parameter(hidden = true) CurrentUser me) {
        directives.delete(id, version, me);
    }

    // ---- tasks ---------------------------------------------------------------------------------------------------

    @GetMapping("/tasks")
    @Operation(summary = "任务清单：按单位、牵头领导、状态、完成时限、关键词筛选，按完成时限排序分页")
    PageResult<TaskRow> tasks(@org.springdoc.core.annotations.ParameterObject TaskQuery query, @Parameter(hidden = true) CurrentUser me) {
        return tasks.search(query, me);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "任务")
    Task task(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return tasks.get(id, me);
    }

    @PostMapping("/directives/{directiveId}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建方面/任务/举措（督查室）；有牵头单位的任务即交办")
    Task createTask(@PathVariable long directiveId, @RequestBody TaskForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return tasks.create(directiveId, form, me);
    }

    @PutMapping("/tasks/{id}")
    @Operation(summary = "修改任务（督查室，须带 version）")
    Task updateTask(@PathVariable long id, @RequestBody TaskForm form, @Parameter(hidden = true) CurrentUser me) {
        return tasks.update(id, form, me);
    }

    @DeleteMapping("/tasks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除任务（督查室）")
    void deleteTask(@PathVariable long id, @RequestParam int version, @Parameter(hidden = true) CurrentUser me) {
        tasks.delete(id, version, me);
    }

    @PostMapping("/tasks/{id}/accept")
    @Operation(summary = "签收任务（牵头单位）")
    Task accept(@PathVariable long id, @RequestParam(required = false) Integer version,
            @Parameter(hidden = true) CurrentUser me) {
        return tasks.accept(id, version, me);
    }

    @GetMapping("/tasks/{id}/history")
    @Operation(summary = "任务操作记录（谁、何时、修改前后）")
    List<AuditEntry> history(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        tasks.get(id, me);
        return audit.forTask(id);
    }

    @GetMapping("/tasks/{id}/light")
    @Operation(summary = "任务亮灯：灯色、原因、序时进度、倒计时（工作日）、计算时间")
    cn.luoshi.ledger.TaskLight light(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        tasks.get(id, me);
        return lights.lightOf(id).orElseThrow(() -> new cn.luoshi.common.NotFoundException("亮灯", id));
    }

    @PostMapping("/lights/recompute")
    @Operation(summary = "重新计算全部亮灯（督查室）")
    cn.luoshi.ledger.LightService.Run recompute(@Parameter(hidden = true) CurrentUser me) {
        if (!me.managesLedger()) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室可以重新计算亮灯");
        }
        return lights.recomputeAll();
    }

    // ---- milestones ----------------------------------------------------------------------------------------------

    @GetMapping("/tasks/{taskId}/milestones")
    @Operation(summary = "任务节点")
    List<Milestone> milestones(@PathVariable long taskId, @Parameter(hidden = true) CurrentUser me) {
        return milestones.list(taskId, me);
    }

    @PostMapping("/tasks/{taskId}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增节点（督查室）")
    Milestone addMilestone(@PathVariable long taskId, @RequestBody MilestoneForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return milestones.add(taskId, form, me);
    }

    @PutMapping("/milestones/{id}")
    @Operation(summary = "修改节点（须带 version）")
    Milestone updateMilestone(@PathVariable long id, @RequestBody MilestoneForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return milestones.update(id, form, me);
    }

    @DeleteMapping("/milestones/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除节点")
    void deleteMilestone(@PathVariable long id, @RequestParam int version, @Parameter(hidden = true) CurrentUser me) {
        milestones.delete(id, version, me);
    }

    // ---- problems ------------------------------------------------------------------------------------------------

    @GetMapping("/tasks/{taskId}/problems")
    @Operation(summary = "任务的问题")
    List<Problem> problems(@PathVariable long taskId, @Parameter(hidden = true) CurrentUser me) {
        return problems.list(taskId, me);
    }

    @PostMapping("/tasks/{taskId}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提出问题（指定责任单位和责任人）")
    Problem raise(@PathVariable long taskId, @RequestBody ProblemForm form, @Parameter(hidden = true) CurrentUser me) {
        return problems.raise(taskId, form, me);
    }

    @PutMapping("/problems/{id}")
    @Operation(summary = "处理问题（须带 version）")
    Problem updateProblem(@PathVariable long id, @RequestBody ProblemForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return problems.update(id, form, me);
    }

    // ---- progress reports ----------------------------------------------------------------------------------------

    @GetMapping("/tasks/{taskId}/reports")
    @Operation(summary = "进展报送记录")
    List<ProgressReport> reports(@PathVariable long taskId, @Parameter(hidden = true) CurrentUser me) {
        return progress.list(taskId, me);
    }

    @PostMapping("/tasks/{taskId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报送进展（牵头单位，任务须已签收）")
    ProgressReport report(@PathVariable long taskId, @RequestBody ReportForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return progress.submit(taskId, form, me);
    }
}
