package cn.luoshi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 整改事项: opened from an inspection's finding; owned by a unit (and a person of it), due by a deadline, worked on
 * (进度, 进展), reported done with evidence (整改情况, files or 佐证说明) and closed (销号) by the 督查室.
 */
public record Rectification(long id, long inspectionId, String groupName, Long taskId, String taskTitle, String title,
        String requirement, long ownerUnitId, String ownerUnitName, Long ownerPersonId, String ownerPersonName,
        LocalDate openedOn, LocalDate deadline, RectificationStatus status, BigDecimal progressPercent,
        String progressNote, LocalDate startedOn, String summary, String evidenceNote, LocalDate submittedOn,
        String submittedBy, String returnReason, LocalDate closedOn, String closedBy, String closeComment,
        int version, String createdBy) {
}
