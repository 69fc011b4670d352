package cn.luoshi.requests.web;

import cn.luoshi.common.Downloads;
import cn.luoshi.requests.AnalysisService;
import cn.luoshi.requests.GridMapService;
import cn.luoshi.requests.RequestSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 诉求分析: 每月一题, repeat locations, the heat map on the district's own map, the category × street × month table. */
@Controller
class AnalysisController {

    private final AnalysisService analysis;
    private final GridMapService maps;
    private final Clock clock;

    AnalysisController(AnalysisService analysis, GridMapService maps, Clock clock) {
        this.analysis = analysis;
        this.maps = maps;
        this.clock = clock;
    }

    @GetMapping("/requests/analysis")
    String page(Model model) {
        YearMonth now = YearMonth.now(clock.withZone(RequestSettings.CHINA));
        YearMonth from = now.minusMonths(5);
        LocalDate since = now.minusMonths(3).atDay(1);
        model.addAttribute("month", now.minusMonths(1));
        model.addAttribute("top", analysis.top(now.minusMonths(1), 5));
        model.addAttribute("repeats", analysis.repeats(since, 3));
        model.addAttribute("heat", analysis.heat(since));
        model.addAttribute("hasMap", maps.hasMap());
        model.addAttribute("months", AnalysisService.months(from, now));
        // category → street → month → count (pivot)
        Map<String, Map<YearMonth, Integer>> byCategory = new TreeMap<>();
        Map<String, Map<YearMonth, Integer>> byStreet = new TreeMap<>();
        for (var c : analysis.cube(from, now)) {
            byCategory.computeIfAbsent(c.category(), k -> new LinkedHashMap<>()).merge(c.month(), c.count(), Integer::sum);
            byStreet.computeIfAbsent(c.street(), k -> new LinkedHashMap<>()).merge(c.month(), c.count(), Integer::sum);
        }
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("byStreet", byStreet);
        return "requests/analysis";
    }

    @GetMapping("/requests/analysis.xlsx")
    ResponseEntity<byte[]> xlsx() {
        YearMonth now = YearMonth.now(clock.withZone(RequestSettings.CHINA));
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "诉求分析-分类街道月份.xlsx", analysis.xlsx(now.minusMonths(11), now));
    }
}
