package cn.luoshi.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** 督导检查: a group visited a unit (and a task of it) on a day, recorded what it found and rated the progress. */
public record Inspection(long id, long groupId, String groupName, long unitId, String unitName, Long taskId,
        String taskTitle, LocalDate inspectedOn, String findings, ProgressRating rating, String createdBy,
        Instant createdAt) {
}
