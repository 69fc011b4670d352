package cn.luoshi.calendar;

import java.time.LocalDate;

/**
 * What the calendar knows about one day.
 *
 * @param date the day
 * @param kind why it is or is not worked
 * @param note holiday name or override note; empty for ordinary days
 */
public record DayInfo(LocalDate date, DayKind kind, String note) {

    public boolean working() {
        return kind.working();
    }
}
