package cn.luoshi.search.web;

import cn.luoshi.common.SearchHits;
import cn.luoshi.common.SearchQuery;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.search.SearchKind;
import cn.luoshi.search.SiteSearch;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 全文检索 page: {@code /search?q=} shows every kind's first hits with a count; {@code &kind=TASK} shows one kind page
 * by page (更多 — the overview loads it in place with htmx, the link works without it).
 */
@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, CurrentUser me, Model model) {
        SearchKind only = parseKind(kind);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("kinds", SearchKind.values());
        if (q == null || q.isBlank()) {
            model.addAttribute("results", Map.of());
            return "search/results";
        }
        SearchQuery query = search.parse(q);
        model.addAttribute("problem", query.problem());
        model.addAttribute("ignoredWords", q.strip().split("[\\s\u3000]+").length > SearchQuery.MAX_WORDS);
        if (only == null) {
            Map<SearchKind, SearchHits> results = search.overview(query, me);
            model.addAttribute("results", results);
            model.addAttribute("total", results.values().stream().mapToLong(SearchHits::count).sum());
            model.addAttribute("anyCapped", results.values().stream().anyMatch(SearchHits::capped));
            model.addAttribute("emptyKinds", results.entrySet().stream().filter(e -> e.getValue().count() == 0)
                    .map(e -> e.getKey().label()).toList());
        } else {
            int p = page == null ? 0 : Math.max(0, page);
            SearchHits hits = search.page(only, query, me, p);
            model.addAttribute("only", only);
            model.addAttribute("results", Map.of(only, hits));
            model.addAttribute("pageNo", p);
            model.addAttribute("hasNext", (long) (p + 1) * SiteSearch.PAGE_SIZE < hits.count());
        }
        model.addAttribute("moreUrl", UriComponentsBuilder.fromPath("/search").queryParam("q", q.strip())
                .build().encode().toUriString());
        return "search/results";
    }

    private static SearchKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (SearchKind k : SearchKind.values()) {
            if (k.name().equalsIgnoreCase(kind.strip())) {
                return k;
            }
        }
        return null;
    }
}
