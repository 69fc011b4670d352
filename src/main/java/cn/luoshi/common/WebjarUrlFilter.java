package cn.luoshi.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Resolves the version-agnostic webjar links of the pages ({@code /webjars/bootstrap/css/…} → the jar's versioned
 * path) and leaves every other link alone. It replaces Spring Boot's {@link ResourceUrlEncodingFilter}, which sent
 * every {@code @{…}} link of a page through the static resource chain: with the static pattern {@code /**}, a link
 * such as {@code /projects/12} was looked up in four classpath locations inside the jars on every request, and a miss
 * is never cached — a list page with 50 links spent most of its time there (decision in docs/decisions.md, key
 * projects' list at 32 clients). {@code luoshi.web.webjar-url-filter=false} restores Spring Boot's filter (to compare).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "luoshi.web.webjar-url-filter",
        havingValue = "true", matchIfMissing = true)
public class WebjarUrlFilter extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(res) {
            @Override
            public String encodeURL(String url) {
                String context = req.getContextPath();
                if (url.startsWith(context + WEBJARS) && url.indexOf('?') < 0 && url.indexOf('#') < 0) {
                    Object provider = req.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
                    if (provider instanceof ResourceUrlProvider p) {
                        String resolved = p.getForLookupPath(url.substring(context.length()));
                        if (resolved != null) {
                            return super.encodeURL(context + resolved);
                        }
                    }
                }
                return super.encodeURL(url);
            }
        });
    }
}
