package cn.luoshi.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 数据库不可用时的应答: runs before Spring Security, so a failure anywhere below it — the login's account lookup, a
 * filter, a handler, a view — that is the database being away becomes 503 「数据库暂时不可用，请稍后重试」 (JSON under
 * {@code /api/}, a plain page otherwise), never a login error or a 500. While {@link DatabaseStatus} says the
 * database is away, requests are answered at once instead of each waiting for the pool's timeout; the public
 * 民生实事 page (served from memory), the health endpoints and static files still pass.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseStatus status;

    DatabaseOutageFilter(DatabaseStatus status) {
        this.status = status;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!status.isUp() && !passesDuringOutage(path(request))) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseStatus.isOutage(e)) {
                throw e;
            }
            status.markDown(e);
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            unavailable(request, response);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean passesDuringOutage(String path) {
        return path.startsWith("/public/") || path.startsWith("/health/") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }

    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (path(request).startsWith("/api/") || (accept != null && accept.contains("application/json")
                && !accept.contains("text/html"))) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":503,\"message\":\"" + DatabaseStatus.MESSAGE + "\",\"fields\":[]}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("""
                    <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>暂时不可用 - 落实</title>
                    <meta http-equiv="refresh" content="10"></head>
                    <body style="font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em">
                    <h1>暂时不可用</h1><p>%s。</p><p>本页每10秒自动刷新；已提交成功的内容不会丢失。</p></body></html>
                    """.formatted(DatabaseStatus.MESSAGE));
        }
    }
}
