package cn.luoshi.org;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy with a fresh nonce per request: scripts run only from this server or from a
 * {@code <script nonce>} the page itself wrote (templates read the request attribute {@code cspNonce}); no inline
 * event handlers, no eval. Styles may be inline (Bootstrap utilities, htmx and ECharts set style attributes).
 */
final class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "cspNonce";

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] b = new byte[18];
        cn.luoshi.common.Randoms.nextBytes(b); // one generator per thread: no lock shared by all requests
        String nonce = Base64.getEncoder().encodeToString(b);
        request.setAttribute(ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        chain.doFilter(request, response);
    }
}
