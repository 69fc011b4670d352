package cn.luoshi.supervision;

import java.time.LocalDate;

/** A 整改事项 the owner unit still has to work on (待整改/整改中), for reminders. */
public record OpenRectification(long id, long unitId, LocalDate deadline, String title) {
}
