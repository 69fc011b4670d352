package cn.luoshi.reminders;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.WebBinding;
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

/** 消息: the bell's badge, the list with mark-read, and the user's 消息设置. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Preferences preferences;
    private final MailChannel mail;

    private final Todo todo;

    NotificationController(Notifications notifications, Preferences preferences, MailChannel mail, Todo todo) {
        this.todo = todo;
        this.notifications = notifications;
        this.preferences = preferences;
        this.mail = mail;
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Asia/Shanghai");
    }

    /** The bell's content (htmx, every minute): 🔔 and the unread count when there is any. */
    @GetMapping("/notifications/bell")
    String bell(CurrentUser me, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("unread", notifications.unreadCount(me));
        // The menu's 待办 counts ride along (htmx out-of-band swaps), refreshed with the bell.
        java.util.Map<String, Integer> counts = Todo.counts(todo.items(me));
        model.addAttribute("todoTotal", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("reviewCount", counts.getOrDefault(me.isLeader() ? "待审批" : "待审核", 0));
        return "notifications/bell :: badge";
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
            CurrentUser me, Model model) {
        model.addAttribute("page", notifications.inbox(me, unread, page, 20));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unread", notifications.unreadCount(me));
        model.addAttribute("listUrl", unread ? "/notifications?unread=true" : "/notifications");
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, CurrentUser me) {
        notifications.markRead(id, me);
        return "redirect:/notifications" + (unread ? "?unread=true" : page == null ? "" : "?page=" + page);
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(CurrentUser me, RedirectAttributes redirect) {
        int n = notifications.markAllRead(me);
        redirect.addFlashAttribute("flash", n == 0 ? "没有未读消息" : "已将" + n + "条消息标为已读");
        return "redirect:/notifications";
    }

    /** Opens what a notification is about, marking it read. Only paths inside Luoshi are followed. */
    @GetMapping("/notifications/{id}/open")
    String open(@PathVariable long id, CurrentUser me) {
        Notification n = notifications.markRead(id, me);
        String link = n.link();
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @GetMapping("/notifications/settings")
    String settings(CurrentUser me, Model model) {
        return settingsForm(PreferenceForm.of(preferences.of(me.id())), model);
    }

    @PostMapping("/notifications/settings")
    String save(@ModelAttribute("form") PreferenceForm form, BindingResult result, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(400);
            return settingsForm(form, model);
        }
        try {
            preferences.save(form, me);
        } catch (InvalidInputException e) {
            WebBinding.reject(e, result);
            response.setStatus(400);
            return settingsForm(form, model);
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
            response.setStatus(409);
            return settingsForm(form, model);
        }
        redirect.addFlashAttribute("flash", "消息设置已保存");
        return "redirect:/notifications/settings";
    }

    private String settingsForm(PreferenceForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("hours", java.util.stream.IntStream.range(0, 24).boxed().toList());
        return "notifications/settings";
    }
}
