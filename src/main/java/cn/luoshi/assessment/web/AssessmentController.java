package cn.luoshi.assessment.web;

import cn.luoshi.assessment.AssessmentService;
import cn.luoshi.assessment.Method;
import cn.luoshi.assessment.Run;
import cn.luoshi.assessment.SchemeDefinition;
import cn.luoshi.assessment.SchemePresets;
import cn.luoshi.assessment.SchemeSummary;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.Downloads;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 绩效考核 pages: schemes (list, view, edit as data), manual entries, scoring runs, the score sheet, one unit's
 * explanation with the what-if panel (htmx), publication, appeals and the exports. The service decides who may do
 * what; this only shapes pages.
 */
@Controller
class AssessmentController {

    private static final JsonMapper PRETTY = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AssessmentService assessment;
    private final AssessmentDocuments documents;
    private final OrgDirectory org;
    private final Clock clock;

    AssessmentController(AssessmentService assessment, AssessmentDocuments documents, OrgDirectory org, Clock clock) {
        this.assessment = assessment;
        this.documents = documents;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/assessment")
    String index(CurrentUser me, Model model) {
        List<SchemeSummary> schemes = assessment.schemes();
        Map<Long, List<Run>> runs = new HashMap<>();
        for (SchemeSummary s : schemes) {
            runs.put(s.id(), assessment.runs(s.id()).stream().filter(r -> assessment.seesAll(me) || r.published())
                    .toList());
        }
        model.addAttribute("schemes", schemes);
        model.addAttribute("runs", runs);
        model.addAttribute("manages", assessment.manages(me));
        return "assessment/index";
    }

    // ---- schemes ---------------------------------------------------------------------------------------------------

    @GetMapping("/assessment/schemes/new")
    String newScheme(CurrentUser me, Model model) {
        model.addAttribute("json", PRETTY.writeValueAsString(SchemePresets.districtCommonPractice(
                ChinaDate.today(clock).getYear())));
        model.addAttribute("scheme", null);
        return editor(model);
    }

    private String editor(Model model) {
        model.addAttribute("methods", Method.values());
        model.addAttribute("sources", SourceKey.values());
        return "assessment/scheme-edit";
    }

    private static SchemeDefinition parse(String json) {
        try {
            return PRETTY.readValue(json, SchemeDefinition.class);
        } catch (RuntimeException e) {
            String where = e instanceof tools.jackson.core.JacksonException je && je.getLocation() != null
                    ? "第" + je.getLocation().getLineNr() + "行第" + je.getLocation().getColumnNr() + "列附近" : "";
            throw InvalidInputException.of("json", "考核办法的格式有误" + (where.isEmpty() ? "" : "（" + where + "）")
                    + "：请检查括号、引号、逗号，计分方法与数据来源须用列出的代码");
        }
    }

    @PostMapping("/assessment/schemes")
    String create(@RequestParam String json, CurrentUser me, Model model, RedirectAttributes redirect) {
        try {
            long id = assessment.createScheme(parse(json), me);
            redirect.addFlashAttribute("flash", "已保存考核办法草稿");
            return "redirect:/assessment/schemes/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("json", json);
            model.addAttribute("scheme", null);
            model.addAttribute("errors", e.violations().stream().map(v -> v.message()).toList());
            return editor(model);
        }
    }

    @GetMapping("/assessment/schemes/{id}")
    String scheme(@PathVariable long id, CurrentUser me, Model model) {
        SchemeSummary s = assessment.scheme(id);
        model.addAttribute("scheme", s);
        model.addAttribute("def", assessment.definition(id));
        model.addAttribute("runs", assessment.runs(id).stream().filter(r -> assessment.seesAll(me) || r.published())
                .toList());
        model.addAttribute("manages", assessment.manages(me));
        Map<String, Long> unitIds = new HashMap<>();
        org.units().forEach(u -> unitIds.put(u.shortName(), u.id()));
        model.addAttribute("unitIds", unitIds);
        return "assessment/scheme";
    }

    @GetMapping("/assessment/schemes/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        SchemeSummary s = assessment.scheme(id);
        if (s.published()) {
            throw new ConflictException("考核办法「" + s.title() + "」已发布，不能修改；如需调整，请另建新版本");
        }
        model.addAttribute("scheme", s);
        model.addAttribute("json", PRETTY.writeValueAsString(assessment.definition(id)));
        return editor(model);
    }

    @PostMapping("/assessment/schemes/{id}")
    String update(@PathVariable long id, @RequestParam String json, @RequestParam int rowVersion, CurrentUser me,
            Model model, RedirectAttributes redirect) {
        SchemeSummary current = assessment.scheme(id);
        if (current.published()) { // whatever was posted: a published version never changes
            throw new ConflictException("考核办法「" + current.title() + "」已发布，不能修改；如需调整，请另建新版本");
        }
        try {
            assessment.updateScheme(id, rowVersion, parse(json), me);
            redirect.addFlashAttribute("flash", "已保存考核办法草稿");
            return "redirect:/assessment/schemes/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("scheme", assessment.scheme(id));
            model.addAttribute("json", json);
            model.addAttribute("errors", e.violations().stream().map(v -> v.message()).toList());
            return editor(model);
        }
    }

    @PostMapping("/assessment/schemes/{id}/publish")
    String publishScheme(@PathVariable long id, @RequestParam int rowVersion, CurrentUser me, RedirectAttributes r) {
        return act("/assessment/schemes/" + id, r, "考核办法已发布", () -> assessment.publishScheme(id, rowVersion, me));
    }

    @PostMapping("/assessment/schemes/{id}/new-version")
    String newVersion(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        long n = assessment.newVersion(id, me);
        redirect.addFlashAttribute("flash", "已复制为新版本草稿，可修改后发布");
        return "redirect:/assessment/schemes/" + n;
    }

    @PostMapping("/assessment/schemes/{id}/manual")
    String manual(@PathVariable long id, @RequestParam String code, @RequestParam long unitId,
            @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file, CurrentUser me, RedirectAttributes r) throws IOException {
        AssessmentService.Upload up = upload(file);
        return act("/assessment/schemes/" + id, r, "已录入", () -> assessment.enterManual(id, code, unitId, value, note,
                up, me));
    }

    @PostMapping("/assessment/schemes/{id}/compute")
    String compute(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) Integer quarter,
            CurrentUser me, RedirectAttributes redirect) {
        try {
            long run = assessment.compute(id, kind, quarter, me);
            redirect.addFlashAttribute("flash", "已计分，请核对后发布");
            return "redirect:/assessment/runs/" + run;
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", message(e));
            return "redirect:/assessment/schemes/" + id;
        }
    }

    // ---- runs ------------------------------------------------------------------------------------------------------

    @GetMapping("/assessment/runs/{id}")
    String sheet(@PathVariable long id, CurrentUser me, Model model) {
        var sheet = assessment.sheet(id, me);
        model.addAttribute("sheet", sheet);
        model.addAttribute("manages", assessment.manages(me));
        model.addAttribute("changes", assessment.changes(sheet.run()));
        return "assessment/sheet";
    }

    @PostMapping("/assessment/runs/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int rowVersion, CurrentUser me, RedirectAttributes r) {
        return act("/assessment/runs/" + id, r, "考核结果已发布", () -> assessment.publish(id, rowVersion, me));
    }

    @GetMapping("/assessment/runs/{id}/units/{unitId}")
    String explanation(@PathVariable long id, @PathVariable long unitId, CurrentUser me, Model model) {
        model.addAttribute("e", assessment.explanation(id, unitId, me));
        model.addAttribute("manages", assessment.manages(me));
        return "assessment/explanation";
    }

    @PostMapping("/assessment/runs/{id}/units/{unitId}/what-if")
    String whatIf(@PathVariable long id, @PathVariable long unitId, @RequestParam Map<String, String> form,
            CurrentUser me, Model model) {
        Map<String, Double> values = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("v_") && v != null && !v.isBlank()) {
                try {
                    values.put(k.substring(2), Double.parseDouble(v.trim()));
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of(k, "「" + v + "」不是数字");
                }
            }
        });
        int more = 0;
        String m = form.get("moreOnTime");
        if (m != null && !m.isBlank()) {
            try {
                more = Integer.parseInt(m.trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("moreOnTime", "按时办结件数须是整数");
            }
            if (more < 0 || more > 1000) {
                throw InvalidInputException.of("moreOnTime", "按时办结件数须在0到1000之间");
            }
        }
        model.addAttribute("w", assessment.whatIf(id, unitId, values, more, me));
        return "assessment/explanation :: whatIfResult";
    }

    @PostMapping("/assessment/runs/{id}/units/{unitId}/appeal")
    String appeal(@PathVariable long id, @PathVariable long unitId, @RequestParam String code,
            @RequestParam(required = false) String claim, @RequestParam(required = false) BigDecimal requested,
            @RequestParam(required = false) MultipartFile file, CurrentUser me, RedirectAttributes r) throws IOException {
        AssessmentService.Upload up = upload(file);
        return act("/assessment/runs/" + id + "/units/" + unitId, r, "申诉已提交，等待考核办裁定",
                () -> assessment.appeal(id, unitId, code, claim, requested, up, me));
    }

    @PostMapping("/assessment/appeals/{id}/decide")
    String decide(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String reason,
            @RequestParam(required = false) BigDecimal adjusted, @RequestParam int rowVersion, CurrentUser me,
            RedirectAttributes r) {
        var a = assessment.appealOf(id, me);
        Long[] created = new Long[1];
        String back = act("/assessment/runs/" + a.runId(), r, accept ? "已采纳申诉，考核结果已生成新版本" : "已裁定：不予采纳",
                () -> created[0] = assessment.decide(id, accept, reason, adjusted, rowVersion, me));
        return created[0] == null ? back : "redirect:/assessment/runs/" + created[0];
    }

    @GetMapping("/assessment/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, CurrentUser me) {
        var f = assessment.evidence(id, false, me);
        return Downloads.attachment(f.contentType(), f.name(), f.content());
    }

    @GetMapping("/assessment/appeals/{id}/evidence")
    ResponseEntity<byte[]> appealEvidence(@PathVariable long id, CurrentUser me) {
        var f = assessment.evidence(id, true, me);
        return Downloads.attachment(f.contentType(), f.name(), f.content());
    }

    // ---- exports ---------------------------------------------------------------------------------------------------

    @GetMapping("/assessment/runs/{id}/sheet.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser me) {
        var sheet = assessment.sheet(id, me);
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "考核得分表-" + sheet.run().kindLabel() + ".xlsx", documents.xlsx(sheet));
    }

    @GetMapping("/assessment/runs/{id}/notice.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser me) {
        var sheet = assessment.sheet(id, me);
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "考核结果通报-" + sheet.run().kindLabel() + ".docx", documents.docx(sheet));
    }

    @GetMapping("/assessment/runs/{id}/notice.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser me) {
        var sheet = assessment.sheet(id, me);
        return Downloads.inlinePdf("考核结果通报-" + sheet.run().kindLabel() + ".pdf", documents.pdf(sheet));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static AssessmentService.Upload upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > AssessmentService.MAX_FILE) {
            throw InvalidInputException.of("file", "佐证材料不能超过10MB");
        }
        return new AssessmentService.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    private static String message(RuntimeException e) {
        return e instanceof InvalidInputException i ? String.join("；", i.violations().stream().map(v -> v.message())
                .toList()) : e.getMessage();
    }

    private static String act(String back, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", ok);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", message(e));
        }
        return "redirect:" + back;
    }
}
