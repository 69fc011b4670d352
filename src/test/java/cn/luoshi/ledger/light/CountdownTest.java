package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.luoshi.calendar.WorkingDayCalendar;

class CountdownTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void theWorkedSundayCountsAsARemainingWorkingDay() {
        // Fri 09-26 -> Tue 09-30: Sun 09-28 (调休), Mon 09-29, Tue 09-30
        Countdown countdown = Countdown.of(calendar, d(2025, 9, 26), d(2025, 9, 30));
        assertThat(countdown.state()).isEqualTo(Countdown.State.REMAINING);
        assertThat(countdown.workingDays()).isEqualTo(3);
        assertThat(countdown.text()).isEqualTo("剩余3个工作日");
        assertThat(countdown.reasonText()).isEqualTo("距完成时限还剩3个工作日");
    }

    @Test
    void onTheDeadlineItIsDueToday() {
        Countdown countdown = Countdown.of(calendar, d(2025, 10, 9), d(2025, 10, 9));
        assertThat(countdown.state()).isEqualTo(Countdown.State.DUE_TODAY);
        assertThat(countdown.text()).isEqualTo("今日到期");
    }

    @Test
    void theHolidayDoesNotCountTowardsBeingOverdue() {
        Countdown countdown = Countdown.of(calendar, d(2025, 10, 9), d(2025, 9, 30));
        assertThat(countdown.overdue()).isTrue();
        assertThat(countdown.overdueWorkingDays()).isEqualTo(1);
        assertThat(countdown.workingDays()).isEqualTo(-1);
        assertThat(countdown.text()).isEqualTo("已逾期1个工作日");
    }

    @Test
    void duringTheHolidayRightAfterTheDeadlineTheTaskIsOverdueByLessThanOneWorkingDay() {
        Countdown countdown = Countdown.of(calendar, d(2025, 10, 3), d(2025, 9, 30));
        assertThat(countdown.overdue()).isTrue();
        assertThat(countdown.overdueWorkingDays()).isZero();
        assertThat(countdown.text()).isEqualTo("已逾期不足1个工作日");
    }

    @Test
    void aDeadlineOnAHolidayWithNoWorkingDayBeforeItLeavesLessThanOneWorkingDay() {
        Countdown countdown = Countdown.of(calendar, d(2025, 9, 30), d(2025, 10, 5));
        assertThat(countdown.state()).isEqualTo(Countdown.State.REMAINING);
        assertThat(countdown.text()).isEqualTo("剩余不足1个工作日");
        assertThat(countdown.reasonText()).isEqualTo("距完成时限不足1个工作日");
    }
}
