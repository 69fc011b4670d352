package cn.luoshi.ingest.owners;

import cn.luoshi.org.AllowedRoles;
import cn.luoshi.org.Role;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 职责关键词 page: each unit's duty keywords, which the review of a speech uses to suggest lead units. The 督查室 and
 * the admin see it; only the admin adds and removes keywords.
 */
@Controller
class DutyKeywordController {

    private final DutyKeywords keywords;
    private final OrgDirectory org;

    DutyKeywordController(DutyKeywords keywords, OrgDirectory org) {
        this.keywords = keywords;
        this.org = org;
    }

    @GetMapping("/ingest/keywords")
    String page(CurrentUser me, Model model) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("只有督查室和系统管理员可以查看职责关键词");
        }
        Map<Long, List<DutyKeywords.Keyword>> byUnit = new LinkedHashMap<>();
        for (DutyKeywords.Keyword k : keywords.list()) {
            byUnit.computeIfAbsent(k.unitId(), id -> new ArrayList<>()).add(k);
        }
        List<Unit> units = org.units().stream()
                .filter(u -> byUnit.containsKey(u.id()) || u.type() == UnitType.DEPARTMENT || u.type() == UnitType.STREET
                        || u.type() == UnitType.OTHER)
                .toList();
        model.addAttribute("units", units);
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("canEdit", me.isAdmin());
        return "ingest/keywords";
    }

    @AllowedRoles(value = Role.ADMIN, message = "仅系统管理员可以维护职责关键词")
    @PostMapping("/ingest/keywords")
    String add(@RequestParam long unitId, @RequestParam(required = false) String keyword, CurrentUser me,
            RedirectAttributes redirect) {
        try {
            List<String> added = keywords.add(unitId, keyword, me);
            redirect.addFlashAttribute("flash", added.isEmpty() ? "这些关键词已经有了"
                    : "已新增职责关键词：" + String.join("、", added));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("errorUnit", unitId);
            redirect.addFlashAttribute("typed", keyword);
        }
        return "redirect:/ingest/keywords#unit-" + unitId;
    }

    @AllowedRoles(value = Role.ADMIN, message = "仅系统管理员可以维护职责关键词")
    @PostMapping("/ingest/keywords/{id}/delete")
    String remove(@PathVariable long id, @RequestParam long unitId, CurrentUser me, RedirectAttributes redirect) {
        keywords.remove(id, me);
        redirect.addFlashAttribute("flash", "已删除该职责关键词");
        return "redirect:/ingest/keywords#unit-" + unitId;
    }
}
