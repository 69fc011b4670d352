package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 汇报频次 on the real 2025–2026 calendar, 调休 included. */
class ReportCycleTests {

    static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();

    @Test
    void septembersMonthlyReportIsDueOnTheFifthWorkingDayOfOctoberCountingTheMakeUpSaturday() {
        // 2025: 10.1–10.8 off, Saturday 10.11 worked: 10.9, 10.10, 10.11, 10.13, 10.14 — the 5th is 10.14.
        var sep = ReportCycle.MONTHLY.periodContaining(LocalDate.of(2025, 9, 18), CAL);
        assertThat(sep.key()).isEqualTo("2025-09");
        assertThat(sep.label()).isEqualTo("2025年9月");
        assertThat(sep.due()).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void aReportFiledEarlyInTheNextMonthIsForThePreviousMonth() {
        assertThat(ReportCycle.MONTHLY.periodReportedOn(LocalDate.of(2026, 11, 3), CAL).key()).isEqualTo("2026-10");
        assertThat(ReportCycle.MONTHLY.periodReportedOn(LocalDate.of(2026, 11, 20), CAL).key()).isEqualTo("2026-11");
        // The due day itself still counts for the previous month: 5th working day of Nov 2026 is 11-06.
        assertThat(ReportCycle.MONTHLY.periodContaining(LocalDate.of(2026, 10, 1), CAL).due())
                .isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(ReportCycle.MONTHLY.periodReportedOn(LocalDate.of(2026, 11, 6), CAL).key()).isEqualTo("2026-10");
        assertThat(ReportCycle.MONTHLY.periodReportedOn(LocalDate.of(2026, 11, 9), CAL).key()).isEqualTo("2026-11");
    }

    @Test
    void theLastDuePeriodIsTheOneWhoseDueDateHasPassed() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(ReportCycle.MONTHLY.lastDuePeriod(LocalDate.of(2026, 1, 1), today, CAL).key()).isEqualTo("2026-10");
        assertThat(ReportCycle.QUARTERLY.lastDuePeriod(LocalDate.of(2026, 1, 1), today, CAL).key()).isEqualTo("2026-Q3");
        assertThat(ReportCycle.WEEKLY.lastDuePeriod(LocalDate.of(2026, 1, 1), today, CAL).key()).isEqualTo("2026-W46");
        assertThat(ReportCycle.SEMI_MONTHLY.lastDuePeriod(LocalDate.of(2026, 1, 1), today, CAL).key())
                .isEqualTo("2026-11-上");
    }

    @Test
    void aTaskStartedAfterThePeriodOwesNoReportForIt() {
        assertThat(ReportCycle.MONTHLY.lastDuePeriod(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 22), CAL))
                .isNull();
    }

    @Test
    void aWeeklyReportAfterASpringFestivalWeekIsDueOnTheFirstWorkingDayAfterIt() {
        // 2026 春节: 2.15–2.23 off; the week of 2.16 is due on the next working day, 2.24.
        var week = ReportCycle.WEEKLY.periodContaining(LocalDate.of(2026, 2, 18), CAL);
        assertThat(week.due()).isEqualTo(LocalDate.of(2026, 2, 24));
    }
}
