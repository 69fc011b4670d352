package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 已逾期 as the pages show it: open, and today after the deadline by the calendar date. */
class TaskStatusTest {

    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void overdueFromTheDayAfterTheDeadlineEvenOnAWeekend() {
        assertThat(TaskStatus.IN_PROGRESS.overdue(FRIDAY, FRIDAY)).as("due today").isFalse();
        assertThat(TaskStatus.IN_PROGRESS.overdue(FRIDAY, FRIDAY.plusDays(1))).as("Saturday after").isTrue();
        assertThat(TaskStatus.ASSIGNED.overdue(FRIDAY, FRIDAY.plusDays(3))).isTrue();
    }

    @Test
    void closedOrUndatedWorkIsNeverOverdue() {
        assertThat(TaskStatus.COMPLETED.overdue(FRIDAY, FRIDAY.plusDays(30))).isFalse();
        assertThat(TaskStatus.TERMINATED.overdue(FRIDAY, FRIDAY.plusDays(30))).isFalse();
        assertThat(TaskStatus.IN_PROGRESS.overdue(null, FRIDAY)).isFalse();
    }
}
