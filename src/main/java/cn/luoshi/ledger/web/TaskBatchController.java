package cn.luoshi.ledger.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.ledger.LedgerRules;
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
 * unit, 调整完成时限 (new date, reason, and the versions the list showed as {@code v=id:version}), or 导出 (the 台账 export of just those tasks). Back on the list, a message says what was done and names each task
 * that was not, with the reason. The service checks each task; the list's filter is kept.
 */
@Controller
class TaskBatchController {

    private final TaskBatchService batch;
    private final WorkingCalendars calendars;

    TaskBatchController(TaskBatchService batch, WorkingCalendars calendars) {
        this.batch = batch;
        this.calendars = calendars;
    }

    @PostMapping("/tasks/batch")
    String run(@RequestParam String action, @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, @RequestParam(required = false) List<String> v,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String reason, CurrentUser me, RedirectAttributes redirect) {
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
                case "deadline" -> {
                    java.time.LocalDate date = date(deadline);
                    var r = batch.changeDeadline(ids, v, date, reason, me);
                    String warning = r.done() == 0 ? "" : LedgerRules.restDayWarning(date, calendars.current())
                            .map(w -> "注意：" + w + "。").orElse("");
                    redirect.addFlashAttribute(r.failed().isEmpty() ? "flash" : "batchWarning", r.summary() + warning);
                }
                default -> throw InvalidInputException.of("action", "未知的批量操作「" + action + "」");
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("batchWarning", e.getMessage());
        }
        return "redirect:" + list;
    }

    /** The date field (yyyy-MM-dd, as a date input sends it); empty is null, anything else a clear refusal. */
    static java.time.LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("deadline", "完成时限「" + s.strip() + "」不是有效日期，请按“2026-06-30”的格式填写");
        }
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
