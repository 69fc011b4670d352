package cn.luoshi.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security handles the POST. A throttled sign-in shows why (locked until when). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("loginError", last instanceof LockedException e ? e.getMessage()
                : "用户名或密码错误，或账号已停用");
        return "login";
    }
}
