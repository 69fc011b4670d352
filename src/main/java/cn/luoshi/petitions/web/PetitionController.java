package cn.luoshi.petitions.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.Downloads;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.petitions.Channel;
import cn.luoshi.petitions.Level;
import cn.luoshi.petitions.PetitionCase;
import cn.luoshi.petitions.PetitionExports;
import cn.luoshi.petitions.PetitionForm;
import cn.luoshi.petitions.PetitionImport;
import cn.luoshi.petitions.PetitionSheet;
import cn.luoshi.petitions.PetitionService;
import cn.luoshi.petitions.PetitionSettings;
import cn.luoshi.petitions.PetitionStatistics;
import cn.luoshi.petitions.VisitCount;
import cn.luoshi.petitions.VisitForm;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信访 pages: the case list, registration, the case page with its clocks and actions, a leader's 包案 view, early
 * warnings, the statistics page and the exports. The service decides who may do what ({@code PetitionAccess}).
 */
@Controller
class PetitionController {

    private final PetitionService petitions;
    private final PetitionStatistics statistics;
    private final PetitionExports exports;
    private final PetitionImport imports;
    private final PetitionSettings settings;
    private final OrgDirectory org;
    private final Clock clock;

    PetitionController(PetitionService petitions, PetitionStatistics statistics, PetitionExports exports,
            PetitionImport imports, PetitionSettings settings, OrgDirectory org, Clock clock) {
        this.imports = imports;
        this.petitions = petitions;
        this.statistics = statistics;
        this.exports = exports;
        this.settings = settings;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/petitions")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean backlog,
            CurrentUser me, Model model) {
        model.addAttribute("rows", petitions.list(q, false, backlog, 200, me));
        model.addAttribute("q", q);
        model.addAttribute("backlog", backlog);
        model.addAttribute("mayRegister", settings.access().mayRegister(me));
        model.addAttribute("seesStatistics", settings.access().seesStatistics(me));
        return "petitions/list";
    }

    @GetMapping("/petitions/baoan")
    String baoan(CurrentUser me, Model model) {
        model.addAttribute("leader", petitions.leaderOf(me).orElse(null));
        model.addAttribute("rows", petitions.list(null, true, false, 500, me));
        return "petitions/baoan";
    }

    @GetMapping("/petitions/new")
    String registrationForm(CurrentUser me, Model model) {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以登记信访件");
        }
        PetitionForm f = new PetitionForm();
        f.receivedOn = LocalDate.now(clock);
        return form(f, model);
    }

    @PostMapping("/petitions")
    String register(@ModelAttribute("form") PetitionForm form, BindingResult result, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> form(form, model), () -> {
            long id = petitions.register(form, me);
            redirect.addFlashAttribute("flash", "已登记信访件");
            return "redirect:/petitions/" + id;
        });
    }

    private String form(PetitionForm f, Model model) {
        model.addAttribute("form", f);
        model.addAttribute("categories", petitions.categories());
        model.addAttribute("units", org.units());
        model.addAttribute("leaders", org.leaders());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("levels", Level.values());
        return "petitions/form";
    }

    @GetMapping("/petitions/{id}")
    String view(@PathVariable long id, CurrentUser me, Model model) {
        PetitionCase c = petitions.view(id, me);
        model.addAttribute("c", c);
        model.addAttribute("mayAct", settings.access().mayRegister(me));
        model.addAttribute("units", org.units());
        model.addAttribute("leaders", org.leaders());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "petitions/detail";
    }

    @PostMapping("/petitions/{id}/visits")
    String addVisit(@PathVariable long id, @ModelAttribute VisitForm form, CurrentUser me,
            RedirectAttributes redirect) {
        return act(id, redirect, "已登记重复信访", () -> petitions.addVisit(id, form, me));
    }

    @PostMapping("/petitions/{id}/steps")
    String step(@PathVariable long id, @RequestParam PetitionService.Step step,
            @RequestParam(required = false) LocalDate on, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean resolved,
            @RequestParam(required = false) Integer version, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已记录：" + step.label(),
                () -> petitions.step(id, step, on, days, reason, resolved, version, me));
    }

    @PostMapping("/petitions/{id}/reviews")
    String review(@PathVariable long id, @RequestParam(defaultValue = "false") boolean recheck,
            @RequestParam(required = false) LocalDate on, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, recheck ? "已登记复核申请" : "已登记复查申请",
                () -> petitions.requestReview(id, recheck, on, me));
    }

    @PostMapping("/petitions/{id}/reviews/answer")
    String answerReview(@PathVariable long id, @RequestParam(defaultValue = "false") boolean recheck,
            @RequestParam(required = false) LocalDate on, @RequestParam(required = false) String result,
            CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已登记答复", () -> petitions.answerReview(id, recheck, on, result, me));
    }

    @PostMapping("/petitions/{id}/reviews/hearing")
    String hearing(@PathVariable long id, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已登记听证（听证时间不计入复核期限）", () -> petitions.recordHearing(id, from, to, me));
    }

    @PostMapping("/petitions/{id}/receptions")
    String reception(@PathVariable long id, @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) Long leaderId, @RequestParam(required = false) String place,
            @RequestParam(required = false) String note, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已登记接访", () -> petitions.addReception(id, on, leaderId, place, note, me));
    }

    @PostMapping("/petitions/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long leaderPersonId,
            @RequestParam(required = false) Long leadUnitId, @RequestParam(required = false) Integer version,
            CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已保存包案", () -> petitions.assign(id, leaderPersonId, leadUnitId, version, me));
    }

    @PostMapping("/petitions/{id}/backlog")
    String backlog(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已列入积案并转为督办任务", () -> petitions.markBacklog(id, me));
    }

    @PostMapping("/petitions/{id}/backlog/resolve")
    String resolveBacklog(@PathVariable long id, @RequestParam(required = false) LocalDate on, CurrentUser me,
            RedirectAttributes redirect) {
        return act(id, redirect, "积案已化解", () -> petitions.resolveBacklog(id, on, me));
    }

    private static String act(long id, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", ok);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", String.join("；",
                    e.violations().stream().map(v -> v.message()).toList()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/petitions/" + id;
    }

    @PostMapping("/petitions/clock-pass")
    String clockPass(CurrentUser me, RedirectAttributes redirect) {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以运行时限巡检");
        }
        PetitionService.PassResult r = petitions.clockPass();
        redirect.addFlashAttribute("flash", "时限巡检完成：在办" + r.open() + "件，临期" + r.yellow() + "件，超期" + r.red()
                + "件，督办任务上的预警" + r.findings() + "条");
        return "redirect:/petitions";
    }

    @GetMapping("/petitions/warnings")
    String warnings(CurrentUser me, Model model) {
        model.addAttribute("warnings", petitions.warnings(me));
        model.addAttribute("rule", settings.warning());
        return "petitions/warnings";
    }

    @GetMapping("/petitions/stats")
    String stats(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String level, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "false") boolean published, CurrentUser me, Model model) {
        YearMonth asOf = month != null ? month : YearMonth.now(clock);
        VisitCount.Measure m = measure == null || measure.isBlank() ? VisitCount.Measure.MIXED
                : VisitCount.Measure.valueOf(measure);
        Level l = level == null || level.isBlank() ? null : Level.valueOf(level);
        Channel ch = channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
        PetitionStatistics.Report r = statistics.report(asOf, m, l, ch, me);
        model.addAttribute("r", r);
        model.addAttribute("published", published);
        model.addAttribute("cells", settings.smallCells());
        model.addAttribute("measures", VisitCount.Measure.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("channels", Channel.values());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", java.util.stream.IntStream.rangeClosed(1, asOf.getMonthValue()).mapToObj(i -> i + "月")
                .toList());
        chart.put("current", r.monthly());
        chart.put("previous", r.monthlyLastYear());
        chart.put("year", asOf.getYear());
        chart.put("unit", m.label());
        model.addAttribute("chart", chart);
        return "petitions/stats";
    }

    @GetMapping("/petitions/stats.xlsx")
    ResponseEntity<byte[]> statsExport(@RequestParam(required = false) YearMonth month, CurrentUser me) {
        YearMonth asOf = month != null ? month : YearMonth.now(clock);
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "信访统计（截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月底）.xlsx",
                exports.statistics(asOf, me));
    }

    // ---- import ---------------------------------------------------------------------------------------------------

    @GetMapping("/petitions/import")
    String importPage(CurrentUser me, Model model) {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以导入信访件");
        }
        model.addAttribute("maxMb", PetitionSheet.MAX_BYTES / 1024 / 1024);
        return "petitions/import";
    }

    @GetMapping("/petitions/import/template.xlsx")
    ResponseEntity<byte[]> importTemplate() {
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "信访件导入模板.xlsx", PetitionSheet.template());
    }

    @PostMapping("/petitions/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以导入信访件");
        }
        try {
            if (file != null && file.getSize() > PetitionSheet.MAX_BYTES) {
                throw InvalidInputException.of("file", "文件超过 5 MB 的上限");
            }
            String name = file == null ? null : file.getOriginalFilename();
            PetitionImport.FileResult r = imports.importFile(name, file == null ? null : file.getBytes(),
                    lookups(), me);
            redirect.addFlashAttribute("flash", "已导入" + r.cases() + "件、" + r.registrations()
                    + "件次（信访人信息已加密保存）");
            return "redirect:/petitions";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.violations().stream().map(v -> v.message()).toList());
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            model.addAttribute("maxMb", PetitionSheet.MAX_BYTES / 1024 / 1024);
            return "petitions/import";
        }
    }

    PetitionSheet.Lookups lookups() {
        Map<String, Long> categories = new LinkedHashMap<>();
        petitions.categories().forEach(c -> categories.put(c.name(), c.id()));
        return new PetitionSheet.Lookups(categories::get,
                n -> org.findUnitByName(n).map(u -> u.id()).orElse(null),
                n -> org.findLeaderByName(n).map(p -> p.id()).orElse(null));
    }

    @GetMapping("/petitions/export.xlsx")
    ResponseEntity<byte[]> casesExport(CurrentUser me) {
        return Downloads.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "信访件清单.xlsx", exports.cases(me));
    }
}
