package cn.luoshi.supervision.web;

import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UnitType;
import cn.luoshi.supervision.DecisionForm;
import cn.luoshi.supervision.EvidenceForm;
import cn.luoshi.supervision.ProgressForm;
import cn.luoshi.supervision.RectificationQuery;
import cn.luoshi.supervision.RectificationService;
import cn.luoshi.supervision.RectificationStatus;
import cn.luoshi.supervision.Uploads;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.util.UriComponentsBuilder;

/** 整改事项 pages: the list with lights and filters, and the item page with its moves. */
@Controller
class RectificationController {

    private final RectificationService rectifications;
    private final OrgDirectory org;

    RectificationController(RectificationService rectifications, OrgDirectory org) {
        this.rectifications = rectifications;
        this.org = org;
    }

    @GetMapping("/supervision/rectifications")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) RectificationStatus status,
            @RequestParam(required = false) Light light, @RequestParam(required = false) String text,
            @RequestParam(required = false) Boolean openOnly, @RequestParam(required = false) Integer page,
            CurrentUser me, Model model) {
        RectificationQuery q = new RectificationQuery(unitId, status, light, null, null, text, openOnly, page, 20);
        model.addAttribute("q", q);
        model.addAttribute("page", rectifications.list(q, me));
        model.addAttribute("units", org.units().stream().filter(u -> u.type() != UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("statuses", RectificationStatus.values());
        model.addAttribute("lights", List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.BLUE));
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/supervision/rectifications");
        if (unitId != null) url.queryParam("unitId", unitId);
        if (status != null) url.queryParam("status", status);
        if (light != null) url.queryParam("light", light);
        if (text != null && !text.isBlank()) url.queryParam("text", text);
        if (openOnly != null) url.queryParam("openOnly", openOnly);
        model.addAttribute("listUrl", url.build().encode().toUriString());
        return "supervision/rectifications";
    }

    @GetMapping("/supervision/rectifications/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("v", rectifications.view(id, me));
        return "supervision/rectification";
    }

    @PostMapping("/supervision/rectifications/{id}/start")
    String start(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "start", input, me, model, redirect, response, "已开始整改",
                () -> rectifications.start(id, version, me));
    }

    @PostMapping("/supervision/rectifications/{id}/progress")
    String progress(@PathVariable long id, @ModelAttribute ProgressForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "progress", input, me, model, redirect, response, "已更新整改进展",
                () -> rectifications.progress(id, form, me));
    }

    @PostMapping("/supervision/rectifications/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute EvidenceForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "submit", input, me, model, redirect, response, "已报送整改结果，等待督查室销号",
                () -> rectifications.submit(id, form, EvidenceFile.fromUploads(files), me));
    }

    @PostMapping("/supervision/rectifications/{id}/return")
    String sendBack(@PathVariable long id, @ModelAttribute DecisionForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "return", input, me, model, redirect, response, "已退回重改",
                () -> rectifications.sendBack(id, form, me));
    }

    @PostMapping("/supervision/rectifications/{id}/close")
    String close(@PathVariable long id, @ModelAttribute EvidenceForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "close", input, me, model, redirect, response, "整改事项已销号",
                () -> rectifications.close(id, form, EvidenceFile.fromUploads(files), me));
    }

    @GetMapping("/supervision/rectifications/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, CurrentUser me) {
        return Uploads.download(rectifications.attachment(id, attachmentId, me));
    }

    private String run(long id, String action, Map<String, String> input, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response, String done, Runnable move) {
        return Actions.run("/supervision/rectifications/" + id, action, input, model, redirect, response, done, move,
                () -> detail(id, me, model));
    }
}
