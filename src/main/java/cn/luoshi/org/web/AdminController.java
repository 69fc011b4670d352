package cn.luoshi.org.web;

import cn.luoshi.org.AllowedRoles;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.LoginThrottle;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.UnitType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: units, people and accounts. */
@AllowedRoles(value = Role.ADMIN, message = "仅系统管理员可以维护组织机构和账号")
@Controller
class AdminController {

    private final OrgDirectory org;
    private final LoginThrottle throttle;

    AdminController(OrgDirectory org, LoginThrottle throttle) {
        this.org = org;
        this.throttle = throttle;
    }

    @GetMapping("/admin/users")
    String users(CurrentUser me, Model model) {
        requireAdmin(me);
        model.addAttribute("users", org.users());
        model.addAttribute("units", org.units());
        model.addAttribute("people", org.people());
        model.addAttribute("unitsById", org.unitsById());
        model.addAttribute("roles", Role.values());
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("locks", throttle.locked());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam String password,
            @RequestParam String displayName, @RequestParam Role role, @RequestParam(required = false) Long unitId,
            CurrentUser me, RedirectAttributes redirect) {
        try {
            org.createUser(new OrgDirectory.NewUser(username, password, displayName, role, unitId, null), me);
            redirect.addFlashAttribute("flash", "已创建账号 " + username);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/units")
    String createUnit(@RequestParam UnitType type, @RequestParam String shortName, @RequestParam String fullName,
            @RequestParam(required = false) Long parentId, CurrentUser me, RedirectAttributes redirect) {
        try {
            org.createUnit(new OrgDirectory.NewUnit(type, parentId, shortName, fullName, null), me);
            redirect.addFlashAttribute("flash", "已新增单位 " + fullName);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/people")
    String createPerson(@RequestParam long unitId, @RequestParam String name,
            @RequestParam(required = false) String position, @RequestParam(required = false) String phone,
            @RequestParam(defaultValue = "false") boolean leader, @RequestParam(required = false) String portfolio,
            @RequestParam(required = false) java.util.List<Long> portfolioUnitIds, CurrentUser me,
            RedirectAttributes redirect) {
        try {
            org.createPerson(new OrgDirectory.NewPerson(unitId, name, position, phone, leader, portfolio,
                    portfolioUnitIds), me);
            redirect.addFlashAttribute("flash", "已新增人员 " + name);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/enabled")
    String setEnabled(@RequestParam long userId, @RequestParam boolean enabled, CurrentUser me,
            RedirectAttributes redirect) {
        try {
            org.setEnabled(userId, enabled, me);
            redirect.addFlashAttribute("flash", enabled ? "已启用" : "已停用");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    /** 解锁 an account or address locked by 登录失败限制. */
    @PostMapping("/admin/users/unlock")
    String unlock(@RequestParam LoginThrottle.Kind kind, @RequestParam String key, CurrentUser me,
            RedirectAttributes redirect) {
        throttle.unlock(kind, key, me);
        redirect.addFlashAttribute("flash", "已解锁 " + key);
        return "redirect:/admin/users";
    }

    /** 重置密码: a one-time password shown once; the user must change it at the next sign-in. */
    @PostMapping("/admin/users/reset-password")
    String resetPassword(@RequestParam long userId, CurrentUser me, RedirectAttributes redirect) {
        String temporary = org.resetPassword(userId, me);
        String name = org.users().stream().filter(u -> u.id() == userId).map(u -> u.displayName() + "（" + u.username() + "）")
                .findFirst().orElse("");
        redirect.addFlashAttribute("flash", "已重置 " + name + " 的密码。临时密码（仅显示这一次）：" + temporary
                + "，该用户下次登录后须修改密码");
        return "redirect:/admin/users";
    }

    private static void requireAdmin(CurrentUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以访问");
        }
    }
}
