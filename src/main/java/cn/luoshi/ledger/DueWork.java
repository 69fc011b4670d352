package cn.luoshi.ledger;

import cn.luoshi.ledger.light.Light;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One piece of open work (待签收 or 办理中, with a lead unit) as reminders (催办) read it in bulk: the dates that decide
 * what is due, the stored light, and which of the asked reporting periods already have a report.
 *
 * @param startDate       planned start, or null
 * @param createdOn       the day the task was created (Asia/Shanghai)
 * @param deadline        the deadline in force, or null
 * @param assignedAt      the last 交办 (creation with a lead unit, or 重新交办)
 * @param acceptedAt      when the lead unit signed for it (签收), or null while 待签收
 * @param light           the stored light (亮灯), or null if not computed yet
 * @param reportedPeriods the period keys ("2026-10", "2026-W44" …) among those asked for that have a report
 */
public record DueWork(long taskId, long directiveId, TaskKind kind, String title, TaskStatus status, long leadUnitId,
        LocalDate startDate, LocalDate createdOn, LocalDate deadline, Instant assignedAt, Instant acceptedAt,
        ReportCycle reportCycle, BigDecimal progressPercent, Light light, String lightReason,
        Set<String> reportedPeriods) {

    /** Whether a report for {@code periodKey} has been filed (only for keys passed to the query). */
    public boolean reported(String periodKey) {
        return reportedPeriods.contains(periodKey);
    }
}
