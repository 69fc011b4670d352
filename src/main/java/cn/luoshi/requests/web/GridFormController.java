package cn.luoshi.requests.web;

import cn.luoshi.requests.Category;
import cn.luoshi.requests.GridMapService;
import cn.luoshi.requests.RequestService;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The grid worker's phone form, its service worker (scope /requests/) and the district map it draws. */
@Controller
class GridFormController {

    private final RequestService requests;
    private final GridMapService maps;

    GridFormController(RequestService requests, GridMapService maps) {
        this.requests = requests;
        this.maps = maps;
    }

    @GetMapping("/requests/grid")
    String form(Model model) {
        List<Category> all = requests.categories();
        model.addAttribute("groups", all.stream().filter(c -> c.parentId() == null).toList());
        Map<Long, List<Category>> children = all.stream().filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(Category::parentId, LinkedHashMap::new, Collectors.toList()));
        all.stream().filter(c -> c.parentId() == null).forEach(g -> children.putIfAbsent(g.id(), List.of()));
        model.addAttribute("children", children);
        return "requests/grid";
    }

    @GetMapping(value = "/requests/grid-sw.js")
    ResponseEntity<byte[]> serviceWorker() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/requests/grid-sw.js")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/javascript"))
                    .header("Cache-Control", "no-cache").header("Service-Worker-Allowed", "/requests/")
                    .body(in.readAllBytes());
        }
    }

    @GetMapping(value = "/requests/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> map() {
        String g = maps.geojson();
        return g == null ? ResponseEntity.notFound().build() : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(g);
    }
}
