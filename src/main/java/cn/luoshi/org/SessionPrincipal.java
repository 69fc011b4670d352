package cn.luoshi.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Updates the signed-in user kept in the session after the account changed. */
public final class SessionPrincipal {

    private SessionPrincipal() {
    }

    /** The user chose a new password: the session no longer sends them to 修改密码. */
    public static void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof LuoshiPrincipal p)) {
            return;
        }
        LuoshiPrincipal changed = p.passwordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }
}
