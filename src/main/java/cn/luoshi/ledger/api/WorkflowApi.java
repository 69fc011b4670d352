package cn.luoshi.ledger.api;

import cn.luoshi.common.Downloads;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.ExtensionForm;
import cn.luoshi.ledger.ExtensionRequest;
import cn.luoshi.ledger.ReasonForm;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskWorkflowService;
import cn.luoshi.ledger.internal.Instruction;
import cn.luoshi.ledger.internal.InstructionForm;
import cn.luoshi.ledger.internal.PendingRequest;
import cn.luoshi.ledger.internal.ReassignForm;
import cn.luoshi.ledger.internal.WorkflowView;
import cn.luoshi.org.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the task workflow after 交办: the same service and checks as the task page. Bodies are small JSON
 * objects ({@code reason}, {@code version} …); 申请办结 is multipart with {@code summary} and one or more
 * {@code files}. Errors as in the ledger API: 400 fields, 403, 404 outside scope, 409 for moves not allowed now.
 */
@RestController
@Tag(name = "任务流转", description = "退回、重新交办、延期、办结、终止、领导批示")
public class WorkflowApi {

    private final TaskWorkflowService workflow;

    WorkflowApi(TaskWorkflowService workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/api/workflow/pending")
    @Operation(summary = "待审核的延期与办结申请（督查室的待办；单位看到本单位的申请）")
    List<PendingRequest> pending(@Parameter(hidden = true) CurrentUser me) {
        return workflow.pending(me);
    }

    @GetMapping("/api/tasks/{id}/workflow")
    @Operation(summary = "流转情况：退回理由、原完成时限、延期与办结申请、批示，及当前用户可做的操作")
    WorkflowView view(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return workflow.view(id, me);
    }

    @PostMapping("/api/tasks/{id}/return")
    @Operation(summary = "退回（牵头单位，须填退回理由）")
    Task returnTask(@PathVariable long id, @RequestBody ReasonForm form, @Parameter(hidden = true) CurrentUser me) {
        return workflow.returnTask(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/reassign")
    @Operation(summary = "重新交办（督查室：新的牵头单位，可改完成时限）")
    Task reassign(@PathVariable long id, @RequestBody ReassignForm form, @Parameter(hidden = true) CurrentUser me) {
        return workflow.reassign(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/terminate")
    @Operation(summary = "终止（督查室，须填理由）")
    Task terminate(@PathVariable long id, @RequestBody ReasonForm form, @Parameter(hidden = true) CurrentUser me) {
        return workflow.terminate(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请延期（牵头单位，时限届满前；同一时间只能有一项待审核）")
    ExtensionRequest requestExtension(@PathVariable long id, @RequestBody ExtensionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.requestExtension(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/extensions/{requestId}/approve")
    @Operation(summary = "同意延期（督查室；reason 为可选的审核意见）")
    Task approveExtension(@PathVariable long id, @PathVariable long requestId, @RequestBody ReasonForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.approveExtension(id, requestId, form, me);
    }

    @PostMapping("/api/tasks/{id}/extensions/{requestId}/refuse")
    @Operation(summary = "不同意延期（督查室，须填理由）")
    ExtensionRequest refuseExtension(@PathVariable long id, @PathVariable long requestId,
            @RequestBody ReasonForm form, @Parameter(hidden = true) CurrentUser me) {
        return workflow.refuseExtension(id, requestId, form, me);
    }

    @PostMapping(path = "/api/tasks/{id}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "申请办结（牵头单位：办结情况 + 至少一个佐证材料，按内容识别类型，每个不超过 20 MB）")
    Task requestCompletion(@PathVariable long id, @RequestParam(required = false) String summary,
            @RequestParam(required = false) Integer version,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.requestCompletion(id, summary, version, EvidenceFile.fromUploads(files), me);
    }

    @PostMapping("/api/tasks/{id}/completion/approve")
    @Operation(summary = "审核通过办结（督查室，不能审核本单位的申请）")
    Task approveCompletion(@PathVariable long id, @RequestBody ReasonForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.approveCompletion(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/completion/reject")
    @Operation(summary = "驳回办结申请（督查室，须填理由；任务回到办理中）")
    Task rejectCompletion(@PathVariable long id, @RequestBody ReasonForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.rejectCompletion(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "领导批示（区领导或督查室，字段 text）")
    Instruction instruct(@PathVariable long id, @RequestBody InstructionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.instruct(id, form, me);
    }

    @PostMapping("/api/tasks/{id}/instructions/{instructionId}/reply")
    @Operation(summary = "回复批示（牵头单位，字段 text）")
    Instruction reply(@PathVariable long id, @PathVariable long instructionId, @RequestBody InstructionForm form,
            @Parameter(hidden = true) CurrentUser me) {
        return workflow.reply(id, instructionId, form, me);
    }

    @GetMapping("/api/tasks/{id}/attachments/{attachmentId}")
    @Operation(summary = "下载佐证材料（能看到该任务的用户）")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
            @Parameter(hidden = true) CurrentUser me) {
        return download(workflow.attachment(id, attachmentId, me));
    }

    /** The file as a download, with its checked content type and its original (Chinese) name; shared with the pages. */
    public static ResponseEntity<byte[]> download(TaskWorkflowService.AttachmentContent file) {
        return Downloads.attachment(file.attachment().contentType(), file.attachment().originalName(),
                file.content());
    }
}
