package cn.luoshi.indicators.web;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.indicators.IndicatorForm;
import cn.luoshi.indicators.IndicatorService;
import cn.luoshi.indicators.LightRuleForm;
import cn.luoshi.indicators.LightRuleSet;
import cn.luoshi.org.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标目录 and 亮灯规则 maintenance (admins and the statistics unit): the list, the form to add or edit an indicator,
 * copying a rule set (presets stay read-only) and editing a copy. Every save is audited; a stale form gives 409.
 */
@Controller
class CatalogueController {

    private final IndicatorService indicators;

    CatalogueController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    private void require(CurrentUser me) {
        if (!indicators.mayEditCatalogue(me)) {
            throw new ForbiddenException("只有系统管理员和统计局可以维护指标目录和亮灯规则");
        }
    }

    @GetMapping("/indicators/catalogue")
    String catalogue(CurrentUser me, Model model) {
        model.addAttribute("catalogue", indicators.catalogue());
        model.addAttribute("rules", indicators.lightRuleSets());
        model.addAttribute("mayEdit", indicators.mayEditCatalogue(me));
        return "indicators/catalogue";
    }

    private String indicatorForm(IndicatorForm f, boolean creating, Model model) {
        model.addAttribute("form", f);
        model.addAttribute("creating", creating);
        model.addAttribute("rules", indicators.lightRuleSets());
        return "indicators/indicator-form";
    }

    @GetMapping("/indicators/catalogue/new")
    String newIndicator(CurrentUser me, Model model) {
        require(me);
        return indicatorForm(new IndicatorForm(), true, model);
    }

    @PostMapping("/indicators/catalogue/new")
    String create(@ModelAttribute("form") IndicatorForm form, BindingResult result, CurrentUser me, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        require(me);
        return WebBinding.submit(result, response, () -> indicatorForm(form, true, model), () -> {
            var i = indicators.createIndicator(form, me);
            redirect.addFlashAttribute("flash", "已新增指标「" + i.name() + "」（" + i.code() + "）");
            return "redirect:/indicators/catalogue";
        });
    }

    @GetMapping("/indicators/catalogue/{code:[A-Z0-9_]+}/edit")
    String editForm(@PathVariable String code, CurrentUser me, Model model) {
        require(me);
        return indicatorForm(IndicatorForm.of(indicators.indicator(code)), false, model);
    }

    @PostMapping("/indicators/catalogue/{code:[A-Z0-9_]+}/edit")
    String edit(@PathVariable String code, @ModelAttribute("form") IndicatorForm form, BindingResult result,
            CurrentUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        require(me);
        form.code = code;
        return WebBinding.submit(result, response, () -> indicatorForm(form, false, model), () -> {
            var i = indicators.editIndicator(code, form, me);
            redirect.addFlashAttribute("flash", "已保存指标「" + i.name() + "」");
            return "redirect:/indicators/catalogue";
        });
    }

    private String ruleForm(LightRuleForm f, String copyFrom, Model model) {
        model.addAttribute("form", f);
        model.addAttribute("copyFrom", copyFrom);
        return "indicators/rule-form";
    }

    @GetMapping("/indicators/rules/copy")
    String copyForm(@RequestParam String from, CurrentUser me, Model model) {
        require(me);
        LightRuleSet source = indicators.lightRuleSet(from);
        LightRuleForm f = LightRuleForm.of(source);
        f.name = source.name() + "（本区修订）";
        f.source = "参照" + source.name() + "修订：" + source.source();
        if (f.source.length() > 500) {
            f.source = f.source.substring(0, 500);
        }
        return ruleForm(f, from, model);
    }

    @PostMapping("/indicators/rules/copy")
    String copy(@RequestParam String from, @ModelAttribute("form") LightRuleForm form, BindingResult result,
            CurrentUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        require(me);
        return WebBinding.submit(result, response, () -> ruleForm(form, from, model), () -> {
            LightRuleSet r = indicators.copyLightRule(from, form, me);
            redirect.addFlashAttribute("flash", "已复制亮灯规则为「" + r.name() + "」，可在指标中选用");
            return "redirect:/indicators/catalogue";
        });
    }

    @GetMapping("/indicators/rules/edit")
    String editRuleForm(@RequestParam String name, CurrentUser me, Model model) {
        require(me);
        LightRuleSet r = indicators.lightRuleSet(name);
        if (r.preset()) {
            return "redirect:/indicators/rules/copy?from=" + java.net.URLEncoder.encode(name,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return ruleForm(LightRuleForm.of(r), null, model);
    }

    @PostMapping("/indicators/rules/edit")
    String editRule(@ModelAttribute("form") LightRuleForm form, BindingResult result, CurrentUser me, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        require(me);
        return WebBinding.submit(result, response, () -> ruleForm(form, null, model), () -> {
            LightRuleSet r = indicators.editLightRule(form, me);
            redirect.addFlashAttribute("flash", "已保存亮灯规则「" + r.name() + "」");
            return "redirect:/indicators/catalogue";
        });
    }
}
