package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.ledger.internal.ProgressReport;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 进展报送: the lead unit reports cumulative progress on a task it has accepted. */
@Service
public class ProgressService {

    private final JdbcClient jdbc;
    private final TaskStore tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkingCalendars calendars;

    ProgressService(JdbcClient jdbc, TaskStore tasks, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            WorkingCalendars calendars) {
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<ProgressReport> list(long taskId, CurrentUser me) {
        tasks.visible(taskId, me);
        return reportsOf(jdbc, taskId);
    }

    @Transactional
    public ProgressReport submit(long taskId, ReportForm f, CurrentUser me) {
        return submit(taskId, f, List.of(), me);
    }

    /**
     * 报送进展 with files (photos from a phone's camera, PDF, Office): optional, checked by content as evidence is
     * (type, 20 MB each, at most 10), stored with the report (issue 12).
     */
    @Transactional
    public ProgressReport submit(long taskId, ReportForm f, List<EvidenceFile> files, CurrentUser me) {
        Task t = tasks.visible(taskId, me);
        LedgerPermissions.require(LedgerPermissions.mayReport(me, t), "只有牵头单位可以报送进展");
        if (!t.status().acceptsReports()) {
            throw new cn.luoshi.common.ConflictException(t.status() == TaskStatus.ASSIGNED
                    ? "请先签收任务再报送进展" : "任务当前状态为「" + t.status().label() + "」，不能报送进展");
        }
        Violations checks = LedgerRules.report(f, t, LocalDate.now(clock));
        WorkflowRules.reportFiles(files).list().forEach(v -> checks.add(v.field(), v.message()));
        checks.throwIfAny();
        long unitId = me.isUnitUser() ? me.unitId() : t.leadUnitId();
        ReportCycle.Period period = t.reportCycle().periodReportedOn(f.reportedOn, calendars.current());
        long id = jdbc.sql("""
                insert into progress_report (task_id, reported_on, cumulative, narrative, difficulties,
                  needs_coordination, next_steps, unit_id, reported_by, cycle_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, f.reportedOn, f.cumulative, f.narrative.trim(), TaskStore.blankToNull(f.difficulties),
                        f.needsCoordination, TaskStore.blankToNull(f.nextSteps), unitId, me.auditName(), period.key())
                .query(Long.class).single();
        tasks.recordProgress(taskId, t.toPercent(f.cumulative), f.reportedOn);
        List<String> names = new java.util.ArrayList<>();
        for (EvidenceFile file : files == null ? List.<EvidenceFile>of() : files) {
            if (file == null || file.size() == 0) {
                continue;
            }
            EvidenceType type = EvidenceType.byName(file.name()).orElseThrow();
            jdbc.sql("""
                    insert into attachment (task_id, progress_report_id, original_name, content_type, size_bytes, sha256,
                      content, uploaded_by)
                    values (:task, :report, :name, :type, :size, :sha, :content, :by)""")
                    .param("task", taskId).param("report", id).param("name", file.name())
                    .param("type", type.contentType()).param("size", file.size())
                    .param("sha", TaskWorkflowService.sha256(file.content())).param("content", file.content())
                    .param("by", me.auditName()).update();
            names.add(file.name());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("报送日期", f.reportedOn);
        after.put("报送期次", period.label());
        after.put("累计完成", f.cumulative.stripTrailingZeros().toPlainString() + t.progressUnit());
        after.put("具体进展", f.narrative.trim());
        after.put("困难问题", TaskStore.blankToNull(f.difficulties));
        after.put("需领导协调", f.needsCoordination ? "是" : "否");
        after.put("下一步", TaskStore.blankToNull(f.nextSteps));
        if (!names.isEmpty()) {
            after.put("附件", String.join("、", names));
        }
        audit.record(me.auditName(), AuditAction.CREATE, TaskService.subject("进展", id, t), "报送进展", null, after);
        events.publishEvent(new TaskChanged(taskId, t.directiveId(), "report"));
        return reportsOf(jdbc, taskId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The files of each report of a task (name and id, for the task page's links), by report. */
    public Map<Long, List<Map.Entry<Long, String>>> filesByReport(long taskId, CurrentUser me) {
        tasks.visible(taskId, me);
        Map<Long, List<Map.Entry<Long, String>>> m = new LinkedHashMap<>();
        jdbc.sql("""
                select id, progress_report_id, original_name from attachment
                where task_id = ? and progress_report_id is not null order by id""")
                .param(taskId).query((ResultSet rs) -> {
                    m.computeIfAbsent(rs.getLong("progress_report_id"), k -> new java.util.ArrayList<>())
                            .add(Map.entry(rs.getLong("id"), rs.getString("original_name")));
                });
        return m;
    }

    static List<ProgressReport> reportsOf(JdbcClient jdbc, long taskId) {
        return jdbc.sql("select * from progress_report where task_id = ? order by reported_on desc, id desc")
                .param(taskId).query(ProgressService::report).list();
    }

    static ProgressReport report(ResultSet rs, int row) throws SQLException {
        return new ProgressReport(rs.getLong("id"), rs.getLong("task_id"), rs.getObject("reported_on", LocalDate.class),
                rs.getBigDecimal("cumulative"), rs.getString("narrative"), rs.getString("difficulties"),
                rs.getBoolean("needs_coordination"), rs.getString("next_steps"), rs.getLong("unit_id"),
                rs.getString("reported_by"), rs.getTimestamp("created_at").toInstant());
    }
}
