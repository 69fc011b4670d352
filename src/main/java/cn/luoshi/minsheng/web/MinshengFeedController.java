package cn.luoshi.minsheng.web;

import cn.luoshi.minsheng.MinshengService;
import cn.luoshi.minsheng.Publication;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON feed for portals: the latest publication in {@code luoshi-minsheng/1}. {@code version} is the
 * publication number; {@code ETag} and {@code Last-Modified} let a poller ask cheaply (304 when nothing was
 * published since), and {@code Cache-Control} lets caches keep it for a minute.
 */
@RestController
class MinshengFeedController {

    private final MinshengService minsheng;

    MinshengFeedController(MinshengService minsheng) {
        this.minsheng = minsheng;
    }

    @GetMapping(value = "/public/minsheng.json", produces = "application/json")
    ResponseEntity<Map<String, Object>> feed() {
        Optional<Publication> latest = minsheng.latest();
        CacheControl cache = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();
        if (latest.isEmpty()) {
            return ResponseEntity.ok().cacheControl(cache).eTag("\"minsheng-0\"")
                    .header("Access-Control-Allow-Origin", "*").body(FeedJson.unpublished());
        }
        Publication p = latest.get();
        return ResponseEntity.ok().cacheControl(cache).eTag("\"minsheng-" + p.number() + "\"")
                .lastModified(p.publishedAt()).header("Access-Control-Allow-Origin", "*")
                .body(FeedJson.of(p));
    }
}
