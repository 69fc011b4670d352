package cn.luoshi.reminders;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.WebBinding;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
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

/** 催办 for the 督查室 and the admin: passes, "run now", the queue, a task's reminders, and the group robots. */
@Controller
class ReminderController {

    private final ReminderPass pass;
    private final ReminderLog log;
    private final Webhooks webhooks;
    private final WebhookChannel robots;
    private final MailChannel mail;
    private final OrgDirectory org;
    private final ReminderProperties props;

    ReminderController(ReminderPass pass, ReminderLog log, Webhooks webhooks, WebhookChannel robots, MailChannel mail,
            OrgDirectory org, ReminderProperties props) {
        this.pass = pass;
        this.log = log;
        this.webhooks = webhooks;
        this.robots = robots;
        this.mail = mail;
        this.org = org;
        this.props = props;
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Asia/Shanghai");
    }

    @GetMapping("/reminders")
    String home(CurrentUser me, Model model) {
        model.addAttribute("passes", log.recentPasses(me, 15));
        model.addAttribute("queue", log.queue(me));
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("mailServer", mail.server());
        model.addAttribute("robots", webhooks.saved());
        model.addAttribute("globalRobot", webhooks.global().orElse(null));
        model.addAttribute("props", props);
        model.addAttribute("quietText", props.quietHours().text());
        model.addAttribute("scheduleText", "-".equals(props.cron()) ? "定时催办已关闭，仅在点击“立即运行”时检查"
                : "0 0/30 8-18 * * *".equals(props.cron()) ? "系统在每个工作日8:00至18:30每半小时（北京时间）"
                : "系统在工作日按计划（" + props.cron() + "，北京时间）");
        return "notifications/reminders";
    }

    @PostMapping("/reminders/run")
    String runNow(CurrentUser me, RedirectAttributes redirect) {
        ReminderLog.requireManager(me);
        ReminderPass.Result r = pass.run(PassTrigger.MANUAL, me.auditName());
        redirect.addFlashAttribute("flash", r.created() == 0 ? "已运行催办：" + r.items() + "项到期事项均已催办过，本次没有新的催办"
                : "已运行催办：新增" + r.created() + "条催办，" + r.deliveryCount() + "条投递");
        return "redirect:/reminders/passes/" + r.passId();
    }

    @GetMapping("/reminders/passes/{id}")
    String pass(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("pass", log.pass(id, me));
        model.addAttribute("entries", log.createdBy(id, me, 500));
        return "notifications/pass";
    }

    @GetMapping("/reminders/tasks/{id}")
    String task(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("entries", log.forSubject(LedgerReminderRules.TASK, id, me));
        model.addAttribute("taskId", id);
        return "notifications/task";
    }

    // ---- group robots --------------------------------------------------------------------------------------------

    @GetMapping("/reminders/robots")
    String robots(@RequestParam(required = false) Long unitId, CurrentUser me, Model model) {
        Webhooks.requireManager(me);
        WebhookForm form = new WebhookForm();
        form.unitId = unitId;
        webhooks.find(unitId).ifPresentOrElse(t -> {
            form.kind = t.kind();
            form.url = t.url();
            form.enabled = t.enabled();
            form.version = t.version();
        }, () -> form.kind = RobotKind.DINGTALK);
        return robotsPage(form, model);
    }

    @PostMapping("/reminders/robots")
    String saveRobot(@ModelAttribute("form") WebhookForm form, BindingResult result, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Webhooks.requireManager(me);
        if (result.hasErrors()) {
            response.setStatus(400);
            return robotsPage(form, model);
        }
        try {
            WebhookTarget t = webhooks.save(form, me);
            redirect.addFlashAttribute("flash", "已保存" + (t.global() ? "全局" : t.unitName()) + "群机器人");
        } catch (InvalidInputException e) {
            WebBinding.reject(e, result);
            response.setStatus(400);
            return robotsPage(form, model);
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
            response.setStatus(409);
            return robotsPage(form, model);
        }
        return "redirect:/reminders/robots";
    }

    @PostMapping("/reminders/robots/delete")
    String deleteRobot(@RequestParam(required = false) Long unitId, CurrentUser me, RedirectAttributes redirect) {
        webhooks.delete(unitId, me);
        redirect.addFlashAttribute("flash", "已删除群机器人");
        return "redirect:/reminders/robots";
    }

    /** Sends a test message to a robot and says how it went. */
    @PostMapping("/reminders/robots/test")
    String testRobot(@RequestParam(required = false) Long unitId, CurrentUser me, RedirectAttributes redirect) {
        Webhooks.requireManager(me);
        WebhookTarget t = unitId == null ? webhooks.global().orElseThrow(() -> new NotFoundException("群机器人", "全局"))
                : webhooks.find(unitId).orElseThrow(() -> new NotFoundException("群机器人", unitId));
        String error = robots.post(t, "【落实·催办】测试消息：" + (t.global() ? "全局" : t.unitName())
                + "群机器人设置成功，今后的催办将发送到本群。");
        if (error == null) {
            redirect.addFlashAttribute("flash", "测试消息已发送到" + (t.global() ? "全局" : t.unitName()) + "群机器人");
        } else {
            redirect.addFlashAttribute("error", "测试消息未发出：" + error);
        }
        return "redirect:/reminders/robots";
    }

    private String robotsPage(WebhookForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("robots", webhooks.saved());
        model.addAttribute("configured", webhooks.configuredGlobal().orElse(null));
        model.addAttribute("globalSaved", webhooks.saved().stream().anyMatch(WebhookTarget::global));
        model.addAttribute("units", org.units());
        model.addAttribute("kinds", RobotKind.values());
        return "notifications/robots";
    }
}
