package cn.luoshi.requests.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.requests.RatesService;
import cn.luoshi.requests.RequestSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 三率排名: a month's rates per unit with the rule stated; publish freezes the month; the rule form. */
@Controller
class RatesController {

    private final RatesService rates;
    private final RequestSettings settings;
    private final Clock clock;

    RatesController(RatesService rates, RequestSettings settings, Clock clock) {
        this.rates = rates;
        this.settings = settings;
        this.clock = clock;
    }

    private YearMonth month(String m) {
        if (m == null || m.isBlank()) {
            return YearMonth.now(clock.withZone(RequestSettings.CHINA)).minusMonths(1);
        }
        try {
            return YearMonth.parse(m.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "月份格式应为2026-11");
        }
    }

    @GetMapping("/requests/rates")
    String page(@RequestParam(required = false) String month, CurrentUser me, Model model) {
        YearMonth m = month(month);
        model.addAttribute("m", rates.month(m));
        model.addAttribute("prev", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1));
        model.addAttribute("centre", settings.isCentre(me));
        model.addAttribute("rule", rates.rule());
        return "requests/rates";
    }

    @PostMapping("/requests/rates/publish")
    String publish(@RequestParam String month, CurrentUser me, RedirectAttributes redirect) {
        try {
            rates.publish(month(month), me);
            redirect.addFlashAttribute("flash", "已发布" + month + "三率排名，数字已冻结");
        } catch (ConflictException | ForbiddenException | InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/requests/rates?month=" + month;
    }

    @PostMapping("/requests/rates/rule")
    String rule(@RequestParam(required = false) String name, @RequestParam int response, @RequestParam int resolution,
            @RequestParam int satisfaction, @RequestParam(required = false) BigDecimal basic,
            @RequestParam(defaultValue = "false") boolean bySelf, @RequestParam(required = false) String month,
            CurrentUser me, RedirectAttributes redirect) {
        try {
            rates.setRule(name, response, resolution, satisfaction, basic, bySelf, me);
            redirect.addFlashAttribute("flash", "已修改三率口径（已发布的月份不受影响）");
        } catch (InvalidInputException | ForbiddenException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/requests/rates" + (month == null ? "" : "?month=" + month);
    }
}
