package cn.luoshi.ledger.web;

import cn.luoshi.common.WebBinding;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.MilestoneForm;
import cn.luoshi.ledger.MilestoneService;
import cn.luoshi.ledger.ProblemForm;
import cn.luoshi.ledger.ProblemService;
import cn.luoshi.ledger.ProblemStatus;
import cn.luoshi.ledger.ProgressService;
import cn.luoshi.ledger.ReportForm;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.ledger.internal.Milestone;
import cn.luoshi.ledger.internal.Problem;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Task pages: the filterable list, the task page, and the forms for tasks, milestones, problems and reports. */
@Controller
class TaskController {

    private final TaskService tasks;
    private final DirectiveService directives;
    private final MilestoneService milestones;
    private final ProblemService problems;
    private final ProgressService progress;
    private final OrgDirectory org;
    private final Clock clock;
    private final cn.luoshi.ledger.LightService lights;
    private final cn.luoshi.ledger.TaskFindings findings;

    TaskController(TaskService tasks, DirectiveService directives, MilestoneService milestones,
            ProblemService problems, ProgressService progress, OrgDirectory org, Clock clock,
            cn.luoshi.ledger.LightService lights, cn.luoshi.ledger.TaskFindings findings) {
        this.lights = lights;
        this.findings = findings;
        this.tasks = tasks;
        this.directives = directives;
        this.milestones = milestones;
        this.problems = problems;
        this.progress = progress;
        this.org = org;
        this.clock = clock;
    }

    // ---- list ----------------------------------------------------------------------------------------------------

    @GetMapping("/tasks")
    String list(TaskQuery query, CurrentUser me, Model model) {
        listModel(query, me, model);
        model.addAttribute("unitOptions", cn.luoshi.org.UnitOptions.html(org.units(), query.unitId()));
        model.addAttribute("unitChoices", cn.luoshi.org.UnitOptions.html(org.units(), null));
        model.addAttribute("leaders", org.leaders());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("lights", cn.luoshi.ledger.light.Light.values());
        return "tasks/list";
    }

    @HxRequest
    @GetMapping("/tasks")
    String listRows(TaskQuery query, CurrentUser me, Model model) {
        listModel(query, me, model);
        model.addAttribute("unitChoices", cn.luoshi.org.UnitOptions.html(org.units(), null)); // 批量交办, in the results
        return "tasks/list :: results";
    }

    /** The calendar in force, for the rest-day warning (a setter: the constructor is shared with other work). */
    private cn.luoshi.calendar.WorkingCalendars calendars;

    @org.springframework.beans.factory.annotation.Autowired
    void setCalendars(cn.luoshi.calendar.WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    /** Rows a print view holds at most (a district's whole ledger is a few thousand). */
    static final int PRINT_MAX = 5000;

    /**
     * 打印台账: every row of the filter (not one page), with title, date, the filter in words and the viewer's unit, on
     * A4 or A3 landscape, no menus (issue 12).
     */
    @GetMapping("/tasks/print")
    String print(TaskQuery query, @RequestParam(defaultValue = "A4") String paper, CurrentUser me, Model model) {
        java.util.List<cn.luoshi.ledger.TaskRow> rows = new java.util.ArrayList<>();
        tasks.forEachRow(query, me, r -> {
            if (rows.size() < PRINT_MAX) {
                rows.add(r);
            }
        });
        java.util.List<String> filter = new java.util.ArrayList<>();
        if (query.unitId() != null) {
            org.unit(query.unitId()).ifPresent(u -> filter.add("单位：" + u.shortName()));
        }
        if (query.leaderId() != null) {
            org.person(query.leaderId()).ifPresent(p -> filter.add("牵头区领导：" + p.name()));
        }
        if (query.status() != null) {
            filter.add("状态：" + query.status().label());
        }
        if (query.light() != null) {
            filter.add("灯色：" + query.light().label());
        }
        if (query.deadlineFrom() != null || query.deadlineTo() != null) {
            filter.add("完成时限：" + (query.deadlineFrom() == null ? "" : query.deadlineFrom()) + "至"
                    + (query.deadlineTo() == null ? "" : query.deadlineTo()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            filter.add("关键词：" + query.text().trim());
        }
        if (query.directiveId() != null) {
            filter.add("来源：" + directives.get(query.directiveId(), me).title());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() >= PRINT_MAX);
        model.addAttribute("filter", filter.isEmpty() ? "全部任务" : String.join("；", filter));
        model.addAttribute("paper", "A3".equalsIgnoreCase(paper) ? "A3" : "A4");
        model.addAttribute("today", LocalDate.now(clock));
        String list = listUrl(query);
        model.addAttribute("backUrl", list);
        model.addAttribute("printUrl", "/tasks/print" + list.substring("/tasks".length()));
        return "tasks/print";
    }

    private void listModel(TaskQuery query, CurrentUser me, Model model) {
        model.addAttribute("page", tasks.search(query, me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("listUrl", listUrl(query));
    }

    /** The list's address with the filter (no page). */
    private static String listUrl(TaskQuery query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tasks");
        if (query.unitId() != null) url.queryParam("unitId", query.unitId());
        if (query.leaderId() != null) url.queryParam("leaderId", query.leaderId());
        if (query.status() != null) url.queryParam("status", query.status());
        if (query.light() != null) url.queryParam("light", query.light());
        if (query.deadlineFrom() != null) url.queryParam("deadlineFrom", query.deadlineFrom());
        if (query.deadlineTo() != null) url.queryParam("deadlineTo", query.deadlineTo());
        if (query.text() != null && !query.text().isBlank()) url.queryParam("text", query.text());
        if (query.directiveId() != null) url.queryParam("directiveId", query.directiveId());
        if (query.ids() != null) url.queryParam("ids", query.idsParameter());
        return url.build().encode().toUriString();
    }

    // ---- task ----------------------------------------------------------------------------------------------------

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        var d = tasks.detail(id, me);
        model.addAttribute("d", d);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("light", lights.lightOf(id).orElse(null));
        model.addAttribute("findings", findings.on(id));
        model.addAttribute("calendarWarning", lights.calendarWarning(LocalDate.now(clock), d.task().deadline())
                .orElse(null));
        model.addAttribute("reportFiles", progress.filesByReport(id, me));
        model.addAttribute("restDayWarning", cn.luoshi.ledger.LedgerRules.restDayWarning(d.task().deadline(),
                calendars.current()).orElse(null));
        return "tasks/detail";
    }

    @GetMapping("/directives/{directiveId}/tasks/new")
    String createForm(@PathVariable long directiveId, @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) TaskKind kind, CurrentUser me, Model model) {
        TaskForm form = new TaskForm();
        form.parentId = parentId;
        if (parentId != null) {
            Task parent = tasks.get(parentId, me);
            form.kind = parent.kind() == TaskKind.AREA ? TaskKind.TASK : TaskKind.MEASURE;
            form.startDate = parent.startDate();
            form.deadline = parent.deadline();
            form.leadLeaderId = parent.leadLeaderId();
        } else if (kind != null) {
            form.kind = kind;
        }
        return taskForm(directiveId, null, form, me, model);
    }

    @PostMapping("/directives/{directiveId}/tasks")
    String create(@PathVariable long directiveId, @ModelAttribute("form") TaskForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> taskForm(directiveId, null, form, me, model), () -> {
            Task t = tasks.create(directiveId, form, me);
            redirect.addFlashAttribute("flash", "已新建" + t.kind().label() + "「" + t.title() + "」"
                    + cn.luoshi.ledger.LedgerRules.restDayWarning(t.deadline(), calendars.current())
                            .map(w -> "。注意：" + w).orElse(""));
            return "redirect:/tasks/" + t.id();
        });
    }

    @GetMapping("/tasks/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        Task t = tasks.get(id, me);
        return taskForm(t.directiveId(), t, TaskForm.of(t), me, model);
    }

    @PostMapping("/tasks/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult result, CurrentUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Task t = tasks.get(id, me);
        return WebBinding.submit(result, response, () -> taskForm(t.directiveId(), t, form, me, model), () -> {
            Task saved = tasks.update(id, form, me);
            redirect.addFlashAttribute("flash", "已保存" + cn.luoshi.ledger.LedgerRules.restDayWarning(saved.deadline(),
                    calendars.current()).map(w -> "。注意：" + w).orElse(""));
            return "redirect:/tasks/" + id;
        });
    }

    @PostMapping("/tasks/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, CurrentUser me, RedirectAttributes redirect) {
        Task t = tasks.get(id, me);
        tasks.delete(id, version, me);
        redirect.addFlashAttribute("flash", "已删除「" + t.title() + "」");
        return "redirect:/directives/" + t.directiveId();
    }

    @PostMapping("/tasks/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Integer version, CurrentUser me,
            RedirectAttributes redirect) {
        tasks.accept(id, version, me);
        redirect.addFlashAttribute("flash", "已签收");
        return "redirect:/tasks/" + id;
    }

    private String taskForm(long directiveId, Task task, TaskForm form, CurrentUser me, Model model) {
        model.addAttribute("directive", directives.get(directiveId, me));
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("parent", form.parentId == null ? null : tasks.get(form.parentId, me));
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("cycles", cn.luoshi.ledger.ReportCycle.values());
        model.addAttribute("units", org.units());
        model.addAttribute("leaders", org.leaders());
        return "tasks/form";
    }

    // ---- milestones ----------------------------------------------------------------------------------------------

    @GetMapping("/tasks/{taskId}/milestones/new")
    String milestoneForm(@PathVariable long taskId, CurrentUser me, Model model) {
        return milestoneForm(tasks.get(taskId, me), null, new MilestoneForm(), model);
    }

    @PostMapping("/tasks/{taskId}/milestones")
    String addMilestone(@PathVariable long taskId, @ModelAttribute("form") MilestoneForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Task t = tasks.get(taskId, me);
        return WebBinding.submit(result, response, () -> milestoneForm(t, null, form, model), () -> {
            milestones.add(taskId, form, me);
            redirect.addFlashAttribute("flash", "已新增节点");
            return "redirect:/tasks/" + taskId + "#milestones";
        });
    }

    @GetMapping("/milestones/{id}/edit")
    String editMilestone(@PathVariable long id, CurrentUser me, Model model) {
        Milestone m = milestones.get(id, me);
        return milestoneForm(tasks.get(m.taskId(), me), m, MilestoneForm.of(m), model);
    }

    @PostMapping("/milestones/{id}")
    String updateMilestone(@PathVariable long id, @ModelAttribute("form") MilestoneForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Milestone m = milestones.get(id, me);
        Task t = tasks.get(m.taskId(), me);
        return WebBinding.submit(result, response, () -> milestoneForm(t, m, form, model), () -> {
            milestones.update(id, form, me);
            redirect.addFlashAttribute("flash", "已保存节点");
            return "redirect:/tasks/" + t.id() + "#milestones";
        });
    }

    @PostMapping("/milestones/{id}/delete")
    String deleteMilestone(@PathVariable long id, @RequestParam int version, CurrentUser me,
            RedirectAttributes redirect) {
        Milestone m = milestones.get(id, me);
        milestones.delete(id, version, me);
        redirect.addFlashAttribute("flash", "已删除节点「" + m.title() + "」");
        return "redirect:/tasks/" + m.taskId() + "#milestones";
    }

    private String milestoneForm(Task task, Milestone milestone, MilestoneForm form, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("milestone", milestone);
        model.addAttribute("form", form);
        return "tasks/milestone-form";
    }

    // ---- problems ------------------------------------------------------------------------------------------------

    @GetMapping("/tasks/{taskId}/problems/new")
    String problemForm(@PathVariable long taskId, CurrentUser me, Model model) {
        Task t = tasks.get(taskId, me);
        ProblemForm form = new ProblemForm();
        form.ownerUnitId = t.leadUnitId();
        return problemForm(t, null, form, me, model);
    }

    @PostMapping("/tasks/{taskId}/problems")
    String raiseProblem(@PathVariable long taskId, @ModelAttribute("form") ProblemForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Task t = tasks.get(taskId, me);
        return WebBinding.submit(result, response, () -> problemForm(t, null, form, me, model), () -> {
            problems.raise(taskId, form, me);
            redirect.addFlashAttribute("flash", "已提出问题");
            return "redirect:/tasks/" + taskId + "#problems";
        });
    }

    @GetMapping("/problems/{id}/edit")
    String editProblem(@PathVariable long id, CurrentUser me, Model model) {
        Problem p = problems.get(id, me);
        return problemForm(tasks.get(p.taskId(), me), p, ProblemForm.of(p), me, model);
    }

    @PostMapping("/problems/{id}")
    String updateProblem(@PathVariable long id, @ModelAttribute("form") ProblemForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Problem p = problems.get(id, me);
        Task t = tasks.get(p.taskId(), me);
        return WebBinding.submit(result, response, () -> problemForm(t, p, form, me, model), () -> {
            problems.update(id, form, me);
            redirect.addFlashAttribute("flash", "已更新问题");
            return "redirect:/tasks/" + t.id() + "#problems";
        });
    }

    private String problemForm(Task task, Problem problem, ProblemForm form, CurrentUser me, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("problem", problem);
        model.addAttribute("form", form);
        model.addAttribute("units", org.units());
        model.addAttribute("people", org.people());
        model.addAttribute("milestones", milestones.list(task.id(), me));
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("canMoveOwner", me.managesLedger());
        return "tasks/problem-form";
    }

    // ---- progress reports ----------------------------------------------------------------------------------------

    @GetMapping("/tasks/{taskId}/reports/new")
    String reportForm(@PathVariable long taskId, CurrentUser me, Model model) {
        ReportForm form = new ReportForm();
        form.reportedOn = LocalDate.now(clock);
        return reportForm(tasks.get(taskId, me), form, model);
    }

    @PostMapping("/tasks/{taskId}/reports")
    String submitReport(@PathVariable long taskId, @ModelAttribute("form") ReportForm form, BindingResult result,
            @RequestParam(name = "files", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> files,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Task t = tasks.get(taskId, me);
        return WebBinding.submit(result, response, () -> reportForm(t, form, model), () -> {
            progress.submit(taskId, form, cn.luoshi.ledger.EvidenceFile.fromUploads(files), me);
            redirect.addFlashAttribute("flash", "已报送进展");
            return "redirect:/tasks/" + taskId + "#reports";
        });
    }

    private String reportForm(Task task, ReportForm form, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        return "tasks/report-form";
    }
}
