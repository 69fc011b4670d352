package cn.luoshi.indicators.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.indicators.Dashboard;
import cn.luoshi.indicators.ImportResult;
import cn.luoshi.indicators.Indicator;
import cn.luoshi.indicators.IndicatorImportService;
import cn.luoshi.indicators.IndicatorService;
import cn.luoshi.indicators.Periods;
import cn.luoshi.indicators.Region;
import cn.luoshi.indicators.Series;
import cn.luoshi.org.CurrentUser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of the indicators: catalogue, regions, the dashboard of a month, a year's series, imports. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorsApi {

    private final IndicatorService indicators;
    private final IndicatorImportService imports;

    IndicatorsApi(IndicatorService indicators, IndicatorImportService imports) {
        this.indicators = indicators;
        this.imports = imports;
    }

    @GetMapping
    List<Indicator> catalogue() {
        return indicators.catalogue();
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return indicators.regions();
    }

    /** The dashboard of a month (period=2026-10; default the latest) as flat rows. */
    @GetMapping("/dashboard")
    Map<String, Object> dashboard(@RequestParam(required = false) String period) {
        Dashboard d = indicators.dashboard(IndicatorsController.period(period));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Dashboard.Row r : d.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.indicator().code());
            m.put("name", r.indicator().name());
            m.put("unit", r.indicator().unit());
            m.put("value", r.home() == null ? null : r.home().value());
            m.put("growth", r.growth());
            m.put("cityGrowth", r.cityGrowth());
            m.put("gap", r.gap());
            m.put("rank", r.rank() == null ? null : r.rank().position());
            m.put("rankFromBottom", r.rank() == null ? null : r.rank().fromBottom());
            m.put("ranked", r.rank() == null ? null : r.rank().of());
            m.put("target", r.target());
            m.put("remainingNeed", r.remainingNeed());
            m.put("quarterCheck", r.quarterCheck() == null ? null : r.quarterCheck().words());
            m.put("light", r.light().level().name());
            m.put("reason", r.light().reason());
            m.put("valueId", r.home() == null ? null : r.home().id());
            rows.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", d.period() == null ? null : d.period().toString());
        out.put("periodLabel", d.periodLabel());
        out.put("rows", rows);
        out.put("growthArea", Map.of("reported", d.growthArea().reported(), "growing", d.growthArea().growing(),
                "negative", d.growthArea().negative(), "percent", d.growthArea().percent() == null ? "" : d.growthArea().percent()));
        return out;
    }

    @GetMapping("/{code}/series")
    Series series(@PathVariable String code, @RequestParam int year) {
        return indicators.series(code, year);
    }

    /** Rows in the long format's column names (指标, 单位, 地区, 期间, 本期累计, 增速(%), 状态, 来源). */
    @PostMapping("/values")
    ImportResult values(@RequestBody List<Map<String, String>> rows, @RequestParam(required = false) String source,
            @RequestParam(required = false) LocalDate sourceDate, CurrentUser me) {
        return imports.importRows(rows, new IndicatorImportService.Options(null, source, sourceDate), me);
    }

    @PostMapping("/import")
    ImportResult importFile(@RequestParam MultipartFile file, @RequestParam(required = false) String period,
            @RequestParam(required = false) String source, @RequestParam(required = false) LocalDate sourceDate,
            CurrentUser me) throws IOException {
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "文件为空");
        }
        return imports.importFile(file.getOriginalFilename(), file.getBytes(),
                new IndicatorImportService.Options(IndicatorsController.period(period), source, sourceDate), me);
    }

    @GetMapping("/briefing")
    Map<String, Object> briefing(@RequestParam(required = false) String period) {
        Dashboard d = indicators.dashboard(IndicatorsController.period(period));
        return Map.of("title", cn.luoshi.indicators.Briefing.title(d), "period", Periods.label(d.period()),
                "paragraphs", cn.luoshi.indicators.Briefing.write(d));
    }
}
