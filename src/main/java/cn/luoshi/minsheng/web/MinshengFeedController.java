package cn.luoshi.minsheng.web;

import cn.luoshi.minsheng.PublicMinsheng;
import cn.luoshi.minsheng.Publication;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The JSON feed for portals: the latest publication in {@code luoshi-minsheng/1} (docs/minsheng.md). {@code version}
 * is the publication number; {@code ETag} and {@code Last-Modified} let a poller ask cheaply (304, one small query,
 * when nothing was published since), and {@code Cache-Control} lets caches keep it for a minute.
 */
@RestController
class MinshengFeedController {

    private final PublicMinsheng minsheng;

    MinshengFeedController(PublicMinsheng minsheng) {
        this.minsheng = minsheng;
    }

    @GetMapping(value = "/public/minsheng.json", produces = "application/json")
    ResponseEntity<Map<String, Object>> feed(WebRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
        response.setHeader("Access-Control-Allow-Origin", "*");
        Optional<Publication.Summary> latest = minsheng.latestSummary();
        String etag = "\"minsheng-" + latest.map(Publication.Summary::number).orElse(0) + "\"";
        boolean notModified = latest.isPresent()
                ? request.checkNotModified(etag, latest.get().publishedAt().toEpochMilli())
                : request.checkNotModified(etag);
        if (notModified) {
            return null;
        }
        return ResponseEntity.ok(latest.map(s -> FeedJson.of(minsheng.published(s))).orElseGet(FeedJson::unpublished));
    }
}
