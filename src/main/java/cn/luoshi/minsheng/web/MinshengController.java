package cn.luoshi.minsheng.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.minsheng.MinshengEntry;
import cn.luoshi.minsheng.MinshengForm;
import cn.luoshi.minsheng.MinshengService;
import cn.luoshi.minsheng.PublicFilter;
import cn.luoshi.minsheng.Publication;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 民生实事发布 for the 督查室: the tagged tasks with their public face, the form for one item, the preview of the next
 * publication, the publish action and past publications. Everyone else gets 403 (the service decides).
 */
@Controller
class MinshengController {

    private final MinshengService minsheng;

    MinshengController(MinshengService minsheng) {
        this.minsheng = minsheng;
    }

    @GetMapping("/minsheng")
    String board(CurrentUser me, Model model) {
        model.addAttribute("board", minsheng.board(me));
        return "minsheng/board";
    }

    @GetMapping("/minsheng/items/{taskId}/edit")
    String editForm(@PathVariable long taskId, CurrentUser me, Model model) {
        MinshengEntry e = minsheng.entry(taskId, me);
        return form(e, MinshengForm.of(e.item(), e.task().title()), model);
    }

    @PostMapping("/minsheng/items/{taskId}")
    String save(@PathVariable long taskId, @ModelAttribute("form") MinshengForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MinshengEntry e = minsheng.entry(taskId, me);
        if (result.hasErrors()) {
            response.setStatus(400);
            return form(e, form, model);
        }
        try {
            minsheng.update(taskId, form, me);
        } catch (InvalidInputException ex) {
            WebBinding.reject(ex, result);
            response.setStatus(400);
            return form(e, form, model);
        } catch (ConflictException ex) {
            result.reject("conflict", ex.getMessage());
            response.setStatus(409);
            return form(e, form, model);
        }
        redirect.addFlashAttribute("flash", "已保存「" + e.task().title() + "」的公开信息（发布后才对外公开）");
        return "redirect:/minsheng#item-" + taskId;
    }

    private String form(MinshengEntry entry, MinshengForm form, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        return "minsheng/form";
    }

    /** What the public page would show after publishing now; the publish button is on it too. */
    @GetMapping("/minsheng/preview")
    String preview(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
            @RequestParam(required = false) String light, CurrentUser me, Model model) {
        Publication p = minsheng.preview(me);
        PublicPageModel.fill(model, p, PublicFilter.parse(unit, status, light), "preview", "/minsheng/preview");
        model.addAttribute("expected", p.number() - 1);
        return "public/minsheng";
    }

    @PostMapping("/minsheng/publish")
    String publish(@RequestParam(required = false) Integer expected, CurrentUser me, RedirectAttributes redirect) {
        try {
            Publication p = minsheng.publish(expected, me);
            redirect.addFlashAttribute("flash", "已发布民生实事进展第" + p.number() + "期（" + p.items().size()
                    + "项），公开页面已更新");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/minsheng";
    }

    /** A past publication, as it was published (the public sees only the latest). */
    @GetMapping("/minsheng/publications/{number}")
    String publication(@PathVariable int number, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status, @RequestParam(required = false) String light,
            CurrentUser me, Model model) {
        PublicPageModel.fill(model, minsheng.publication(number, me), PublicFilter.parse(unit, status, light),
                "archive", "/minsheng/publications/" + number);
        return "public/minsheng";
    }
}
