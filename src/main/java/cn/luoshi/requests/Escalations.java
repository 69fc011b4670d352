package cn.luoshi.requests;

import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.SystemUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 提级督办: a 问题工单 becomes a ledger task under the year's directive "YYYY年接诉即办问题工单" (created once), with
 * the request's whole history in its description and a link back; the 督查室 then applies 督办单, reminders and 通报.
 */
@Component
public class Escalations {

    private final DirectiveService directives;
    private final TaskService tasks;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final int workingDays;

    Escalations(DirectiveService directives, TaskService tasks, WorkingCalendars calendars, Clock clock,
            @Value("${luoshi.requests.escalation.task-working-days:10}") int workingDays) {
        this.directives = directives;
        this.tasks = tasks;
        this.calendars = calendars;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    /** Creates the ledger task and returns its id; joins the caller's transaction. */
    public long escalate(long requestId, String number, String category, String description, String reason, Long leadUnitId,
            String history) {
        LocalDate today = LocalDate.now(clock);
        String title = today.getYear() + "年接诉即办问题工单";
        Directive d = directive(title, today);
        TaskForm t = new TaskForm();
        t.kind = TaskKind.TASK;
        t.title = RequestService.cut("问题工单" + number + "：" + category + "（" + reason + "）", 190);
        t.description = RequestService.cut("诉求：" + description + "\n提级原因：" + reason + "\n诉求页面：/requests/" + requestId
                + "\n\n办理过程：\n" + history, 3900);
        t.startDate = today;
        t.deadline = calendars.current().addWorkingDays(today, workingDays);
        t.leadUnitId = leadUnitId;
        t.tags = new java.util.ArrayList<>(List.of("问题工单"));
        return tasks.create(d.id(), t, SystemUser.INSTANCE).id();
    }

    private Directive directive(String title, LocalDate today) {
        var found = directives.list(title, 0, 20, SystemUser.INSTANCE).rows().stream()
                .filter(s -> s.title().equals(title)).findFirst();
        if (found.isPresent()) {
            return directives.get(found.get().id(), SystemUser.INSTANCE);
        }
        DirectiveForm f = new DirectiveForm();
        f.title = title;
        f.issuedOn = LocalDate.of(today.getYear(), 1, 1).isAfter(today) ? today : today.withDayOfYear(1);
        f.issuer = "区12345热线（接诉即办）";
        f.level = DirectiveLevel.DISTRICT;
        f.kind = DirectiveKind.DOCUMENT;
        f.body = "按诉求模块的提级规则（重办达到次数或多个单位均未签收）自动转为督办任务的问题工单。";
        return directives.create(f, SystemUser.INSTANCE);
    }
}
