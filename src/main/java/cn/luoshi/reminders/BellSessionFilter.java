package cn.luoshi.reminders;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bell's polling is not activity, and idleness is measured on the application's clock. The navbar's bell asks
 * for the unread count every minute with the header {@value #POLL_HEADER}; such a request must neither keep an idle
 * session alive (the idle timeout would never come) nor, once the session is gone, be answered with the login page
 * (pasted into the navbar) or saved as the page to return to after signing in.
 *
 * <ul>
 *   <li>Any other request of a session is activity: its time (by the injected {@link Clock}) is noted and the
 *       session gets its full idle timeout back.</li>
 *   <li>A session idle for its full timeout by that clock is ended at its next request, whatever the container's
 *       own count says (the container's expiry stays as the backstop for sessions nobody comes back to).</li>
 *   <li>A poll keeps the session's expiry where it was: the container counts the poll as an access, so what is left
 *       of the idle timeout is set as the session's idle timeout.</li>
 *   <li>A poll without a signed-in session gets 401 with {@code X-Luoshi-Session: expired} and no body to show; the
 *       page then offers to sign in again. Nothing is created or saved in a session.</li>
 * </ul>
 * Runs before Spring Security (which would redirect to the login page and remember the poll as where to go next).
 */
class BellSessionFilter extends OncePerRequestFilter {

    static final String POLL_HEADER = "X-Luoshi-Poll";
    static final String EXPIRED_HEADER = "X-Luoshi-Session";
    /** Session attributes: the last activity (epoch ms by the clock) and the full idle timeout (seconds). */
    static final String ACTIVE_AT = "luoshi.session.activeAt";
    static final String FULL_TIMEOUT = "luoshi.session.fullTimeout";

    private final Clock clock;

    BellSessionFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        HttpSession session = request.getSession(false);
        if (session != null && left(session, now) <= 0) {
            invalidate(session);
            session = null;
        }
        if (request.getHeader(POLL_HEADER) == null) {
            if (session != null) {
                activity(session, now);
            }
            chain.doFilter(request, response);
            return;
        }
        if (session == null || !signedIn(session) || !keepExpiry(session, now)) {
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

    private static void activity(HttpSession session, long now) {
        try {
            Integer full = (Integer) session.getAttribute(FULL_TIMEOUT);
            if (full == null) {
                session.setAttribute(FULL_TIMEOUT, session.getMaxInactiveInterval());
            } else if (session.getMaxInactiveInterval() != full) {
                session.setMaxInactiveInterval(full);
            }
            session.setAttribute(ACTIVE_AT, now);
        } catch (IllegalStateException invalidated) {
            // invalidated meanwhile (logout in another tab): nothing to note
        }
    }

    /**
     * Milliseconds of idle time left at {@code now}: the last activity plus the full timeout. A session with no
     * activity noted yet, or without a timeout, is not ended here.
     */
    static long left(HttpSession session, long now) {
        try {
            Long activeAt = (Long) session.getAttribute(ACTIVE_AT);
            Integer full = (Integer) session.getAttribute(FULL_TIMEOUT);
            if (activeAt == null || full == null || full <= 0) {
                return Long.MAX_VALUE;
            }
            return activeAt + full * 1000L - now;
        } catch (IllegalStateException invalidated) {
            return 0;
        }
    }

    /** Sets the container's idle timeout to what is left of the session's; false when nothing is left. */
    private static boolean keepExpiry(HttpSession session, long now) {
        long left = left(session, now);
        if (left == Long.MAX_VALUE) {
            return true;
        }
        try {
            session.setMaxInactiveInterval((int) Math.max(1, (left + 999) / 1000));
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException already) {
            // ended meanwhile
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
