package cn.luoshi.supervision;

import cn.luoshi.ledger.TaskLight;
import java.util.List;

/**
 * A task as supervision sees it: its light, the orders issued for it, the inspections of it and the 整改事项 opened
 * from them (those the viewer may see), and whether the viewer may issue an order now (or why not).
 */
public record TaskSupervision(long taskId, String taskTitle, Long leadUnitId, String leadUnitName, TaskLight light,
        List<SupervisionOrder> orders, List<Inspection> inspections, List<RectificationRow> rectifications,
        boolean canIssue, String issueRefusal, boolean canInspect) {
}
