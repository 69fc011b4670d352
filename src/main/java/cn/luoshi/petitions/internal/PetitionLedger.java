package cn.luoshi.petitions.internal;

import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.FindingLevel;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.SystemUser;
import cn.luoshi.petitions.ClockLight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The petitions module's side of the ledger: one directive per year ("2026年信访积案及进省进京信访件化解"), a task per
 * supervised case with its 包案领导 as leader and the responsible unit as lead, tagged 信访 (so 督办单, reminders and
 * 通报 apply), and the findings the clock pass puts on those tasks. The application acts (system); the petitions
 * module audits the user's action that caused it. No personal data goes into the ledger.
 */
@Component
public class PetitionLedger {

    public static final String SOURCE = "petitions";
    public static final String TAG = "信访";

    private final DirectiveService directives;
    private final TaskService tasks;
    private final TaskFindings findings;
    private final JdbcClient jdbc;

    PetitionLedger(DirectiveService directives, TaskService tasks, TaskFindings findings, JdbcClient jdbc) {
        this.directives = directives;
        this.tasks = tasks;
        this.findings = findings;
        this.jdbc = jdbc;
    }

    /** Creates the task (in the caller's transaction) and returns its id. */
    public long createTask(int year, String title, String description, Long leadUnitId, Long leaderPersonId,
            LocalDate start, LocalDate deadline) {
        long directiveId = directive(year, start);
        TaskForm f = new TaskForm();
        f.kind = TaskKind.TASK;
        f.title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        f.description = description;
        f.leadUnitId = leadUnitId;
        f.leadLeaderId = leaderPersonId;
        f.startDate = start;
        f.deadline = deadline;
        f.tags = new ArrayList<>(List.of(TAG));
        f.reportCycle = ReportCycle.MONTHLY;
        return tasks.create(directiveId, f, SystemUser.INSTANCE).id();
    }

    private long directive(int year, LocalDate on) {
        return jdbc.sql("select directive_id from petition_directive where year = ?").param(year).query(Long.class)
                .optional().orElseGet(() -> {
                    DirectiveForm d = new DirectiveForm();
                    d.title = year + "年信访积案及进省进京信访件化解";
                    d.issuedOn = on;
                    d.issuer = "区信访工作联席会议";
                    d.level = DirectiveLevel.DISTRICT;
                    d.kind = DirectiveKind.DOCUMENT;
                    d.body = "积案和到省、进京信访件列入督办，由包案领导牵头化解（信访工作条例第十八条：领导干部包案化解群众反映强烈的突出问题；"
                            + "第三十八条：督查部门将疑难复杂信访问题列入督查范围）。";
                    Directive created = directives.create(d, SystemUser.INSTANCE);
                    jdbc.sql("insert into petition_directive (year, directive_id) values (?, ?)")
                            .params(year, created.id()).update();
                    return created.id();
                });
    }

    /** A supervised case's running clock as the pass saw it. */
    public record Light(long taskId, long caseId, String caseNo, ClockLight light, LocalDate due) {
    }

    /** Replaces this module's findings with those of one clock pass; returns how many are up. */
    public int findings(List<Light> lights) {
        List<TaskFindings.Finding> up = new ArrayList<>();
        for (Light l : lights) {
            if (l.light() == ClockLight.RED || l.light() == ClockLight.YELLOW) {
                up.add(new TaskFindings.Finding(l.taskId(), SOURCE, l.caseNo(),
                        l.light() == ClockLight.RED ? FindingLevel.RED : FindingLevel.YELLOW,
                        "信访件" + l.caseNo() + (l.light() == ClockLight.RED ? "已超过办理期限（" : "临近办理期限（")
                                + l.due() + "）",
                        "/petitions/" + l.caseId()));
            }
        }
        findings.replaceAll(SOURCE, up); // a pass: findings of cases now answered or green are cleared
        return up.size();
    }
}
