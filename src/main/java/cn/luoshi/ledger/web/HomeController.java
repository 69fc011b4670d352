package cn.luoshi.ledger.web;

import cn.luoshi.ledger.OverviewService;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.ledger.internal.Overview;
import cn.luoshi.org.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: "my work" for unit users, the overview for the 督查室 and leaders. */
@Controller
class HomeController {

    private final OverviewService overviews;
    private final Clock clock;
    private final cn.luoshi.ledger.LightService lights;

    HomeController(OverviewService overviews, Clock clock, cn.luoshi.ledger.LightService lights) {
        this.lights = lights;
        this.overviews = overviews;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(CurrentUser me, Model model) {
        model.addAttribute("today", LocalDate.now(clock));
        if (me.isUnitUser()) {
            model.addAttribute("work", overviews.myWork(me));
        } else {
            Overview overview = overviews.overview(me);
            model.addAttribute("overview", overview);
            model.addAttribute("statuses", TaskStatus.values());
            model.addAttribute("lights", cn.luoshi.ledger.light.Light.values());
            model.addAttribute("unitChart", chartRows(overview.byUnit()));
        }
        return "home";
    }

    /** 重新计算亮灯 on demand (督查室). */
    @org.springframework.web.bind.annotation.PostMapping("/lights/recompute")
    String recompute(CurrentUser me, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (!me.managesLedger()) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室可以重新计算亮灯");
        }
        var run = lights.recomputeAll();
        redirect.addFlashAttribute("flash", "已重新计算 " + run.tasks() + " 项任务的亮灯，用时 " + run.millis() + " 毫秒");
        return "redirect:/";
    }

    /** Plain maps for the ECharts script, so the page does not depend on how records serialise. */
    private static List<Map<String, Object>> chartRows(List<Overview.UnitCount> units) {
        return units.stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unitName", u.unitName());
            m.put("completed", u.completed());
            m.put("inProgress", u.inProgress());
            m.put("pending", u.pending());
            m.put("overdue", u.overdue());
            return m;
        }).toList();
    }
}
