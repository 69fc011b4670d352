package cn.luoshi.reminders;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a {@link ReminderSource} needs to decide what is due: the moment of the pass, today in China, and the
 * working-day calendar in force (with the district's overrides).
 */
public record ReminderContext(Instant now, LocalDate today, WorkingDayCalendar calendar) {
}
