package cn.luoshi.minsheng.web;

import cn.luoshi.minsheng.PublicMinsheng;
import cn.luoshi.minsheng.PublicFilter;
import cn.luoshi.minsheng.Publication;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public 民生实事 page, without login: the latest publication only, filtered by query parameters on the server
 * (works without JavaScript). The page never touches the session or the CSRF token, so it sets no cookie and may be
 * cached; it is revalidated by ETag on every view, so a new publication shows at once.
 */
@Controller
class PublicMinshengController {

    private final PublicMinsheng minsheng;

    PublicMinshengController(PublicMinsheng minsheng) {
        this.minsheng = minsheng;
    }

    @GetMapping("/public/minsheng")
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
            @RequestParam(required = false) String light, WebRequest request, HttpServletResponse response,
            Model model) {
        // The number decides the answer: a 304 costs one small query, the items are read only for a full page.
        Optional<Publication.Summary> latest = minsheng.latestSummary();
        String etag = "W/\"minsheng-" + latest.map(Publication.Summary::number).orElse(0) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
        boolean notModified = latest.isPresent()
                ? request.checkNotModified(etag, latest.get().publishedAt().toEpochMilli())
                : request.checkNotModified(etag);
        if (notModified) {
            return null;
        }
        PublicPageModel.fill(model, latest.map(minsheng::published).orElse(null),
                PublicFilter.parse(unit, status, light), "public", "/public/minsheng");
        return "public/minsheng";
    }
}
