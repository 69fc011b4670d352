package cn.luoshi.ledger.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.DirectiveService;
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

/** Directive pages: list, detail with the task tree, create/edit form. */
@Controller
class DirectiveController {

    private static final String FORM = "directives/form";

    private final DirectiveService directives;

    DirectiveController(DirectiveService directives) {
        this.directives = directives;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", DirectiveLevel.values());
        model.addAttribute("kinds", DirectiveKind.values());
    }

    @GetMapping("/directives")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            CurrentUser me, Model model) {
        model.addAttribute("page", directives.list(q, page, 20, me));
        model.addAttribute("q", q);
        return "directives/list";
    }

    @GetMapping("/directives/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("directive", directives.get(id, me));
        model.addAttribute("rows", DirectiveService.flatten(directives.tree(id, me)));
        return "directives/detail";
    }

    @GetMapping("/directives/new")
    String createForm(Model model) {
        model.addAttribute("form", new DirectiveForm());
        return FORM;
    }

    @PostMapping("/directives")
    String create(@ModelAttribute("form") DirectiveForm form, BindingResult result, CurrentUser me,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(400);
            return FORM;
        }
        try {
            Directive d = directives.create(form, me);
            redirect.addFlashAttribute("flash", "已录入来源「" + d.title() + "」");
            return "redirect:/directives/" + d.id();
        } catch (InvalidInputException e) {
            WebBinding.reject(e, result);
            response.setStatus(400);
            return FORM;
        }
    }

    @GetMapping("/directives/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("directive", directives.get(id, me));
        model.addAttribute("form", DirectiveForm.of(directives.get(id, me)));
        return FORM;
    }

    @PostMapping("/directives/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") DirectiveForm form, BindingResult result,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("directive", directives.get(id, me));
        if (result.hasErrors()) {
            response.setStatus(400);
            return FORM;
        }
        try {
            directives.update(id, form, me);
            redirect.addFlashAttribute("flash", "已保存");
            return "redirect:/directives/" + id;
        } catch (InvalidInputException e) {
            WebBinding.reject(e, result);
            response.setStatus(400);
            return FORM;
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
            response.setStatus(409);
            return FORM;
        }
    }

    @PostMapping("/directives/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, CurrentUser me, RedirectAttributes redirect) {
        directives.delete(id, version, me);
        redirect.addFlashAttribute("flash", "已删除");
        return "redirect:/directives";
    }
}
