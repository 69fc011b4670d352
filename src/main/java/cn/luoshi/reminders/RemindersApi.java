package cn.luoshi.reminders;

import cn.luoshi.common.PageResult;
import cn.luoshi.org.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of 催办 and 消息: the same services and checks as the pages. */
@RestController
@Tag(name = "催办与消息", description = "站内消息、消息设置、运行催办、催办记录")
class RemindersApi {

    private final Notifications notifications;
    private final Preferences preferences;
    private final ReminderPass pass;
    private final ReminderLog log;

    RemindersApi(Notifications notifications, Preferences preferences, ReminderPass pass, ReminderLog log) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.pass = pass;
        this.log = log;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "我的站内消息（新的在前）")
    PageResult<Notification> inbox(@RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) CurrentUser me) {
        return notifications.inbox(me, unreadOnly, page, size);
    }

    @GetMapping("/api/notifications/unread-count")
    @Operation(summary = "未读消息数（消息铃铛）")
    Map<String, Integer> unread(@Parameter(hidden = true) CurrentUser me) {
        return Map.of("unread", notifications.unreadCount(me));
    }

    @PostMapping("/api/notifications/{id}/read")
    @Operation(summary = "标为已读")
    Notification read(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return notifications.markRead(id, me);
    }

    @PostMapping("/api/notifications/read-all")
    @Operation(summary = "全部标为已读")
    Map<String, Integer> readAll(@Parameter(hidden = true) CurrentUser me) {
        return Map.of("marked", notifications.markAllRead(me));
    }

    @GetMapping("/api/notifications/settings")
    @Operation(summary = "我的消息设置")
    Preference settings(@Parameter(hidden = true) CurrentUser me) {
        return preferences.of(me.id());
    }

    @PutMapping("/api/notifications/settings")
    @Operation(summary = "修改我的消息设置（邮箱、邮件提醒、免打扰时段、每日汇总）")
    Preference saveSettings(@RequestBody PreferenceForm form, @Parameter(hidden = true) CurrentUser me) {
        return preferences.save(form, me);
    }

    @PostMapping("/api/reminders/run")
    @Operation(summary = "立即运行催办（督查室、系统管理员）")
    ReminderPass.Result run(@Parameter(hidden = true) CurrentUser me) {
        ReminderLog.requireManager(me);
        return pass.run(PassTrigger.MANUAL, me.auditName());
    }

    @GetMapping("/api/reminders/tasks/{id}")
    @Operation(summary = "一项任务的催办记录（督查室、系统管理员）")
    List<ReminderLog.Entry> forTask(@PathVariable long id, @Parameter(hidden = true) CurrentUser me) {
        return log.forSubject(LedgerReminderRules.TASK, id, me);
    }
}
