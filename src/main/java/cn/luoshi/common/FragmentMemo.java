package cn.luoshi.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A template fragment rendered once per distinct value of what it shows (渲染结果按内容复用). A list's rows are a pure
 * function of the rows the query returned: the same rows, the same locale and context path give the same HTML, so the
 * query still runs on every request (the data is always current) and only the template work — most of a list's CPU,
 * SpEL over every cell — is skipped when the rows have not changed since someone last saw them.
 *
 * <p>Correct by construction rather than by invalidation: the key is the values themselves (records, lists and strings
 * compare by value), so a changed row is a different key and can never be served stale. What a memoized fragment may
 * read is therefore limited to its variables: no user, no session, no CSRF token, no nonce, no resource links (links
 * are built without {@code encodeURL}, so nothing of a session can enter the cached text).
 *
 * <p>Bounded: at most {@link #MAX_CHARS} characters are kept in all; past that the whole memo is dropped and refills
 * from what is asked next. A fragment longer than {@link #MAX_ENTRY_CHARS} is rendered and not kept.
 */
@Component
public class FragmentMemo {

    static final long MAX_CHARS = 8L << 20;
    static final int MAX_ENTRY_CHARS = 1 << 20;

    private record Key(String template, String fragment, Locale locale, String contextPath, Map<String, Object> vars) {
    }

    private final ITemplateEngine engine;
    /** The HTML and its UTF-8 bytes (a response written from the memo is not encoded again). */
    private record Rendered(String html, byte[] utf8) {
    }

    private final ConcurrentHashMap<Key, Rendered> memo = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final boolean enabled;
    private volatile JakartaServletWebApplication application;

    /** {@code luoshi.web.fragment-memo=false} renders every time (to compare in a benchmark). */
    public FragmentMemo(ITemplateEngine engine,
            @org.springframework.beans.factory.annotation.Value("${luoshi.web.fragment-memo:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    /**
     * The HTML of {@code template :: fragment} with {@code vars} (values compared by {@code equals}: records, lists,
     * strings, numbers), from the memo when the same values were rendered before.
     */
    public String render(String template, String fragment, Map<String, Object> vars, HttpServletRequest request,
            HttpServletResponse response) {
        return rendered(template, fragment, vars, request, response).html();
    }

    /** As {@link #render}, as UTF-8 bytes for a response body of its own (an htmx fragment). */
    public byte[] renderUtf8(String template, String fragment, Map<String, Object> vars, HttpServletRequest request,
            HttpServletResponse response) {
        return rendered(template, fragment, vars, request, response).utf8();
    }

    private Rendered rendered(String template, String fragment, Map<String, Object> vars, HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        Key key = new Key(template, fragment, locale, request.getContextPath(), Map.copyOf(vars));
        Rendered kept = enabled ? memo.get(key) : null;
        if (kept != null) {
            hits.incrementAndGet();
            return kept;
        }
        misses.incrementAndGet();
        JakartaServletWebApplication app = application;
        if (app == null) {
            app = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = app;
        }
        HttpServletResponse plain = new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return url;
            }
        };
        WebContext context = new WebContext(app.buildExchange(request, plain), locale, key.vars());
        String html = engine.process(template, Set.of(fragment), context);
        Rendered made = new Rendered(html, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (enabled && html.length() <= MAX_ENTRY_CHARS) {
            if (chars.addAndGet(html.length()) > MAX_CHARS) {
                memo.clear();
                chars.set(html.length());
            }
            memo.put(key, made);
        }
        return made;
    }

    /** Hits, misses and entries so far (for the benchmark's report and tests). */
    public List<Long> statistics() {
        return List.of(hits.get(), misses.get(), (long) memo.size());
    }
}
