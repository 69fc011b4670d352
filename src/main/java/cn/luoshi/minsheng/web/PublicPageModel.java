package cn.luoshi.minsheng.web;

import cn.luoshi.minsheng.PublicFilter;
import cn.luoshi.minsheng.PublicLight;
import cn.luoshi.minsheng.PublicStatus;
import cn.luoshi.minsheng.Publication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The model of {@code public/minsheng}: the public page, the 督查室's preview and past publications share it.
 * {@code mode} is {@code public}, {@code preview} or {@code archive}; {@code baseUrl} is where the filters go.
 */
final class PublicPageModel {

    private PublicPageModel() {
    }

    static void fill(Model model, Publication p, PublicFilter filter, String mode, String baseUrl) {
        List<cn.luoshi.minsheng.PublishedItem> items = p == null ? List.of() : p.items(filter);
        model.addAttribute("publication", p);
        model.addAttribute("filter", filter);
        model.addAttribute("items", items);
        model.addAttribute("units", p == null ? List.of() : p.units());
        model.addAttribute("statuses", PublicStatus.values());
        model.addAttribute("lights", PublicLight.values());
        model.addAttribute("mode", mode);
        model.addAttribute("baseUrl", baseUrl);
        // Plain maps for the ECharts script, so the page does not depend on how records serialise.
        model.addAttribute("chart", items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", i.title());
            m.put("progress", i.barWidth());
            m.put("light", i.light().code());
            m.put("lightLabel", i.light().label());
            return m;
        }).toList());
    }
}
