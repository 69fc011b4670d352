package cn.luoshi.ledger.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.ExtensionForm;
import cn.luoshi.ledger.ExtensionPolicyService;
import cn.luoshi.ledger.ReasonForm;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.TaskWorkflowService;
import cn.luoshi.ledger.api.WorkflowApi;
import cn.luoshi.ledger.internal.InstructionForm;
import cn.luoshi.ledger.internal.ReassignForm;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow forms of the task page (退回、重新交办、延期、办结、终止、批示). Each posts here and comes back to the task
 * page: with a flash message on success, or the page again with the messages and what was typed (400/409).
 */
@Controller
class WorkflowController {

    private final TaskWorkflowService workflow;
    private final TaskService tasks;
    private final Clock clock;
    private final ExtensionPolicyService policies;

    WorkflowController(TaskWorkflowService workflow, TaskService tasks, Clock clock, ExtensionPolicyService policies) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.clock = clock;
        this.policies = policies;
    }

    @PostMapping("/tasks/{id}/return")
    String returnTask(@PathVariable long id, @ModelAttribute ReasonForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "return", input, me, model, redirect, response, "已退回", () -> workflow.returnTask(id, form, me));
    }

    @PostMapping("/tasks/{id}/reassign")
    String reassign(@PathVariable long id, @ModelAttribute ReassignForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "reassign", input, me, model, redirect, response, "已重新交办",
                () -> workflow.reassign(id, form, me));
    }

    @PostMapping("/tasks/{id}/terminate")
    String terminate(@PathVariable long id, @ModelAttribute ReasonForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "terminate", input, me, model, redirect, response, "任务已终止",
                () -> workflow.terminate(id, form, me));
    }

    @PostMapping("/tasks/{id}/extensions")
    String requestExtension(@PathVariable long id, @ModelAttribute ExtensionForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "extension", input, me, model, redirect, response, "已提交延期申请，等待督查室审核",
                () -> workflow.requestExtension(id, form, me));
    }

    @PostMapping("/tasks/{id}/extensions/{requestId}/approve")
    String approveExtension(@PathVariable long id, @PathVariable long requestId, @ModelAttribute ReasonForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        String done = run(id, "extension-decision", input, me, model, redirect, response, "已同意延期",
                () -> workflow.approveExtension(id, requestId, form, me));
        if (response.getStatus() < 400 && workflow.view(id, me).pendingExtension() != null) {
            redirect.addFlashAttribute("flash", "督查室已同意，已报牵头区领导审批");
        }
        return done;
    }

    @PostMapping("/tasks/{id}/extensions/{requestId}/refuse")
    String refuseExtension(@PathVariable long id, @PathVariable long requestId, @ModelAttribute ReasonForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "extension-decision", input, me, model, redirect, response, "已不同意延期",
                () -> workflow.refuseExtension(id, requestId, form, me));
    }

    @PostMapping("/tasks/{id}/completion")
    String requestCompletion(@PathVariable long id, @RequestParam(required = false) String summary,
            @RequestParam(required = false) Integer version,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "completion", input, me, model, redirect, response, "已申请办结，等待督查室审核",
                () -> workflow.requestCompletion(id, summary, version, EvidenceFile.fromUploads(files), me));
    }

    @PostMapping("/tasks/{id}/completion/approve")
    String approveCompletion(@PathVariable long id, @ModelAttribute ReasonForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "completion-decision", input, me, model, redirect, response, "已审核通过，任务办结",
                () -> workflow.approveCompletion(id, form, me));
    }

    @PostMapping("/tasks/{id}/completion/reject")
    String rejectCompletion(@PathVariable long id, @ModelAttribute ReasonForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "completion-decision", input, me, model, redirect, response, "已驳回办结申请",
                () -> workflow.rejectCompletion(id, form, me));
    }

    @PostMapping("/tasks/{id}/instructions")
    String instruct(@PathVariable long id, @ModelAttribute InstructionForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "instruction", input, me, model, redirect, response, "已批示",
                () -> workflow.instruct(id, form, me));
    }

    @PostMapping("/tasks/{id}/instructions/{instructionId}/reply")
    String reply(@PathVariable long id, @PathVariable long instructionId, @ModelAttribute InstructionForm form,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "reply-" + instructionId, input, me, model, redirect, response, "已回复批示",
                () -> workflow.reply(id, instructionId, form, me));
    }

    /** 待审核: the 督查室's list of pending extension and completion requests. */
    @GetMapping("/workflow/pending")
    String pending(CurrentUser me, Model model) {
        model.addAttribute("pending", workflow.pending(me));
        model.addAttribute("policy", policies.current());
        return "tasks/pending";
    }

    @GetMapping("/tasks/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, CurrentUser me) {
        return WorkflowApi.download(workflow.attachment(id, attachmentId, me));
    }

    /**
     * Runs the move; on success back to the task page (post/redirect/get). A broken rule (400) or a move not allowed
     * now (409) shows the task page again with the messages above the workflow panel and the form still open with
     * what was typed. 403 and 404 go to the error page like everywhere else.
     */
    private String run(long id, String action, Map<String, String> input, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response, String done, Runnable move) {
        try {
            move.run();
            redirect.addFlashAttribute("flash", done);
            return "redirect:/tasks/" + id + "#workflow";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return again(id, action, input, e.violations().stream().map(Violations.Violation::message).toList(),
                    me, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return again(id, action, input, List.of(e.getMessage()), me, model);
        }
    }

    private String again(long id, String action, Map<String, String> input, List<String> errors, CurrentUser me,
            Model model) {
        model.addAttribute("d", tasks.detail(id, me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("wfAction", action);
        model.addAttribute("wfInput", input);
        model.addAttribute("wfErrors", errors);
        return "tasks/detail";
    }
}
