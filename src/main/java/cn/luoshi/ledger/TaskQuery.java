package cn.luoshi.ledger;

import java.time.LocalDate;

/**
 * Filters of the task list (任务清单): lead unit (or co-unit), leader, status, deadline range, free text, directive;
 * paginated, sorted by deadline.
 */
public record TaskQuery(Long unitId, Long leaderId, TaskStatus status, LocalDate deadlineFrom, LocalDate deadlineTo,
        String text, Long directiveId, cn.luoshi.ledger.light.Light light, Integer page, Integer size) {
}
