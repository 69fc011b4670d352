package cn.luoshi.indicators.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.Downloads;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.indicators.Briefing;
import cn.luoshi.indicators.BriefingExport;
import cn.luoshi.indicators.Dashboard;
import cn.luoshi.indicators.ImportResult;
import cn.luoshi.indicators.Indicator;
import cn.luoshi.indicators.IndicatorImportService;
import cn.luoshi.indicators.IndicatorService;
import cn.luoshi.indicators.IndicatorValue;
import cn.luoshi.indicators.Periods;
import cn.luoshi.indicators.Region;
import cn.luoshi.indicators.Series;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 经济指标 pages: the dashboard of a month, one indicator over a year (against the city and province, the peer ranking),
 * a value with its vintages, the import form and its result, the CSV export and the 经济运行简报 (page, Word, PDF).
 */
@Controller
class IndicatorsController {

    private final IndicatorService indicators;
    private final IndicatorImportService imports;
    private final BriefingExport export;
    private final Clock clock;

    IndicatorsController(IndicatorService indicators, IndicatorImportService imports, BriefingExport export, Clock clock) {
        this.indicators = indicators;
        this.imports = imports;
        this.export = export;
        this.clock = clock;
    }

    static YearMonth period(String p) {
        if (p == null || p.isBlank()) {
            return null;
        }
        YearMonth ym = Periods.parse(p);
        if (ym == null) {
            throw InvalidInputException.of("period", "期间「" + p + "」无法识别（请写作 2026-10）");
        }
        return ym;
    }

    @GetMapping("/indicators")
    String dashboard(@RequestParam(required = false) String period, CurrentUser me, Model model) {
        Dashboard d = indicators.dashboard(period(period));
        model.addAttribute("d", d);
        model.addAttribute("mayImport", indicators.mayImport(me));
        model.addAttribute("gauge", d.growthArea().percent());
        return "indicators/dashboard";
    }

    @GetMapping("/indicators/{code:[A-Z0-9_]+}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String period, CurrentUser me,
            Model model) {
        Dashboard d = indicators.dashboard(period(period));
        Dashboard.Row row = d.row(code);
        if (row == null) {
            throw new cn.luoshi.common.NotFoundException("经济指标", code);
        }
        Series s = indicators.series(code, d.period().getYear());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Series.Line l : s.lines()) {
            if (l.growth().stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.region().name());
            m.put("level", l.region().level());
            m.put("home", l.region().home());
            m.put("growth", l.growth());
            lines.add(m);
        }
        List<Map<String, Object>> peers = new ArrayList<>();
        int month = d.period().getMonthValue() - 1;
        for (Series.Line l : s.lines()) {
            if (l.region().peer() && l.growth().get(month) != null) {
                peers.add(Map.of("name", l.region().name(), "growth", l.growth().get(month), "home", l.region().home()));
            }
        }
        peers.sort((a, b) -> ((BigDecimal) b.get("growth")).compareTo((BigDecimal) a.get("growth"))
                * (row.indicator().higherIsBetter() ? 1 : -1));
        model.addAttribute("d", d);
        model.addAttribute("row", row);
        model.addAttribute("series", s);
        model.addAttribute("linesJson", cn.luoshi.common.Json.write(lines));
        model.addAttribute("peersJson", cn.luoshi.common.Json.write(peers));
        model.addAttribute("mayEdit", indicators.mayEdit(me));
        return "indicators/indicator";
    }

    @PostMapping("/indicators/{code:[A-Z0-9_]+}/owner")
    String owner(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String ownerUnit,
            @RequestParam(required = false) String ownerTaskId, @RequestParam(required = false) String target,
            @RequestParam(required = false) Integer year, CurrentUser me, RedirectAttributes redirect) {
        try {
            Indicator i = indicators.indicator(code);
            Long task = ownerTaskId == null || ownerTaskId.isBlank() ? null : parseId(ownerTaskId);
            indicators.updateIndicator(code, version, ownerUnit, task, i.lightRule(), me);
            if (target != null && !target.isBlank() && year != null) {
                indicators.setTarget(code, year, parseNumber(target), me);
            }
            redirect.addFlashAttribute("flash", "已保存「" + i.name() + "」的责任单位、责任任务和年度目标");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().stream().map(Violations.Violation::message)
                    .collect(Collectors.joining("；")));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/indicators/" + code;
    }

    private static Long parseId(String s) {
        try {
            return Long.parseLong(s.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("ownerTaskId", "责任任务须填任务编号（数字）");
        }
    }

    private static BigDecimal parseNumber(String s) {
        try {
            return new BigDecimal(s.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("target", "年度目标须为数字（百分数）");
        }
    }

    @GetMapping("/indicators/values/{id}")
    String value(@PathVariable long id, Model model) {
        IndicatorService.ValueHistory h = indicators.valueHistory(id);
        model.addAttribute("h", h);
        model.addAttribute("periodLabel", Periods.label(h.value().period()));
        return "indicators/value";
    }

    @GetMapping("/indicators/import")
    String importForm(CurrentUser me, Model model) {
        model.addAttribute("mayImport", indicators.mayImport(me));
        model.addAttribute("imports", indicators.imports());
        return "indicators/import";
    }

    @PostMapping("/indicators/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String period,
            @RequestParam(required = false) String source, @RequestParam(required = false) LocalDate sourceDate,
            CurrentUser me, Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("mayImport", indicators.mayImport(me));
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "请选择统计局发来的 xlsx 或 CSV 文件");
            }
            ImportResult r = imports.importFile(file.getOriginalFilename(), file.getBytes(),
                    new IndicatorImportService.Options(period(period), blank(source), sourceDate), me);
            model.addAttribute("result", r);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.violations());
        }
        model.addAttribute("imports", indicators.imports());
        return "indicators/import";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The long format (documented in docs/indicators.md), UTF-8 with BOM so Excel opens it. */
    @GetMapping("/indicators/export.csv")
    ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        YearMonth t = period(to) != null ? period(to) : YearMonth.now(clock);
        YearMonth f = period(from) != null ? period(from) : YearMonth.of(t.getYear(), 1).minusYears(1);
        Map<Long, Indicator> byId = indicators.catalogue().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<Long, Region> regions = indicators.regions().stream().collect(Collectors.toMap(Region::id, Function.identity()));
        StringBuilder sb = new StringBuilder("\uFEFF指标代码,指标,单位,地区,期间,本期累计,增速(%),状态,版本,来源,发布日期\r\n");
        for (IndicatorValue v : indicators.currentValues(f, t)) {
            Indicator i = byId.get(v.indicatorId());
            sb.append(String.join(",", csv(i.code()), csv(i.name()), csv(i.unit()), csv(regions.get(v.regionId()).name()),
                    v.period().toString(), v.value() == null ? "—" : v.value().stripTrailingZeros().toPlainString(),
                    v.growth() == null ? "—" : v.growth().stripTrailingZeros().toPlainString(), v.status(),
                    String.valueOf(v.vintage()), csv(v.source()), v.sourceDate() == null ? "" : v.sourceDate().toString()))
                    .append("\r\n");
        }
        return Downloads.attachment("text/csv;charset=UTF-8", "经济指标_" + f + "_" + t + ".csv",
                sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @GetMapping("/indicators/briefing")
    String briefing(@RequestParam(required = false) String period, Model model) {
        Dashboard d = indicators.dashboard(period(period));
        model.addAttribute("d", d);
        model.addAttribute("title", Briefing.title(d));
        model.addAttribute("paragraphs", Briefing.write(d));
        return "indicators/briefing";
    }

    @GetMapping("/indicators/briefing.docx")
    ResponseEntity<byte[]> briefingDocx(@RequestParam(required = false) String period) {
        Dashboard d = indicators.dashboard(period(period));
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Briefing.title(d) + ".docx", export.docx(d));
    }

    @GetMapping("/indicators/briefing.pdf")
    ResponseEntity<byte[]> briefingPdf(@RequestParam(required = false) String period) {
        Dashboard d = indicators.dashboard(period(period));
        return Downloads.inlinePdf(Briefing.title(d) + ".pdf", export.pdf(d));
    }
}
