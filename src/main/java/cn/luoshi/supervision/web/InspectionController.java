package cn.luoshi.supervision.web;

import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.common.WebBinding;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UnitType;
import cn.luoshi.supervision.GroupService;
import cn.luoshi.supervision.Inspection;
import cn.luoshi.supervision.InspectionForm;
import cn.luoshi.supervision.InspectionQuery;
import cn.luoshi.supervision.InspectionService;
import cn.luoshi.supervision.ProgressRating;
import cn.luoshi.supervision.Rectification;
import cn.luoshi.supervision.RectificationForm;
import cn.luoshi.supervision.RectificationQuery;
import cn.luoshi.supervision.RectificationService;
import cn.luoshi.supervision.Uploads;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 督导检查 pages: list, new (with evidence files), detail with the 整改事项 opened from it. */
@Controller
class InspectionController {

    private final InspectionService inspections;
    private final RectificationService rectifications;
    private final GroupService groups;
    private final OrgDirectory org;
    private final TaskService tasks;
    private final Clock clock;

    InspectionController(InspectionService inspections, RectificationService rectifications, GroupService groups,
            OrgDirectory org, TaskService tasks, Clock clock) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.groups = groups;
        this.org = org;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/supervision/inspections")
    String list(@RequestParam(required = false) Long groupId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) ProgressRating rating, @RequestParam(required = false) Integer page,
            CurrentUser me, Model model) {
        InspectionQuery q = new InspectionQuery(groupId, unitId, null, rating, page, 20);
        model.addAttribute("q", q);
        model.addAttribute("page", inspections.list(q, me));
        model.addAttribute("groups", groups.list());
        model.addAttribute("units", org.units().stream().filter(u -> u.type() != UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("ratings", ProgressRating.values());
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/supervision/inspections");
        if (groupId != null) url.queryParam("groupId", groupId);
        if (unitId != null) url.queryParam("unitId", unitId);
        if (rating != null) url.queryParam("rating", rating);
        model.addAttribute("listUrl", url.build().encode().toUriString());
        return "supervision/inspections";
    }

    @GetMapping("/supervision/inspections/new")
    String newInspection(@RequestParam(required = false) Long groupId, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) Long unitId, CurrentUser me, Model model) {
        InspectionForm f = new InspectionForm();
        f.groupId = groupId;
        f.taskId = taskId;
        f.unitId = unitId;
        f.inspectedOn = LocalDate.now(clock);
        if (taskId != null && unitId == null) {
            f.unitId = tasks.get(taskId, me).leadUnitId();
        }
        return form(f, me, model);
    }

    @PostMapping("/supervision/inspections")
    String record(@ModelAttribute("form") InspectionForm form, BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> form(form, me, model), () -> {
            Inspection i = inspections.record(form, EvidenceFile.fromUploads(files), me);
            redirect.addFlashAttribute("flash", "已登记督导检查");
            return "redirect:/supervision/inspections/" + i.id();
        });
    }

    private String form(InspectionForm f, CurrentUser me, Model model) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("只有督查室可以登记督导检查");
        }
        model.addAttribute("form", f);
        model.addAttribute("task", f.taskId == null ? null : tasks.get(f.taskId, me));
        model.addAttribute("groups", groups.list());
        model.addAttribute("units", org.units().stream().filter(u -> u.type() != UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("ratings", ProgressRating.values());
        return "supervision/inspection-form";
    }

    @GetMapping("/supervision/inspections/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        RectificationForm f = new RectificationForm();
        Inspection i = inspections.get(id, me);
        f.ownerUnitId = i.unitId();
        f.deadline = LocalDate.now(clock).plusDays(30);
        return detail(id, f, me, model);
    }

    /** 交办整改: the form sits on the inspection page; errors show there, next to the fields. */
    @PostMapping("/supervision/inspections/{id}/rectifications")
    String openRectification(@PathVariable long id, @ModelAttribute("form") RectificationForm form,
            BindingResult result, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> {
            model.addAttribute("openForm", true);
            return detail(id, form, me, model);
        }, () -> {
            Rectification r = rectifications.open(id, form, me);
            redirect.addFlashAttribute("flash", "已交办整改事项「" + r.title() + "」");
            return "redirect:/supervision/inspections/" + id;
        });
    }

    private String detail(long id, RectificationForm f, CurrentUser me, Model model) {
        model.addAttribute("v", inspections.view(id, me));
        model.addAttribute("items", rectifications.list(new RectificationQuery(null, null, null, id, null, null, null,
                0, 200), me).rows());
        model.addAttribute("form", f);
        model.addAttribute("units", org.units().stream().filter(u -> u.type() != UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("people", org.people());
        return "supervision/inspection";
    }

    @GetMapping("/supervision/inspections/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, CurrentUser me) {
        return Uploads.download(inspections.attachment(id, attachmentId, me));
    }


}
