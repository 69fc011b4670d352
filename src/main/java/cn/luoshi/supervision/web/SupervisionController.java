package cn.luoshi.supervision.web;

import cn.luoshi.common.WebBinding;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UnitType;
import cn.luoshi.supervision.GroupForm;
import cn.luoshi.supervision.GroupService;
import cn.luoshi.supervision.SupervisionGroup;
import cn.luoshi.supervision.SupervisionOverview;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督查督办 home, a task's supervision page (and its panel for the task page), and the 督查组 pages. */
@Controller
class SupervisionController {

    private final SupervisionOverview overview;
    private final GroupService groups;
    private final OrgDirectory org;
    private final TaskService tasks;

    SupervisionController(SupervisionOverview overview, GroupService groups, OrgDirectory org, TaskService tasks) {
        this.overview = overview;
        this.groups = groups;
        this.org = org;
        this.tasks = tasks;
    }

    @GetMapping("/supervision")
    String home(CurrentUser me, Model model) {
        model.addAttribute("home", overview.home(me));
        return "supervision/home";
    }

    /** A task's supervision: its orders, inspections and 整改事项 (linked from the task page). */
    @GetMapping("/supervision/tasks/{taskId}")
    String task(@PathVariable long taskId, CurrentUser me, Model model) {
        model.addAttribute("s", overview.forTask(taskId, me));
        return "supervision/task";
    }

    /** The same as a panel for the task page ({@code hx-get}); a fragment without page chrome. */
    @GetMapping("/supervision/tasks/{taskId}/panel")
    String taskPanel(@PathVariable long taskId, CurrentUser me, Model model) {
        model.addAttribute("s", overview.forTask(taskId, me));
        return "supervision/task :: panel";
    }

    // ---- 督查组 ---------------------------------------------------------------------------------------------------

    @GetMapping("/supervision/groups")
    String groups(CurrentUser me, Model model) {
        model.addAttribute("groups", groups.list().stream().map(g -> groups.view(g.id(), me)).toList());
        return "supervision/groups";
    }

    @GetMapping("/supervision/groups/{id}")
    String group(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("g", groups.view(id, me));
        return "supervision/group";
    }

    @GetMapping("/supervision/groups/new")
    String newGroup(CurrentUser me, Model model) {
        return groupForm(null, new GroupForm(), me, model);
    }

    @GetMapping("/supervision/groups/{id}/edit")
    String editGroup(@PathVariable long id, CurrentUser me, Model model) {
        return groupForm(id, GroupForm.of(groups.get(id)), me, model);
    }

    @PostMapping("/supervision/groups")
    String createGroup(@ModelAttribute("form") GroupForm form, BindingResult result, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> groupForm(null, form, me, model), () -> {
            SupervisionGroup g = groups.create(form, me);
            redirect.addFlashAttribute("flash", "已新建督查组「" + g.name() + "」");
            return "redirect:/supervision/groups/" + g.id();
        });
    }

    @PostMapping("/supervision/groups/{id}")
    String updateGroup(@PathVariable long id, @ModelAttribute("form") GroupForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> groupForm(id, form, me, model), () -> {
            SupervisionGroup g = groups.update(id, form, me);
            redirect.addFlashAttribute("flash", "已保存督查组「" + g.name() + "」");
            return "redirect:/supervision/groups/" + g.id();
        });
    }

    private String groupForm(Long id, GroupForm form, CurrentUser me, Model model) {
        if (!me.managesLedger()) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室可以设置督查组");
        }
        model.addAttribute("groupId", id);
        model.addAttribute("form", form);
        model.addAttribute("people", org.people());
        model.addAttribute("units", org.units().stream().filter(u -> u.type() != UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("groupUnits",
                org.units().stream().filter(u -> u.type() == UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("unitNames", org.unitsById());
        model.addAttribute("tasks", tasks.search(new TaskQuery(null, null, null, null, null, null, null, null, 0, 200),
                me).rows().stream().filter(t -> t.kind().name().equals("TASK")).toList());
        return "supervision/group-form";
    }
}
