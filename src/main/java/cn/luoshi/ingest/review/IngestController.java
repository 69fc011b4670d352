package cn.luoshi.ingest.review;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.FieldError;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.WebBinding;
import cn.luoshi.ingest.IngestException;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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

/** 讲话转台账 pages: upload or paste a speech, review the drafted tree, accept it into the ledger. */
@Controller
class IngestController {

    private final ReviewService review;
    private final OrgDirectory org;
    private final Clock clock;

    IngestController(ReviewService review, OrgDirectory org, Clock clock) {
        this.review = review;
        this.org = org;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", DirectiveLevel.values());
        model.addAttribute("directiveKinds", DirectiveKind.values());
    }

    @GetMapping("/ingest")
    String uploadPage(CurrentUser me, Model model) {
        UploadForm form = new UploadForm(); // the date stays empty: the document's own, else today
        return showUpload(form, me, model);
    }

    @PostMapping("/ingest")
    String upload(@ModelAttribute("upload") UploadForm form, BindingResult result,
            @RequestParam(value = "file", required = false) MultipartFile file, CurrentUser me, Model model,
            HttpServletResponse response) throws IOException {
        ReviewService.requireOffice(me);
        if (result.hasErrors()) {
            response.setStatus(400);
            return showUpload(form, me, model);
        }
        boolean hasFile = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
        try {
            long id = review.upload(form, hasFile ? file.getOriginalFilename() : null,
                    hasFile ? file.getBytes() : null, me);
            return "redirect:/ingest/" + id;
        } catch (IngestException e) {
            result.reject("ingest", (hasFile ? "文件「" + cn.luoshi.common.FileNames.clean(file.getOriginalFilename()) + "」" : "粘贴的文本") + "无法转换："
                    + e.chinese());
        } catch (InvalidInputException e) {
            if (form.text != null && form.text.length() > ReviewService.MAX_TEXT_CHARS) {
                form.text = null; // not megabytes back into the text box (the error keeps the value it rejects)
            }
            WebBinding.reject(e, result);
        }
        response.setStatus(400);
        return showUpload(form, me, model);
    }

    private String showUpload(UploadForm form, CurrentUser me, Model model) {
        model.addAttribute("upload", form);
        model.addAttribute("pending", review.pending(me));
        return "ingest/upload";
    }

    @GetMapping("/ingest/{id}")
    String reviewPage(@PathVariable long id, CurrentUser me, Model model) {
        var stored = review.get(id, me);
        return reviewPage(stored, stored.form(), model);
    }

    @PostMapping("/ingest/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult result, CurrentUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(400);
            var stored = review.get(id, me);
            return reviewPage(stored, review.completed(stored, form), model, result);
        }
        review.save(id, form, me);
        redirect.addFlashAttribute("flash", "已保存审核修改");
        return "redirect:/ingest/" + id;
    }

    @PostMapping("/ingest/{id}/accept")
    String accept(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                long directiveId = review.accept(id, form, me).directiveId();
                redirect.addFlashAttribute("flash", "已转入台账：「" + form.title + "」");
                return "redirect:/directives/" + directiveId;
            } catch (InvalidInputException e) {
                WebBinding.reject(e, result);
            }
        }
        response.setStatus(400);
        var stored = review.get(id, me);
        return reviewPage(stored, review.completed(stored, form), model, result);
    }

    /**
     * 批量修改: the form as edited plus the chosen rows ({@code batchNodes}) and the values to set on all of them; saved
     * and shown again, or the page again with the request's errors at the top.
     */
    @PostMapping("/ingest/{id}/batch")
    String batch(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult result,
            @RequestParam(value = "batchNodes", required = false) java.util.List<String> nodes,
            @RequestParam(value = "batchLead", required = false) Long lead,
            @RequestParam(value = "batchLeader", required = false) Long leader,
            @RequestParam(value = "batchDeadline", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate deadline,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                int n = review.batch(id, form, new BatchEdit(nodes == null ? java.util.List.of() : nodes, lead, leader,
                        deadline), me);
                redirect.addFlashAttribute("flash", "已批量修改 " + n + " 项");
                return "redirect:/ingest/" + id;
            } catch (InvalidInputException e) {
                for (var v : e.violations()) {
                    result.reject("batch", v.message());
                }
            }
        }
        response.setStatus(400);
        var stored = review.get(id, me);
        model.addAttribute("batchNodes", nodes == null ? java.util.List.of() : nodes);
        return reviewPage(stored, review.completed(stored, form), model, result);
    }

    @PostMapping("/ingest/{id}/discard")
    String discard(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        review.discard(id, me);
        redirect.addFlashAttribute("flash", "已放弃该草稿");
        return "redirect:/ingest";
    }

    private String reviewPage(ReviewService.StoredDraft stored, ReviewForm form, Model model) {
        return reviewPage(stored, form, model, null);
    }

    /** One line per field error: the row's name, the field's name, the message, and the id of the field to focus. */
    record Problem(String row, String field, String message, String target) {
    }

    private static final java.util.regex.Pattern ROW_FIELD = java.util.regex.Pattern.compile("^rows\\[(\\d+)]\\.(.+)$");

    /** 有 N 处需要修改: each field error with the row it is in, so the summary can name and jump to it. */
    static java.util.List<Problem> problems(ReviewForm form, BindingResult result) {
        java.util.List<Problem> out = new java.util.ArrayList<>();
        if (result == null) {
            return out;
        }
        for (FieldError e : result.getFieldErrors()) {
            java.util.regex.Matcher m = ROW_FIELD.matcher(e.getField());
            String target = e.getField().replace("[", "").replace("]", "");
            if (m.matches() && Integer.parseInt(m.group(1)) < form.rows.size()) {
                ReviewRow r = form.rows.get(Integer.parseInt(m.group(1)));
                String name = (r.marker == null ? "" : r.marker + " ")
                        + (r.title == null || r.title.isBlank() ? "（无名称）" : DraftReview.cut(r.title, 24));
                out.add(new Problem(name, fieldLabel(m.group(2)), e.getDefaultMessage(), target));
            } else {
                out.add(new Problem("来源", fieldLabel(e.getField()), e.getDefaultMessage(), target));
            }
        }
        return out;
    }

    private static String fieldLabel(String field) {
        if (field.startsWith("targets")) {
            return "量化目标";
        }
        return switch (field) {
            case "title" -> "名称";
            case "deadline" -> "完成时限";
            case "leadUnitId" -> "牵头单位";
            case "coUnitIds" -> "配合单位";
            case "leadLeaderId" -> "牵头区领导";
            case "responsiblePerson" -> "责任人";
            case "issuedOn" -> "日期";
            case "issuer" -> "发文机关/讲话人";
            default -> field;
        };
    }

    private String reviewPage(ReviewService.StoredDraft stored, ReviewForm form, Model model, BindingResult result) {
        model.addAttribute("problems", problems(form, result));
        Map<String, DraftReview.Placement> shape = DraftReview.shape(form.rows);
        Map<String, String> levels = new HashMap<>();
        shape.forEach((node, p) -> levels.put(node, p.kind().label()));
        model.addAttribute("draft", stored);
        model.addAttribute("form", form);
        model.addAttribute("placement", levels);
        model.addAttribute("units", org.units());
        model.addAttribute("leaders", org.leaders());
        model.addAttribute("unitOwnersJson", Json.write(form.unitOwners == null ? Map.of() : form.unitOwners));
        model.addAttribute("segments", DraftReview.segments(stored.body(), stored.marks().marks()));
        model.addAttribute("figureLines", review.figureLines(stored));
        return "ingest/review";
    }
}
