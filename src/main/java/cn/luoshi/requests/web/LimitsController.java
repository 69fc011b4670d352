package cn.luoshi.requests.web;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.requests.ClockLimitSettings;
import cn.luoshi.requests.LimitEntry;
import cn.luoshi.requests.RequestService;
import cn.luoshi.requests.RequestSettings;
import cn.luoshi.requests.Stage;
import cn.luoshi.requests.Urgency;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 时限设置 ({@code /requests/limits}): the preset read-only, the lines in force, a form per line (category or 全部分类
 * × urgency). Invalid input re-shows the form with the messages (400); a stale form is 409.
 */
@Controller
class LimitsController {

    private final ClockLimitSettings limits;
    private final RequestSettings settings;
    private final RequestService requests;

    LimitsController(ClockLimitSettings limits, RequestSettings settings, RequestService requests) {
        this.limits = limits;
        this.settings = settings;
        this.requests = requests;
    }

    private void requireCentre(CurrentUser me) {
        if (!settings.isCentre(me)) {
            throw new ForbiddenException("只有指挥中心（督查室、管理员）可以设置办理时限");
        }
    }

    @GetMapping("/requests/limits")
    String page(CurrentUser me, Model model) {
        requireCentre(me);
        model.addAttribute("t", limits.table());
        model.addAttribute("categories", requests.categories());
        return "requests/limits";
    }

    private static Long category(String c) {
        if (c == null || c.isBlank() || c.equals("all")) {
            return null;
        }
        try {
            return Long.valueOf(c.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("category", "分类无效");
        }
    }

    private static Urgency urgency(String u) {
        try {
            return Urgency.valueOf(u == null ? "" : u.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("urgency", "紧急程度无效（应为一般或紧急）");
        }
    }

    @GetMapping("/requests/limits/edit")
    String edit(@RequestParam(required = false) String category, @RequestParam String urgency, CurrentUser me, Model model) {
        requireCentre(me);
        ClockLimitSettings.Line line = limits.line(category(category), urgency(urgency));
        long day = limits.dayMinutes();
        Map<String, String> amounts = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            amounts.put(s.name(), Long.toString(LimitEntry.amountOf(line.minutes().get(s), day)));
            units.put(s.name(), LimitEntry.unitOf(line.minutes().get(s), day).name());
        }
        String source = line.own() ? line.source()
                : "本区时限（复制自" + (line.categoryId() == null ? "预设“" + line.source() + "”" : "全部分类") + "，请改为本区规定的名称）";
        return form(line, amounts, units, source, line.version(), Map.of(), model);
    }

    private String form(ClockLimitSettings.Line line, Map<String, String> amounts, Map<String, String> units, String source,
            int version, Map<String, String> errors, Model model) {
        model.addAttribute("line", line);
        model.addAttribute("amounts", amounts);
        model.addAttribute("units", units);
        model.addAttribute("source", source);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("unitChoices", LimitEntry.Unit.values());
        model.addAttribute("dayMinutes", limits.dayMinutes());
        return "requests/limit-form";
    }

    @PostMapping("/requests/limits")
    String save(@RequestParam(required = false) String category, @RequestParam String urgency,
            @RequestParam Map<String, String> params, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") int version, CurrentUser me, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCentre(me);
        Long categoryId = category(category);
        Urgency u = urgency(urgency);
        Map<Stage, String> amounts = new EnumMap<>(Stage.class);
        Map<Stage, LimitEntry.Unit> units = new EnumMap<>(Stage.class);
        Map<String, String> amountText = new LinkedHashMap<>();
        Map<String, String> unitText = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            amounts.put(s, params.get("amount_" + s.name()));
            amountText.put(s.name(), params.getOrDefault("amount_" + s.name(), ""));
            String unit = params.getOrDefault("unit_" + s.name(), "");
            unitText.put(s.name(), unit);
            try {
                units.put(s, LimitEntry.Unit.valueOf(unit));
            } catch (IllegalArgumentException e) {
                units.put(s, null);
            }
        }
        try {
            ClockLimitSettings.Line saved = limits.save(categoryId, u, amounts, units, source, version, me);
            redirect.addFlashAttribute("flash", "已保存“" + saved.categoryName() + " · " + u.label()
                    + "”的办理时限；此后的派单按新时限计时，已派出的派单不变");
            return "redirect:/requests/limits";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violations.Violation v : e.violations()) {
                errors.merge(v.field(), v.message(), (a, b) -> a + "；" + b);
            }
            response.setStatus(400);
            return form(limits.line(categoryId, u), amountText, unitText, source, version, errors, model);
        }
    }

    @PostMapping("/requests/limits/reset")
    String reset(@RequestParam(required = false) String category, @RequestParam String urgency,
            @RequestParam(defaultValue = "0") int version, CurrentUser me, RedirectAttributes redirect) {
        requireCentre(me);
        limits.reset(category(category), urgency(urgency), version, me);
        redirect.addFlashAttribute("flash", "已恢复：" + (category(category) == null ? "全部分类按预设计时" : "该分类按全部分类的时限计时")
                + "（只影响此后的派单）");
        return "redirect:/requests/limits";
    }
}
