package cn.luoshi.org.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.ApiTokens;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.SessionPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账号: the signed-in user's own page — change the password, create and revoke personal API tokens. */
@Controller
class AccountController {

    private final OrgDirectory org;
    private final ApiTokens tokens;

    AccountController(OrgDirectory org, ApiTokens tokens) {
        this.org = org;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String page(CurrentUser me, Model model) {
        model.addAttribute("tokens", tokens.mine(me));
        return "account/index";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            CurrentUser me, RedirectAttributes redirect) {
        try {
            ApiTokens.Created created = tokens.create(name, expiresOn, me);
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("flash", "已创建API令牌「" + created.token().name() + "」");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        tokens.revoke(id, me);
        redirect.addFlashAttribute("flash", "已撤销该API令牌，使用它的请求将被拒绝");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(CurrentUser me, HttpServletRequest request, Model model) {
        model.addAttribute("forced", org.mustChangePassword(me.id()));
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String repeatPassword,
            CurrentUser me, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            org.changeOwnPassword(me, currentPassword, newPassword, repeatPassword);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("forced", org.mustChangePassword(me.id()));
            model.addAttribute("errors", e.violations());
            return "account/password";
        }
        SessionPrincipal.passwordChanged(request, response);
        redirect.addFlashAttribute("flash", "密码已修改");
        return "redirect:/account";
    }
}
