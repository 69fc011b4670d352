package cn.luoshi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A local adjustment of the calendar by a district (本地调整): an extra day off (e.g. a local festival) or an extra
 * working day. Overrides win over the State Council data and apply in any year, covered or not.
 *
 * @param date    the day
 * @param working {@code true} if the day is worked, {@code false} if it is a day off
 * @param note    why, shown to users, e.g. 区运动会放假
 */
public record DayOverride(LocalDate date, boolean working, String note) {

    public DayOverride {
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note;
    }
}
