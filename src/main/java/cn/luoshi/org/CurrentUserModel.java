package cn.luoshi.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.luoshi.common.ForbiddenException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page gets {@code me}: the signed-in user (or null on the login page). It is a request attribute, set before
 * the handler runs — a pointer taken from the security context, nothing built — so that pages rendered on the error
 * path (exception handlers, {@code /error}), which skip the handler's model, still show the navigation; Thymeleaf
 * reads request attributes as variables. It also enforces {@link AllowedRoles} before the handler's parameters are
 * bound.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserModel implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CurrentUser me = me();
        request.setAttribute("me", me);
        if (me != null && handler instanceof HandlerMethod method) {
            AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
            if (allowed == null) {
                allowed = method.getBeanType().getAnnotation(AllowedRoles.class);
            }
            if (allowed != null && !java.util.Arrays.asList(allowed.value()).contains(me.role())) {
                throw new ForbiddenException(allowed.message()); // before any parameter is bound
            }
        }
        return true;
    }

    static CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof LuoshiPrincipal p ? p.user() : null;
    }
}
