package cn.luoshi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekend day that is a working day because of 调休 (make-up working day, 调休上班).
 *
 * @param date       the Saturday or Sunday that is worked
 * @param forHoliday the holiday it makes up for, e.g. 春节
 */
public record MakeUpWorkday(LocalDate date, String forHoliday) {

    public MakeUpWorkday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(forHoliday, "forHoliday");
        // A make-up day on a weekday would change nothing: it signals a data error.
        DayOfWeek dow = date.getDayOfWeek();
        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("make-up working day " + date + " is not a weekend day");
        }
    }
}
