package cn.luoshi.reminders;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bell's polling is not activity. The navbar's bell asks for the unread count every minute with the header
 * {@value #POLL_HEADER}; such a request must neither keep an idle session alive (the idle timeout would never come)
 * nor, once the session is gone, be answered with the login page (pasted into the navbar) or saved as the page to
 * return to after signing in.
 *
 * <ul>
 *   <li>Any other request of a session is activity: its time is noted and the session gets its full idle timeout
 *       back.</li>
 *   <li>A poll keeps the session's expiry where it was: the container counts the poll as an access, so the
 *       remaining time is set as the session's idle timeout — never more than the container allowed before the poll,
 *       nor beyond the last activity plus the full timeout.</li>
 *   <li>A poll without a signed-in session gets 401 with {@code X-Luoshi-Session: expired} and no body to show; the
 *       page then offers to sign in again. Nothing is created or saved in a session.</li>
 * </ul>
 * Runs before Spring Security (which would redirect to the login page and remember the poll as where to go next).
 */
class BellSessionFilter extends OncePerRequestFilter {

    static final String POLL_HEADER = "X-Luoshi-Poll";
    static final String EXPIRED_HEADER = "X-Luoshi-Session";
    /** Session attributes: the last activity (epoch ms) and the full idle timeout (seconds) it restores. */
    static final String ACTIVE_AT = "luoshi.session.activeAt";
    static final String FULL_TIMEOUT = "luoshi.session.fullTimeout";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (request.getHeader(POLL_HEADER) == null) {
            if (session != null) {
                activity(session);
            }
            chain.doFilter(request, response);
            return;
        }
        if (session == null || !signedIn(session) || !keepExpiry(session)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(EXPIRED_HEADER, "expired");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("登录已超时，请重新登录");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void activity(HttpSession session) {
        try {
            Integer full = (Integer) session.getAttribute(FULL_TIMEOUT);
            if (full == null) {
                session.setAttribute(FULL_TIMEOUT, session.getMaxInactiveInterval());
            } else if (session.getMaxInactiveInterval() != full) {
                session.setMaxInactiveInterval(full);
            }
            session.setAttribute(ACTIVE_AT, System.currentTimeMillis());
        } catch (IllegalStateException invalidated) {
            // invalidated meanwhile (logout in another tab): nothing to note
        }
    }

    /** Sets the session's idle timeout to what is left of it; false when nothing is left (then it is invalidated). */
    private static boolean keepExpiry(HttpSession session) {
        try {
            long now = System.currentTimeMillis();
            // As the container had it before this request (getLastAccessedTime is the previous request's time).
            long until = session.getLastAccessedTime() + session.getMaxInactiveInterval() * 1000L;
            Long activeAt = (Long) session.getAttribute(ACTIVE_AT);
            Integer full = (Integer) session.getAttribute(FULL_TIMEOUT);
            if (activeAt != null && full != null) {
                until = Math.min(until, activeAt + full * 1000L);
            }
            long left = until - now;
            if (left <= 0) {
                session.invalidate();
                return false;
            }
            session.setMaxInactiveInterval((int) Math.max(1, left / 1000));
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static boolean signedIn(HttpSession session) {
        try {
            Object context = session.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication a = context instanceof SecurityContext c ? c.getAuthentication() : null;
            return a != null && a.isAuthenticated();
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
