package cn.luoshi.ledger.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.ledger.TaskBatchService;
import cn.luoshi.org.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 批量操作 from the task list (issue 12): the ticked tasks go to {@code POST /tasks/batch} with the action — 催办, 交办 to a
 * unit, or 导出 (the 台账 export of just those tasks). Back on the list, a message says what was done and names each task
 * that was not, with the reason. The service checks each task; the list's filter is kept.
 */
@Controller
class TaskBatchController {

    private final TaskBatchService batch;

    TaskBatchController(TaskBatchService batch) {
        this.batch = batch;
    }

    @PostMapping("/tasks/batch")
    String run(@RequestParam String action, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, CurrentUser me, RedirectAttributes redirect) {
        String list = safeBack(back);
        try {
            switch (action) {
                case "export" -> {
                    List<Long> picked = TaskBatchService.selection(ids);
                    return "redirect:" + UriComponentsBuilder.fromPath("/tasks/export")
                            .queryParam("ids", String.join(",", picked.stream().map(String::valueOf).toList()))
                            .build().toUriString();
                }
                case "remind" -> {
                    var r = batch.remind(ids, note, me);
                    redirect.addFlashAttribute(r.failed().isEmpty() ? "flash" : "batchWarning", r.summary());
                }
                case "assign" -> {
                    var r = batch.assign(ids, unitId, me);
                    redirect.addFlashAttribute(r.failed().isEmpty() ? "flash" : "batchWarning", r.summary());
                }
                default -> throw InvalidInputException.of("action", "未知的批量操作「" + action + "」");
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("batchWarning", e.getMessage());
        }
        return "redirect:" + list;
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
