package cn.luoshi.projects.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.FragmentMemo;
import cn.luoshi.common.QueryParams;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.projects.DispatchBulletin;
import cn.luoshi.projects.MonthlyReportForm;
import cn.luoshi.projects.ProjectBulletins;
import cn.luoshi.projects.ProjectExcel;
import cn.luoshi.projects.ProjectKind;
import cn.luoshi.projects.ProjectLevel;
import cn.luoshi.projects.ProjectLights;
import cn.luoshi.projects.ProjectPage;
import cn.luoshi.projects.ProjectQuery;
import cn.luoshi.projects.ProjectService;
import cn.luoshi.projects.rules.LightRuleSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * 重点项目 pages: the list (filters, imports, exports, rule set), the project page, the 月报 form, node edits, rates
 * and the 调度通报. Controllers hold no rules: the services decide scope (404), who (403), state (409) and input (400).
 */
@Controller
class ProjectController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProjectService projects;
    private final ProjectLights lights;
    private final ProjectExcel excel;
    private final ProjectBulletins bulletins;
    private final FragmentMemo fragments;

    /** 经济指标, when that module is there: the district's fixed-asset investment beside the projects' investment. */
    private org.springframework.beans.factory.ObjectProvider<cn.luoshi.indicators.IndicatorService> indicators;

    @org.springframework.beans.factory.annotation.Autowired
    void setIndicators(org.springframework.beans.factory.ObjectProvider<cn.luoshi.indicators.IndicatorService> indicators) {
        this.indicators = indicators;
    }

    /** 全区固定资产投资 as the 统计局 published it, for the rates page; the link opens the figure and its vintages. */
    public record FixedAssetInvestment(String period, java.math.BigDecimal growth, java.math.BigDecimal cityGrowth,
            String light, String link) {
    }

    private FixedAssetInvestment fixedAssetInvestment() {
        cn.luoshi.indicators.IndicatorService ind = indicators == null ? null : indicators.getIfAvailable();
        if (ind == null || !ind.hasValues()) {
            return null;
        }
        cn.luoshi.indicators.Dashboard d = ind.dashboard(null);
        cn.luoshi.indicators.Dashboard.Row fai = d.row("FAI");
        if (fai == null || fai.growth() == null) {
            return null;
        }
        return new FixedAssetInvestment(d.periodLabel(), fai.growth(), fai.cityGrowth(), fai.light().level().name(),
                "/indicators/FAI?period=" + d.period());
    }

    ProjectController(ProjectService projects, ProjectLights lights, ProjectExcel excel, ProjectBulletins bulletins,
            FragmentMemo fragments) {
        this.fragments = fragments;
        this.projects = projects;
        this.lights = lights;
        this.excel = excel;
        this.bulletins = bulletins;
    }

    @GetMapping("/projects")
    String list(@ModelAttribute("q") ProjectQuery q, CurrentUser me, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("resultsHtml", results(q, me, request, response));
        model.addAttribute("unitOptions", cn.luoshi.org.UnitOptions.html(projects.units(), q.unit));
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("presets", LightRuleSet.PRESETS);
        model.addAttribute("rules", projects.ruleSet());
        model.addAttribute("judged", projects.judgedMonth());
        model.addAttribute("mayManage", projects.mayManage(me));
        model.addAttribute("year", q.year == null ? projects.judgedMonth().getYear() : q.year);
        return "projects/list";
    }

    /**
     * The filtered table alone, for the filter form's htmx request (a change of unit, level, kind or light): rows and
     * count without the page around them, so filtering costs the list's SQL and a small fragment.
     */
    @io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest
    @GetMapping("/projects")
    void listRows(CurrentUser me, HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        // the filters read straight from the request and the kept bytes written straight to it: a data binder per
        // parameter and the message converters were a third of this fragment's CPU (decision 196)
        ProjectQuery q = new ProjectQuery();
        q.setYear(QueryParams.integer(request, "year"));
        q.setUnit(QueryParams.id(request, "unit"));
        q.setLevel(QueryParams.choice(request, "level", ProjectLevel.class));
        q.setKind(QueryParams.choice(request, "kind", ProjectKind.class));
        q.setLight(QueryParams.text(request, "light"));
        q.setQ(QueryParams.text(request, "q"));
        q.setPage(QueryParams.integer(request, "page"));
        q.setSize(QueryParams.integer(request, "size"));
        byte[] html = fragments.renderUtf8("projects/results", "results", resultsModel(q, me, request), request,
                response);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    /**
     * The table for {@code q} in the caller's scope: its page kept until a project changes (decision 194), its HTML
     * per distinct rows (decision 187).
     */
    private String results(ProjectQuery q, CurrentUser me, HttpServletRequest request, HttpServletResponse response) {
        return fragments.render("projects/results", "results", resultsModel(q, me, request), request, response);
    }

    /** What the table shows: one page of rows and the list's address with its filters (for the pager's links). */
    private Map<String, Object> resultsModel(ProjectQuery q, CurrentUser me, HttpServletRequest request) {
        org.springframework.web.util.UriComponentsBuilder url = org.springframework.web.util.UriComponentsBuilder
                .fromPath(request.getContextPath() + "/projects");
        if (q.year != null) {
            url.queryParam("year", q.year);
        }
        if (q.unit != null) {
            url.queryParam("unit", q.unit);
        }
        if (q.level != null) {
            url.queryParam("level", q.level.name());
        }
        if (q.kind != null) {
            url.queryParam("kind", q.kind.name());
        }
        if (q.light != null) {
            url.queryParam("light", q.light);
        }
        if (q.q != null && !q.q.isBlank()) {
            url.queryParam("q", q.q);
        }
        if (q.size != null) {
            url.queryParam("size", q.size);
        }
        return Map.of("page", projects.page(q, me), "url", url.encode().build().toUriString());
    }

    private String projectForm(cn.luoshi.projects.ProjectForm f, Long id, CurrentUser me, Model model) {
        if (f.monthlyPlan == null) {
            f.monthlyPlan = new ArrayList<>();
        }
        while (f.monthlyPlan.size() < 12) {
            f.monthlyPlan.add(null);
        }
        model.addAttribute("form", f);
        model.addAttribute("projectId", id);
        model.addAttribute("units", projects.units());
        model.addAttribute("leaders", projects.leaders());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("kinds", ProjectKind.values());
        if (id != null) {
            model.addAttribute("nodes", projects.nodes(id, me));
        }
        return "projects/form";
    }

    /** Empty months in the form mean "spread evenly": all twelve blank is an empty plan. */
    private static void tidy(cn.luoshi.projects.ProjectForm f) {
        if (f.monthlyPlan != null && f.monthlyPlan.stream().allMatch(java.util.Objects::isNull)) {
            f.monthlyPlan = new ArrayList<>();
        } else if (f.monthlyPlan != null) {
            f.monthlyPlan = new ArrayList<>(f.monthlyPlan.stream()
                    .map(b -> b == null ? java.math.BigDecimal.ZERO : b).toList());
        }
    }

    @GetMapping("/projects/new")
    String newProject(CurrentUser me, Model model) {
        if (!projects.mayManage(me)) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室和" + projects.officeUnit() + "可以新建重点项目");
        }
        cn.luoshi.projects.ProjectForm f = new cn.luoshi.projects.ProjectForm();
        f.year = projects.today().getYear();
        return projectForm(f, null, me, model);
    }

    @PostMapping("/projects/new")
    String create(@ModelAttribute("form") cn.luoshi.projects.ProjectForm form, BindingResult result, CurrentUser me,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        tidy(form);
        return WebBinding.submit(result, response, () -> projectForm(form, null, me, model), () -> {
            var p = projects.create(form, me);
            lights.recompute();
            redirect.addFlashAttribute("flash", "已新建重点项目「" + p.name() + "」，并在台账中建立了任务；节点已按倒排工期排定");
            return "redirect:/projects/" + p.id();
        });
    }

    @GetMapping("/projects/{id}/edit")
    String editProject(@PathVariable long id, CurrentUser me, Model model) {
        if (!projects.mayManage(me)) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室和" + projects.officeUnit() + "可以修改重点项目");
        }
        return projectForm(cn.luoshi.projects.ProjectForm.of(projects.get(id, me)), id, me, model);
    }

    @PostMapping("/projects/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") cn.luoshi.projects.ProjectForm form,
            BindingResult result, CurrentUser me, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        tidy(form);
        return WebBinding.submit(result, response, () -> projectForm(form, id, me, model), () -> {
            var p = projects.update(id, form, me);
            lights.recompute();
            redirect.addFlashAttribute("flash", "已保存重点项目「" + p.name() + "」，台账任务和节点日期已同步");
            return "redirect:/projects/" + id;
        });
    }

    @GetMapping("/projects/{id}")
    String page(@PathVariable long id, CurrentUser me, Model model) {
        ProjectPage p = projects.page(id, me);
        model.addAttribute("p", p);
        model.addAttribute("chart", chart(p));
        model.addAttribute("today", projects.today());
        return "projects/detail";
    }

    /** Months, planned and completed cumulative (万元) for the S-curve. */
    static java.util.Map<String, Object> chart(ProjectPage p) {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(m + "月");
        }
        return java.util.Map.of("months", months, "planned", p.plannedCumulative(), "completed",
                p.cumulative().stream().map(b -> b == null ? null : b).collect(Collectors.toList()));
    }

    @GetMapping("/projects/{id}/report")
    String reportForm(@PathVariable long id, @RequestParam(required = false) String month, CurrentUser me,
            Model model) {
        MonthlyReportForm f = new MonthlyReportForm();
        f.month = month == null ? projects.judgedMonth() : YearMonth.parse(month);
        return reportPage(projects.page(id, me), f, model);
    }

    private String reportPage(ProjectPage p, MonthlyReportForm f, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("form", f);
        return "projects/report-form";
    }

    @PostMapping("/projects/{id}/report")
    String report(@PathVariable long id, @ModelAttribute("form") MonthlyReportForm form, BindingResult result,
            @RequestParam(name = "photo", required = false) List<MultipartFile> photos, CurrentUser me, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        ProjectPage p = projects.page(id, me);
        form.photos = null;
        if (result.hasErrors()) {
            response.setStatus(400);
            return reportPage(p, form, model);
        }
        List<ProjectService.Photo> files = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile f : photos) {
                if (!f.isEmpty()) {
                    files.add(new ProjectService.Photo(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
        }
        try {
            projects.report(id, form, files, me);
        } catch (InvalidInputException e) {
            WebBinding.reject(e, result);
            response.setStatus(400);
            return reportPage(p, form, model);
        }
        ProjectLights.Pass pass = lights.recompute();
        redirect.addFlashAttribute("flash", "已填报" + form.month.getYear() + "年" + form.month.getMonthValue()
                + "月月报；亮灯已按" + projects.ruleSet().name() + "规则重新计算（" + pass.projects() + "个项目）");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/nodes/{nodeId}")
    String node(@PathVariable long id, @PathVariable long nodeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam(required = false) Integer version, CurrentUser me, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            projects.updateNode(id, nodeId, dueDate, doneOn, version, me);
            lights.recompute();
            redirect.addFlashAttribute("flash", "节点已更新");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().stream().map(v -> v.message())
                    .collect(Collectors.joining("；")));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/projects/" + id + "#nodes";
    }

    @GetMapping("/projects/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId, CurrentUser me) {
        Object[] ph = projects.photo(photoId, me);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) ph[1]))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''" + enc((String) ph[0]))
                .body((byte[]) ph[2]);
    }

    // ---- management -----------------------------------------------------------------------------------------------

    @PostMapping("/projects/lights")
    String recompute(CurrentUser me, RedirectAttributes redirect) {
        if (!projects.mayManage(me)) {
            throw new cn.luoshi.common.ForbiddenException("只有督查室和" + projects.officeUnit() + "可以重算亮灯");
        }
        ProjectLights.Pass p = lights.recompute();
        redirect.addFlashAttribute("flash", "已重算" + p.month().getYear() + "年" + p.month().getMonthValue() + "月亮灯："
                + p.projects() + "个项目，黄灯" + p.yellow() + "个，红灯" + p.red() + "个（" + p.millis() + "毫秒）");
        return "redirect:/projects";
    }

    @PostMapping("/projects/preset")
    String preset(@RequestParam String preset, CurrentUser me, RedirectAttributes redirect) {
        projects.choosePreset(preset, me);
        lights.recompute();
        redirect.addFlashAttribute("flash", "已选用亮灯规则「" + projects.ruleSet().name() + "」并重算亮灯");
        return "redirect:/projects";
    }

    @PostMapping("/projects/import")
    String importList(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
            CurrentUser me, RedirectAttributes redirect) throws IOException {
        byte[] bytes = file.getBytes();
        return imported(() -> excel.importList(bytes, year == null ? projects.today().getYear() : year, me),
                redirect);
    }

    @PostMapping("/projects/import-investment")
    String importInvestment(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
            CurrentUser me, RedirectAttributes redirect) throws IOException {
        byte[] bytes = file.getBytes();
        return imported(() -> excel.importInvestment(bytes,
                year == null ? projects.today().getYear() : year, me), redirect);
    }

    private String imported(java.util.function.Supplier<ProjectExcel.Imported> run, RedirectAttributes redirect) {
        try {
            ProjectExcel.Imported i = run.get();
            lights.recompute();
            redirect.addFlashAttribute("flash", i.summary() + "，亮灯已重算");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("importErrors", e.violations().stream().map(v -> v.message()).toList());
        }
        return "redirect:/projects";
    }

    @GetMapping("/projects/export.xlsx")
    ResponseEntity<byte[]> exportList(@ModelAttribute ProjectQuery q, CurrentUser me) {
        return file(excel.exportList(q, me), XLSX, "重点项目清单.xlsx");
    }

    @GetMapping("/projects/investment.xlsx")
    ResponseEntity<byte[]> exportInvestment(@RequestParam(required = false) Integer year, CurrentUser me) {
        int y = year == null ? projects.judgedMonth().getYear() : year;
        return file(excel.exportInvestment(y, me), XLSX, y + "年重点项目月度投资.xlsx");
    }

    // ---- rates ----------------------------------------------------------------------------------------------------

    @GetMapping("/projects/rates")
    String rates(@RequestParam(defaultValue = "unit") String by, CurrentUser me, Model model) {
        boolean leader = "leader".equals(by);
        model.addAttribute("by", leader ? "leader" : "unit");
        model.addAttribute("rows", projects.rates(leader, me));
        model.addAttribute("total", projects.ratesTotal(me));
        model.addAttribute("rule", cn.luoshi.projects.rules.ProjectRates.RULE);
        model.addAttribute("judged", projects.judgedMonth());
        model.addAttribute("fai", fixedAssetInvestment());
        return "projects/rates";
    }

    // ---- 调度通报 ---------------------------------------------------------------------------------------------------

    @GetMapping("/projects/bulletins")
    String bulletins(CurrentUser me, Model model) {
        model.addAttribute("list", bulletins.list(me));
        model.addAttribute("judged", projects.judgedMonth());
        model.addAttribute("mayManage", projects.mayManage(me));
        return "projects/bulletins";
    }

    @PostMapping("/projects/bulletins")
    String issue(@RequestParam String month, CurrentUser me, RedirectAttributes redirect) {
        try {
            DispatchBulletin b = bulletins.issue(YearMonth.parse(month), me);
            redirect.addFlashAttribute("flash", "已生成并冻结" + b.numberLabel());
            return "redirect:/projects/bulletins/" + b.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).message());
            return "redirect:/projects/bulletins";
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("flashError", "请选择月份");
            return "redirect:/projects/bulletins";
        }
    }

    @GetMapping("/projects/bulletins/{id}")
    String bulletin(@PathVariable long id, CurrentUser me, Model model) {
        DispatchBulletin b = bulletins.get(id, me);
        model.addAttribute("b", b);
        model.addAttribute("paragraphs", ProjectBulletins.paragraphs(b));
        model.addAttribute("tables", ProjectBulletins.tables(b));
        return "projects/bulletin";
    }

    @GetMapping("/projects/bulletins/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser me) {
        DispatchBulletin b = bulletins.get(id, me);
        return file(bulletins.docx(b), DOCX, b.numberLabel() + ".docx");
    }

    @GetMapping("/projects/bulletins/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser me) {
        DispatchBulletin b = bulletins.get(id, me);
        return file(bulletins.pdf(b), MediaType.APPLICATION_PDF, b.numberLabel() + ".pdf");
    }

    @GetMapping("/projects/bulletins/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser me) {
        DispatchBulletin b = bulletins.get(id, me);
        return file(bulletins.xlsx(b), XLSX, b.numberLabel() + ".xlsx");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + enc(name)).body(body);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
