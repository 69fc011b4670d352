package cn.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    // --- 调休 and holidays --------------------------------------------------------------------------------------

    @Test
    void sundayBeforeNationalDay2025IsAMakeUpWorkingDay() {
        assertThat(calendar.isWorkingDay(d(2025, 9, 28))).isTrue();
        assertThat(calendar.dayInfo(d(2025, 9, 28)).kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
        assertThat(calendar.dayInfo(d(2025, 9, 28)).note()).contains("国庆节");
    }

    @Test
    void noDayOfTheNationalDayBreak2025IsWorkedAndWorkResumesOnTheNinth() {
        for (LocalDate day = d(2025, 10, 1); !day.isAfter(d(2025, 10, 8)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
            assertThat(calendar.dayInfo(day).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        }
        assertThat(calendar.isWorkingDay(d(2025, 10, 9))).isTrue();
        assertThat(calendar.isWorkingDay(d(2025, 10, 11))).as("Saturday 10-11 is worked").isTrue();
    }

    @Test
    void anOrdinarySaturdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(d(2025, 10, 18))).isFalse();
        assertThat(calendar.dayInfo(d(2025, 10, 18)).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void onlyOneWorkingDayPassesOverTheWholeNationalDayBreak() {
        assertThat(calendar.workingDaysBetween(d(2025, 9, 30), d(2025, 10, 9))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d(2025, 10, 9), d(2025, 9, 30))).isEqualTo(-1);
    }

    @Test
    void countingAcrossSpringFestival2026IncludesBothWorkedSaturdays() {
        // Fri 02-13 -> Mon 03-02: Sat 02-14, Tue 02-24..Fri 02-27, Sat 02-28, Mon 03-02
        assertThat(calendar.workingDaysBetween(d(2026, 2, 13), d(2026, 3, 2))).isEqualTo(7);
        assertThat(calendar.addWorkingDays(d(2026, 2, 13), 1)).isEqualTo(d(2026, 2, 14));
        assertThat(calendar.addWorkingDays(d(2026, 2, 13), 2)).isEqualTo(d(2026, 2, 24));
        assertThat(calendar.countWorkingDays(d(2026, 2, 15), d(2026, 2, 23))).isZero();
    }

    // --- counting semantics --------------------------------------------------------------------------------------

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        // Mon 2025-11-03 .. Fri 2025-11-07: Tue, Wed, Thu, Fri
        assertThat(calendar.workingDaysBetween(d(2025, 11, 3), d(2025, 11, 7))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(d(2025, 11, 3), d(2025, 11, 3))).isZero();
        // Fri -> Sat -> Sun adds nothing, Monday adds one
        assertThat(calendar.workingDaysBetween(d(2025, 11, 7), d(2025, 11, 9))).isZero();
        assertThat(calendar.workingDaysBetween(d(2025, 11, 7), d(2025, 11, 10))).isEqualTo(1);
    }

    @Test
    void countWorkingDaysIncludesBothEnds() {
        assertThat(calendar.countWorkingDays(d(2025, 11, 3), d(2025, 11, 7))).isEqualTo(5);
        assertThat(calendar.countWorkingDays(d(2025, 11, 8), d(2025, 11, 9))).isZero();
        assertThat(calendar.countWorkingDays(d(2025, 11, 7), d(2025, 11, 3))).isZero();
    }

    @Test
    void addingOneWorkingDayToTheFridayBeforeNationalDayLandsOnTheWorkedSunday() {
        assertThat(calendar.addWorkingDays(d(2025, 9, 26), 1)).isEqualTo(d(2025, 9, 28));
        assertThat(calendar.addWorkingDays(d(2025, 9, 28), 2)).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.addWorkingDays(d(2025, 9, 28), 3)).isEqualTo(d(2025, 10, 9));
    }

    @Test
    void addingZeroWorkingDaysKeepsAWorkingDayAndRollsAHolidayForward() {
        assertThat(calendar.addWorkingDays(d(2025, 9, 30), 0)).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.addWorkingDays(d(2025, 10, 1), 0)).isEqualTo(d(2025, 10, 9));
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2025, 10, 5))).isEqualTo(d(2025, 10, 9));
    }

    @Test
    void subtractingWorkingDaysCountsStrictlyBackwardsOverTheBreak() {
        assertThat(calendar.addWorkingDays(d(2025, 10, 9), -1)).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.addWorkingDays(d(2025, 10, 9), -3)).isEqualTo(d(2025, 9, 28));
        assertThat(calendar.addWorkingDays(d(2025, 10, 4), -1)).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.previousWorkingDayOnOrBefore(d(2025, 10, 4))).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.previousWorkingDayOnOrBefore(d(2025, 9, 30))).isEqualTo(d(2025, 9, 30));
    }

    @Test
    void indexedCountingAgreesWithCountingDayByDayIncludingFallbackYearsAndOverrides() {
        WorkingDayCalendar withOverrides = WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(2025, 6, 10), false, "区庆"),
                new DayOverride(d(2027, 3, 6), true, "补班"),
                new DayOverride(d(2027, 3, 8), false, "本地放假")));
        Random random = new Random(20251001);
        LocalDate origin = d(2022, 6, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate a = origin.plusDays(random.nextInt(365 * 7));
            LocalDate b = a.plusDays(random.nextInt(400) - 200);
            assertThat(withOverrides.workingDaysBetween(a, b)).as("%s..%s", a, b).isEqualTo(naiveBetween(withOverrides, a, b));
            int n = random.nextInt(61) - 30;
            assertThat(withOverrides.addWorkingDays(a, n)).as("%s %+d", a, n).isEqualTo(naiveAdd(withOverrides, a, n));
        }
    }

    @Test
    void addingThenCountingGivesBackTheSameNumberOfWorkingDays() {
        LocalDate from = d(2026, 2, 10);
        for (int n = 1; n <= 40; n++) {
            assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
        }
    }

    // --- nth working day of month ------------------------------------------------------------------------------

    @Test
    void theFifthWorkingDayOfOctober2025IsTheFourteenthBecauseOfTheBreakAndTheWorkedSaturday() {
        // 10-09 Thu, 10-10 Fri, 10-11 Sat (worked), 10-13 Mon, 10-14 Tue
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2025, 10), 5)).isEqualTo(d(2025, 10, 14));
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2025, 10), 1)).isEqualTo(d(2025, 10, 9));
    }

    @Test
    void everyNthWorkingDayOfEveryMonthAgreesWithListingTheMonthsWorkingDays() {
        for (YearMonth month = YearMonth.of(2024, 1); month.isBefore(YearMonth.of(2028, 1)); month = month.plusMonths(1)) {
            List<LocalDate> workingDays = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                    .filter(calendar::isWorkingDay).toList();
            assertThat(calendar.workingDaysInMonth(month)).isEqualTo(workingDays.size());
            for (int n = 1; n <= workingDays.size(); n++) {
                assertThat(calendar.nthWorkingDayOfMonth(month, n)).isEqualTo(workingDays.get(n - 1));
                assertThat(calendar.nthWorkingDayOfMonth(month, -n)).isEqualTo(workingDays.get(workingDays.size() - n));
            }
        }
    }

    @Test
    void negativeNCountsFromTheEndOfTheMonth() {
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2025, 9), -1)).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 2), -1)).isEqualTo(d(2026, 2, 28));
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 2), -2)).isEqualTo(d(2026, 2, 27));
    }

    @Test
    void askingForMoreWorkingDaysThanTheMonthHasIsAnError() {
        int days = calendar.workingDaysInMonth(YearMonth.of(2026, 2));
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 2), days).getMonthValue()).isEqualTo(2);
        assertThatThrownBy(() -> calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 2), days + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 2), -days - 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- fallback years ------------------------------------------------------------------------------------------

    @Test
    void aYearWithoutDataFallsBackToMondayToFridayAndSaysSo() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
        // New Year's Day 2027 is a Friday: without the notice it counts as a working day.
        assertThat(calendar.isWorkingDay(d(2027, 1, 1))).isTrue();
        assertThat(calendar.isWorkingDay(d(2027, 1, 2))).isFalse();
        assertThat(calendar.missingYears(d(2026, 12, 1), d(2027, 2, 1))).containsExactly(2027);
        assertThat(calendar.fallbackWarning(d(2026, 12, 1), d(2027, 2, 1)))
                .hasValue("2027年法定节假日安排尚未录入，按周一至周五计算工作日");
        assertThat(calendar.fallbackWarning(d(2025, 1, 1), d(2026, 12, 31))).isEmpty();
    }

    @Test
    void severalMissingYearsAreListedTogether() {
        assertThat(calendar.missingYears(d(2028, 5, 1), d(2023, 5, 1))).containsExactly(2023, 2027, 2028);
        assertThat(calendar.fallbackWarning(d(2027, 5, 1), d(2028, 5, 1)))
                .hasValue("2027、2028年法定节假日安排尚未录入，按周一至周五计算工作日");
    }

    @Test
    void countingRunsSmoothlyFromACoveredYearIntoAFallbackYear() {
        // Thu 2026-12-31 -> Mon 2027-01-04: Fri 01-01 (no data, so worked) and Mon 01-04
        assertThat(calendar.workingDaysBetween(d(2026, 12, 31), d(2027, 1, 4))).isEqualTo(2);
        assertThat(calendar.addWorkingDays(d(2026, 12, 31), 1)).isEqualTo(d(2027, 1, 1));
    }

    @Test
    void aCalendarWithoutAnyDataCountsMondayToFriday() {
        WorkingDayCalendar plain = WorkingDayCalendar.of(HolidayData.empty(), List.of());
        assertThat(plain.isWorkingDay(d(2025, 10, 1))).isTrue();
        assertThat(plain.workingDaysBetween(d(2025, 9, 26), d(2025, 10, 10))).isEqualTo(10);
        assertThat(plain.missingYears(d(2025, 1, 1), d(2025, 12, 31))).containsExactly(2025);
    }

    // --- local overrides ------------------------------------------------------------------------------------------

    @Test
    void aLocalDayOffRemovesAWeekdayAndALocalWorkingDayAddsASaturday() {
        WorkingDayCalendar local = WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(2025, 11, 5), false, "区运动会"),
                new DayOverride(d(2025, 11, 8), true, "集中攻坚")));
        assertThat(local.isWorkingDay(d(2025, 11, 5))).isFalse();
        assertThat(local.dayInfo(d(2025, 11, 5))).isEqualTo(new DayInfo(d(2025, 11, 5), DayKind.LOCAL_DAY_OFF, "区运动会"));
        assertThat(local.isWorkingDay(d(2025, 11, 8))).isTrue();
        // Mon 11-03 .. Mon 11-10: national count 5, minus Wednesday, plus Saturday
        assertThat(calendar.workingDaysBetween(d(2025, 11, 3), d(2025, 11, 10))).isEqualTo(5);
        assertThat(local.workingDaysBetween(d(2025, 11, 3), d(2025, 11, 10))).isEqualTo(5);
        assertThat(local.addWorkingDays(d(2025, 11, 4), 1)).isEqualTo(d(2025, 11, 6));
    }

    @Test
    void aLocalOverrideWinsOverTheStateCouncilArrangement() {
        WorkingDayCalendar local = WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(2025, 10, 11), false, "本区不调休")));
        assertThat(calendar.isWorkingDay(d(2025, 10, 11))).isTrue();
        assertThat(local.isWorkingDay(d(2025, 10, 11))).isFalse();
        assertThat(local.workingDaysBetween(d(2025, 10, 10), d(2025, 10, 13)))
                .isEqualTo(calendar.workingDaysBetween(d(2025, 10, 10), d(2025, 10, 13)) - 1);
    }

    @Test
    void aLocalOverrideAppliesInAYearWithoutStateCouncilData() {
        WorkingDayCalendar local = WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(2027, 1, 1), false, "元旦（预设）")));
        assertThat(local.isWorkingDay(d(2027, 1, 1))).isFalse();
        assertThat(local.covers(2027)).as("an override does not make a year covered").isFalse();
        assertThat(local.workingDaysBetween(d(2026, 12, 31), d(2027, 1, 4))).isEqualTo(1);
    }

    @Test
    void anAdminEditReplacesTheLocalOverridesWithoutTouchingTheNationalData() {
        WorkingDayCalendar before = WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(2025, 11, 5), false, "区运动会")));
        WorkingDayCalendar after = before.withOverrides(List.of(new DayOverride(d(2025, 11, 6), false, "改期")));
        assertThat(before.isWorkingDay(d(2025, 11, 5))).isFalse();
        assertThat(after.isWorkingDay(d(2025, 11, 5))).isTrue();
        assertThat(after.isWorkingDay(d(2025, 11, 6))).isFalse();
        assertThat(after.isWorkingDay(d(2025, 10, 1))).isFalse();
        assertThat(after.overrides()).extracting(DayOverride::note).containsExactly("改期");
    }

    @Test
    void twoOverridesForTheSameDayAreRejected() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(2025, 11, 5), false, "a"), new DayOverride(d(2025, 11, 5), true, "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-11-05");
    }

    @Test
    void aMistypedOverrideYearIsRejectedInsteadOfIndexingMillenniums() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(HolidayData.chinaMainland(), List.of(
                new DayOverride(d(9025, 11, 5), false, "typo"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9025-11-05");
    }

    // --- today --------------------------------------------------------------------------------------------------

    @Test
    void todayIsTheBeijingDateEvenOnAUtcServer() {
        Clock lateSaturdayUtc = Clock.fixed(Instant.parse("2025-09-27T16:30:00Z"), ZoneOffset.UTC);
        LocalDate today = ChinaDate.today(lateSaturdayUtc);
        assertThat(today).isEqualTo(d(2025, 9, 28));
        assertThat(calendar.isWorkingDay(today)).isTrue();
    }

    // --- oracles -------------------------------------------------------------------------------------------------

    private static int naiveBetween(WorkingDayCalendar cal, LocalDate a, LocalDate b) {
        int sign = b.isBefore(a) ? -1 : 1;
        LocalDate lo = sign > 0 ? a : b;
        LocalDate hi = sign > 0 ? b : a;
        int count = 0;
        for (LocalDate day = lo.plusDays(1); !day.isAfter(hi); day = day.plusDays(1)) {
            if (cal.isWorkingDay(day)) {
                count++;
            }
        }
        return sign * count;
    }

    private static LocalDate naiveAdd(WorkingDayCalendar cal, LocalDate from, int n) {
        if (n == 0) {
            LocalDate day = from;
            while (!cal.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int step = n > 0 ? 1 : -1;
        int left = Math.abs(n);
        LocalDate day = from;
        while (left > 0) {
            day = day.plusDays(step);
            if (cal.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
