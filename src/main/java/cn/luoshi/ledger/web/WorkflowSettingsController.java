package cn.luoshi.ledger.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.ledger.ExtensionPolicyService;
import cn.luoshi.ledger.internal.ExtensionPolicy;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 流程设置: whether extensions also go to the 牵头区领导 (督查室 and admin). */
@Controller
class WorkflowSettingsController {

    private final ExtensionPolicyService policies;

    WorkflowSettingsController(ExtensionPolicyService policies) {
        this.policies = policies;
    }

    @GetMapping("/admin/workflow")
    String page(CurrentUser me, Model model) {
        require(me);
        model.addAttribute("policy", policies.current());
        model.addAttribute("modes", ExtensionPolicy.LeaderApproval.values());
        return "admin/workflow";
    }

    @PostMapping("/admin/workflow")
    String save(@ModelAttribute ExtensionPolicyService.PolicyForm form, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        require(me);
        try {
            ExtensionPolicy saved = policies.update(form, me);
            redirect.addFlashAttribute("flash", "已保存：" + saved.describe());
            return "redirect:/admin/workflow";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.violations().stream().collect(Collectors.toMap(
                    v -> v.field(), v -> v.message(), (a, b) -> a)));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("errors", Map.of("version", e.getMessage()));
        }
        model.addAttribute("policy", policies.current());
        model.addAttribute("modes", ExtensionPolicy.LeaderApproval.values());
        model.addAttribute("form", form);
        return "admin/workflow";
    }

    private static void require(CurrentUser me) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("只有督查室或系统管理员可以修改流程设置");
        }
    }
}
