package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 12: a deadline on a rest day gets a warning (not an error), naming the day and the working day before. */
class RestDayWarningTest {

    final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    @Test
    void aSaturdayDeadlineIsWarnedAbout() {
        LocalDate saturday = LocalDate.of(2026, 6, 27);
        assertThat(LedgerRules.restDayWarning(saturday, calendar)).contains(
                "完成时限2026-06-27是休息日（周六），前一个工作日为2026-06-26，请确认");
    }

    @Test
    void aHolidayDeadlineNamesTheHoliday() {
        LocalDate nationalDay = LocalDate.of(2026, 10, 2);
        assertThat(LedgerRules.restDayWarning(nationalDay, calendar)).hasValueSatisfying(w ->
                assertThat(w).startsWith("完成时限2026-10-02是休息日（").contains("前一个工作日为2026-09-30"));
    }

    @Test
    void aWorkingDayOrNoDeadlineIsNot() {
        assertThat(LedgerRules.restDayWarning(LocalDate.of(2026, 6, 26), calendar)).isEmpty();
        assertThat(LedgerRules.restDayWarning(null, calendar)).isEmpty();
        // A 调休 Sunday (国庆节) is a working day: no warning.
        assertThat(LedgerRules.restDayWarning(LocalDate.of(2026, 9, 20), calendar)).isEmpty();
    }
}
