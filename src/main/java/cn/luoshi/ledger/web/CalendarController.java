package cn.luoshi.ledger.web;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.ledger.LightService;
import cn.luoshi.org.AllowedRoles;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历 for the admin: which years have State Council data, and the district's own days. The calendar module keeps
 * the calendar in force; the admin check is made here (the calendar leans on no module that knows roles), and the
 * lights are recomputed after a change.
 */
@AllowedRoles(value = Role.ADMIN, message = "仅系统管理员可以调整工作日历")
@Controller
class CalendarController {

    private final WorkingCalendars calendars;
    private final LightService lights;
    private final Clock clock;

    CalendarController(WorkingCalendars calendars, LightService lights, Clock clock) {
        this.calendars = calendars;
        this.lights = lights;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String page(CurrentUser me, Model model) {
        requireAdmin(me);
        int year = LocalDate.now(clock).getYear();
        var calendar = calendars.current();
        model.addAttribute("shippedYears", calendars.shippedYears());
        model.addAttribute("overrides", calendars.overrides());
        model.addAttribute("warning", calendar.fallbackWarning(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31))
                .orElse(null));
        model.addAttribute("nextYear", year + 1);
        return "admin/calendar";
    }

    @PostMapping("/admin/calendar")
    String put(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Boolean working, @RequestParam(required = false) String note,
            CurrentUser me, RedirectAttributes redirect) {
        requireAdmin(me);
        try {
            calendars.put(day, working, note, me.auditName());
            var run = lights.recomputeAll();
            redirect.addFlashAttribute("flash", "已保存 " + day + "（" + (working ? "上班" : "放假") + "），已重新计算 "
                    + run.tasks() + " 项任务的亮灯");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar/delete")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, CurrentUser me,
            RedirectAttributes redirect) {
        requireAdmin(me);
        calendars.remove(day, me.auditName());
        lights.recomputeAll();
        redirect.addFlashAttribute("flash", "已撤销 " + day + " 的调整");
        return "redirect:/admin/calendar";
    }

    private static void requireAdmin(CurrentUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以调整工作日历");
        }
    }
}
