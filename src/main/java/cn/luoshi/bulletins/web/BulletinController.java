package cn.luoshi.bulletins.web;

import cn.luoshi.bulletins.Bulletin;
import cn.luoshi.bulletins.BulletinEditForm;
import cn.luoshi.bulletins.BulletinForm;
import cn.luoshi.bulletins.BulletinService;
import cn.luoshi.bulletins.PeriodKind;
import cn.luoshi.bulletins.ScopeKind;
import cn.luoshi.bulletins.UnitLine;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * 通报 pages: the list with the generate form, a bulletin (draft: edit, regenerate, publish, delete; published: read),
 * its downloads, and the Word template. Thin: every rule is in {@link BulletinService}.
 */
@Controller
class BulletinController {

    private static final String LIST = "bulletins/list";
    private static final String DETAIL = "bulletins/detail";
    private static final String TEMPLATE = "bulletins/template";

    private final BulletinService bulletins;
    private final Clock clock;

    BulletinController(BulletinService bulletins, Clock clock) {
        this.bulletins = bulletins;
        this.clock = clock;
    }

    @GetMapping("/bulletins")
    String list(CurrentUser me, Model model) {
        BulletinForm form = defaults();
        if (bulletins.list(me).isEmpty()) {
            // A newcomer's first 通报 (issue 12): the month just ended may predate the ledger entered this month (it
            // was empty), so the first one is this month, cut at today (截至今日) — the ledger as it stands.
            form.month = YearMonth.from(ChinaDate.today(clock)).toString();
            model.addAttribute("firstBulletin", true);
        }
        model.addAttribute("form", form);
        return page(me, model);
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("bulletins", bulletins.list(me));
        model.addAttribute("periodKinds", PeriodKind.values());
        model.addAttribute("scopeKinds", ScopeKind.values());
        if (me.managesLedger()) {
            model.addAttribute("choices", bulletins.choices(me));
        }
        return LIST;
    }

    /** The form starts on the month just ended (the usual monthly bulletin). */
    private BulletinForm defaults() {
        LocalDate today = ChinaDate.today(clock);
        BulletinForm f = new BulletinForm();
        f.month = YearMonth.from(today).minusMonths(1).toString();
        f.weekOf = today.minusWeeks(1);
        int quarter = (today.getMonthValue() - 1) / 3; // the quarter before this one, 0 = last year's fourth
        f.year = quarter == 0 ? today.getYear() - 1 : today.getYear();
        f.quarter = quarter == 0 ? 4 : quarter;
        f.from = today.withDayOfMonth(1);
        f.to = today;
        return f;
    }

    @PostMapping("/bulletins")
    String generate(@ModelAttribute("form") BulletinForm form, BindingResult result, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                Bulletin b = bulletins.generate(form, me);
                redirect.addFlashAttribute("flash", "已生成通报草稿：" + b.title()
                        + "。请核对数据、修改下步要求后发布。");
                return "redirect:/bulletins/" + b.id();
            } catch (InvalidInputException e) {
                WebBinding.reject(e, result);
            }
        }
        response.setStatus(400);
        return page(me, model);
    }

    @GetMapping("/bulletins/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        Bulletin b = bulletins.get(id, me);
        if (!model.containsAttribute("edit")) {
            BulletinEditForm f = new BulletinEditForm();
            f.title = b.title();
            f.requirements = b.requirements();
            f.version = b.version();
            model.addAttribute("edit", f);
        }
        return detail(b, model);
    }

    private String detail(Bulletin b, Model model) {
        model.addAttribute("bulletin", b);
        model.addAttribute("content", b.content());
        model.addAttribute("unitChart", unitChart(b.content().units()));
        model.addAttribute("lightChart", lightChart(b));
        return DETAIL;
    }

    @PostMapping("/bulletins/{id}")
    String edit(@PathVariable long id, @ModelAttribute("edit") BulletinEditForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            bulletins.edit(id, form, me);
            redirect.addFlashAttribute("flash", "已保存");
            return "redirect:/bulletins/" + id;
        } catch (InvalidInputException e) {
            WebBinding.reject(e, result);
            response.setStatus(400);
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
            response.setStatus(409);
        }
        return detail(bulletins.get(id, me), model);
    }

    @PostMapping("/bulletins/{id}/regenerate")
    String regenerate(@PathVariable long id, @RequestParam(required = false) Integer version, CurrentUser me,
            RedirectAttributes redirect) {
        bulletins.regenerate(id, version, me);
        redirect.addFlashAttribute("flash", "已按同一统计期重新生成");
        return "redirect:/bulletins/" + id;
    }

    @PostMapping("/bulletins/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, CurrentUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Bulletin b = bulletins.publish(id, version, me);
            redirect.addFlashAttribute("flash", "已发布为" + b.issueLabel() + "，数据已冻结");
            return "redirect:/bulletins/" + id;
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("actionError", e.getMessage());
            return detail(id, me, model);
        }
    }

    @PostMapping("/bulletins/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, CurrentUser me,
            RedirectAttributes redirect) {
        bulletins.delete(id, version, me);
        redirect.addFlashAttribute("flash", "已删除通报草稿");
        return "redirect:/bulletins";
    }

    @GetMapping("/bulletins/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser me) {
        return download(bulletins.docx(id, me));
    }

    @GetMapping("/bulletins/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser me) {
        return download(bulletins.pdf(id, me));
    }

    @GetMapping("/bulletins/{id}/lists.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser me) {
        return download(bulletins.xlsx(id, me));
    }

    // ---- the Word template ---------------------------------------------------------------------------------------

    @GetMapping("/bulletins/template")
    String template(CurrentUser me, Model model) {
        requireManager(me);
        model.addAttribute("template", bulletins.templateInfo());
        model.addAttribute("vocabulary", cn.luoshi.bulletins.document.BulletinDocuments.VOCABULARY);
        model.addAttribute("vocabularyTexts", cn.luoshi.bulletins.document.BulletinDocuments.VOCABULARY.texts().stream()
                .sorted().toList());
        return TEMPLATE;
    }

    @GetMapping("/bulletins/template.docx")
    ResponseEntity<byte[]> templateFile(CurrentUser me) {
        requireManager(me);
        return download(new BulletinService.Document("通报模板.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bulletins.templateBytes()));
    }

    @PostMapping("/bulletins/template")
    String uploadTemplate(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            bulletins.uploadTemplate(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), me);
            redirect.addFlashAttribute("flash", "已更换通报Word模板");
            return "redirect:/bulletins/template";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("uploadError", e.getMessage());
            model.addAttribute("template", bulletins.templateInfo());
        model.addAttribute("vocabulary", cn.luoshi.bulletins.document.BulletinDocuments.VOCABULARY);
        model.addAttribute("vocabularyTexts", cn.luoshi.bulletins.document.BulletinDocuments.VOCABULARY.texts().stream()
                .sorted().toList());
            return TEMPLATE;
        }
    }

    @PostMapping("/bulletins/template/reset")
    String resetTemplate(CurrentUser me, RedirectAttributes redirect) {
        bulletins.resetTemplate(me);
        redirect.addFlashAttribute("flash", "已恢复系统默认模板");
        return "redirect:/bulletins/template";
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static ResponseEntity<byte[]> download(BulletinService.Document d) {
        return cn.luoshi.common.Downloads.attachment(d.contentType(), d.fileName(), d.content());
    }

    private static void requireManager(CurrentUser me) {
        if (!me.managesLedger()) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室可以管理通报模板");
        }
    }

    private static List<Map<String, Object>> unitChart(List<UnitLine> units) {
        return units.stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", u.rank() + ". " + u.unitName());
            m.put("completed", u.completed());
            m.put("normal", u.normal());
            m.put("behind", u.behindNotOverdue());
            m.put("overdue", u.overdue());
            return m;
        }).toList();
    }

    private static List<Map<String, Object>> lightChart(Bulletin b) {
        var t = b.content().totals();
        Object[][] rows = {{"绿灯", t.green(), "#198754"}, {"黄灯", t.yellow(), "#e0a800"}, {"红灯", t.red(), "#dc3545"},
                {"灰灯（未开始）", t.grey(), "#adb5bd"}, {"蓝灯（已办结）", t.blue(), "#0d6efd"}};
        return java.util.Arrays.stream(rows).map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r[0]);
            m.put("value", r[1]);
            m.put("color", r[2]);
            return m;
        }).toList();
    }
}
