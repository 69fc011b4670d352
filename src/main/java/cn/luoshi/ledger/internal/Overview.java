package cn.luoshi.ledger.internal;

import cn.luoshi.ledger.TaskRow;
import cn.luoshi.ledger.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The 督查室's and leaders' overview (总览): counts by status and by lead unit, overdue work, latest reports. */
public record Overview(long total, Map<TaskStatus, Long> byStatus, List<UnitCount> byUnit, long overdue,
        long dueWithinWeek, long openProblems, List<RecentReport> recentReports,
        Map<cn.luoshi.ledger.light.Light, Long> byLight, List<TaskRow> redItems, java.time.Instant lightsComputedAt) {

    public long lights(cn.luoshi.ledger.light.Light l) {
        return byLight.getOrDefault(l, 0L);
    }

    /** Tasks a unit leads, by how far they have got. */
    public record UnitCount(long unitId, String unitName, long total, long completed, long inProgress, long pending,
            long overdue) {
    }

    /** A report as the overview lists it. */
    public record RecentReport(long taskId, String taskTitle, String unitName, LocalDate reportedOn, String narrative,
            boolean needsCoordination) {
    }

    public long count(TaskStatus s) {
        return byStatus.getOrDefault(s, 0L);
    }
}
