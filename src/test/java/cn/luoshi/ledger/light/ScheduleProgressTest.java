package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import cn.luoshi.calendar.WorkingDayCalendar;

class ScheduleProgressTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private final ScheduleProgress progress = new ScheduleProgress(calendar);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void aTaskIsPlannedAtZeroUpToItsStartAndAtHundredFromItsDeadline() {
        TaskSchedule task = TaskSchedule.linear(d(2025, 11, 3), d(2025, 11, 14));
        assertThat(progress.plannedPercent(task, d(2025, 10, 20))).isZero();
        assertThat(progress.plannedPercent(task, d(2025, 11, 3))).isZero();
        assertThat(progress.plannedPercent(task, d(2025, 11, 14))).isEqualTo(100.0);
        assertThat(progress.plannedPercent(task, d(2026, 1, 5))).isEqualTo(100.0);
    }

    @Test
    void withoutMilestonesTheShareOfElapsedWorkingDaysIsPlanned() {
        // Mon 11-03 -> Fri 11-14: nine working days after the start; by Fri 11-07 four have passed.
        TaskSchedule task = TaskSchedule.linear(d(2025, 11, 3), d(2025, 11, 14));
        assertThat(calendar.workingDaysBetween(task.start(), task.deadline())).isEqualTo(9);
        assertThat(progress.plannedPercent(task, d(2025, 11, 7))).isCloseTo(100.0 * 4 / 9, EXACT);
        assertThat(progress.plannedPercent(task, d(2025, 11, 9))).as("the weekend adds nothing")
                .isCloseTo(100.0 * 4 / 9, EXACT);
    }

    @Test
    void theNationalDayBreakDoesNotAdvanceThePlan() {
        TaskSchedule task = TaskSchedule.linear(d(2025, 9, 26), d(2025, 10, 14));
        int total = calendar.workingDaysBetween(task.start(), task.deadline());
        double beforeBreak = progress.plannedPercent(task, d(2025, 9, 30));
        assertThat(beforeBreak).isCloseTo(100.0 * calendar.workingDaysBetween(task.start(), d(2025, 9, 30)) / total, EXACT);
        assertThat(progress.plannedPercent(task, d(2025, 10, 1))).isEqualTo(beforeBreak);
        assertThat(progress.plannedPercent(task, d(2025, 10, 8))).isEqualTo(beforeBreak);
        assertThat(progress.plannedPercent(task, d(2025, 10, 9))).isGreaterThan(beforeBreak);
        // The worked Sunday 09-28 does advance it.
        assertThat(progress.plannedPercent(task, d(2025, 9, 28)))
                .isGreaterThan(progress.plannedPercent(task, d(2025, 9, 27)));
    }

    @Test
    void betweenMilestonesThePlanIsInterpolatedOnWorkingDaysAcrossTheHoliday() {
        // 120 households; 30 by Fri 09-26 (25%), 60 by Fri 10-17 (50%).
        TaskSchedule task = new TaskSchedule(d(2025, 9, 1), d(2025, 12, 31), 120.0, List.of(
                Milestone.quantity(d(2025, 10, 17), 60), Milestone.quantity(d(2025, 9, 26), 30)));
        // Working days after 09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13 .. 10-17 = 11
        int span = calendar.workingDaysBetween(d(2025, 9, 26), d(2025, 10, 17));
        assertThat(span).isEqualTo(11);
        assertThat(progress.plannedPercent(task, d(2025, 9, 26))).isCloseTo(25.0, EXACT);
        assertThat(progress.plannedPercent(task, d(2025, 10, 5))).isCloseTo(25.0 + 25.0 * 3 / 11, EXACT);
        assertThat(progress.plannedPercent(task, d(2025, 10, 9))).isCloseTo(25.0 + 25.0 * 4 / 11, EXACT);
        assertThat(progress.plannedPercent(task, d(2025, 10, 17))).isCloseTo(50.0, EXACT);
    }

    @Test
    void beforeTheFirstMilestoneThePlanRisesFromZeroAtTheStart() {
        TaskSchedule task = new TaskSchedule(d(2025, 11, 3), d(2025, 12, 31), null,
                List.of(Milestone.percent(d(2025, 11, 14), 40)));
        assertThat(progress.plannedPercent(task, d(2025, 11, 7))).isCloseTo(40.0 * 4 / 9, EXACT);
    }

    @Test
    void afterTheLastMilestoneThePlanClimbsToHundredAtTheDeadline() {
        // 60% by Fri 11-14, deadline Fri 11-28: ten working days left, five of them gone by Fri 11-21.
        TaskSchedule task = new TaskSchedule(d(2025, 11, 3), d(2025, 11, 28), null,
                List.of(Milestone.percent(d(2025, 11, 14), 60)));
        assertThat(progress.plannedPercent(task, d(2025, 11, 21))).isCloseTo(60.0 + 40.0 * 5 / 10, EXACT);
    }

    @Test
    void aMilestoneQuantityAboveTheTargetCountsAsHundredPercent() {
        TaskSchedule task = new TaskSchedule(d(2025, 11, 3), d(2025, 11, 28), 50.0,
                List.of(Milestone.quantity(d(2025, 11, 14), 80)));
        assertThat(progress.plannedPercent(task, d(2025, 11, 14))).isEqualTo(100.0);
        assertThat(progress.plannedPercent(task, d(2025, 11, 20))).isEqualTo(100.0);
    }

    @Test
    void milestonesOutsideStartAndDeadlineDoNotBendThePlan() {
        TaskSchedule plain = TaskSchedule.linear(d(2025, 11, 3), d(2025, 11, 14));
        TaskSchedule withStray = new TaskSchedule(d(2025, 11, 3), d(2025, 11, 14), null, List.of(
                Milestone.percent(d(2025, 10, 31), 50), Milestone.percent(d(2025, 11, 14), 70),
                Milestone.percent(d(2025, 11, 20), 90)));
        for (LocalDate day = d(2025, 11, 1); day.isBefore(d(2025, 11, 16)); day = day.plusDays(1)) {
            assertThat(progress.plannedPercent(withStray, day)).isEqualTo(progress.plannedPercent(plain, day));
        }
    }

    @Test
    void aTaskSpanningOnlyHolidaysStaysAtZeroUntilItsDeadline() {
        TaskSchedule task = TaskSchedule.linear(d(2025, 9, 30), d(2025, 10, 8));
        assertThat(progress.plannedPercent(task, d(2025, 10, 7))).isZero();
        assertThat(progress.plannedPercent(task, d(2025, 10, 8))).isEqualTo(100.0);
    }

    @Test
    void aOneDayTaskIsDueInFullOnItsOnlyDay() {
        TaskSchedule task = TaskSchedule.linear(d(2025, 11, 5), d(2025, 11, 5));
        assertThat(progress.plannedPercent(task, d(2025, 11, 4))).isZero();
        assertThat(progress.plannedPercent(task, d(2025, 11, 5))).isEqualTo(100.0);
    }

    @Test
    void aQuantityMilestoneNeedsAQuantifiedTarget() {
        assertThatThrownBy(() -> new TaskSchedule(d(2025, 11, 3), d(2025, 11, 28), null,
                List.of(Milestone.quantity(d(2025, 11, 14), 10)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeadlineBeforeTheStartIsRejected() {
        assertThatThrownBy(() -> TaskSchedule.linear(d(2025, 11, 3), d(2025, 11, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurveListsStartMilestonesAndDeadlineInOrder() {
        TaskSchedule task = new TaskSchedule(d(2025, 11, 3), d(2025, 11, 28), 200.0, List.of(
                Milestone.quantity(d(2025, 11, 21), 150), Milestone.quantity(d(2025, 11, 14), 50)));
        assertThat(progress.curve(task)).containsExactly(
                new ScheduleProgress.PlanPoint(d(2025, 11, 3), 0.0),
                new ScheduleProgress.PlanPoint(d(2025, 11, 14), 25.0),
                new ScheduleProgress.PlanPoint(d(2025, 11, 21), 75.0),
                new ScheduleProgress.PlanPoint(d(2025, 11, 28), 100.0));
    }
}
