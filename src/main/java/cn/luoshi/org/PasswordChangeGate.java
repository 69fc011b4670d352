package cn.luoshi.org;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After an admin reset (须修改密码) the user may only change the password: pages redirect to 修改密码, the API
 * answers 403 with the reason, htmx requests are not answered with a page to swap in.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof LuoshiPrincipal p) || !p.mustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(CHANGE_PAGE) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
                || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":403,\"message\":\"管理员已重置您的密码，请先登录网页修改密码后再使用接口\"}");
            return;
        }
        if (request.getHeader("HX-Request") != null) {
            // htmx (the navbar's bell polls from the change page itself): a redirect would be swapped into the
            // navbar as a second copy of the page. From the change page nothing is swapped (204); from anywhere
            // else htmx loads the change page as a whole.
            String from = request.getHeader("HX-Current-URL");
            if (from == null || !from.contains(CHANGE_PAGE)) {
                response.setHeader("HX-Redirect", request.getContextPath() + CHANGE_PAGE);
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
    }
}
