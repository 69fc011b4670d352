package cn.luoshi.org;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page gets {@code me}: the signed-in user (or null on the login page). */
@ControllerAdvice
class CurrentUserModel {

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof LuoshiPrincipal p ? p.user() : null;
    }
}
