package cn.luoshi.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holiday arrangement of one year (年度节假日安排): the statutory days off and the 调休 make-up working days of
 * the State Council notice for that year.
 *
 * @param year           the calendar year
 * @param notice         where the notice was published (URL), may be {@code null}
 * @param holidays       blocks of days off
 * @param makeUpWorkdays weekend days that are worked
 */
public record YearArrangement(int year, String notice, List<HolidayPeriod> holidays,
                              List<MakeUpWorkday> makeUpWorkdays) {

    public YearArrangement {
        holidays = List.copyOf(holidays);
        makeUpWorkdays = List.copyOf(makeUpWorkdays);
        Set<LocalDate> seen = new HashSet<>();
        for (HolidayPeriod period : holidays) {
            for (LocalDate date : period.dates()) {
                requireInYear(year, date);
                if (!seen.add(date)) {
                    throw new IllegalArgumentException("day listed twice in " + year + ": " + date);
                }
            }
        }
        for (MakeUpWorkday day : makeUpWorkdays) {
            requireInYear(year, day.date());
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException("day is both off and worked in " + year + ": " + day.date());
            }
        }
    }

    private static void requireInYear(int year, LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " listed under year " + year);
        }
    }
}
