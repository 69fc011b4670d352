package cn.luoshi.reminders;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * 每日汇总 — instead of one e-mail per reminder, one e-mail a day at the chosen hour collecting every reminder
 * created since the previous one. A reminder created before today's hour goes into today's digest, one created at or
 * after it into tomorrow's.
 */
public final class DigestSchedule {

    private DigestSchedule() {
    }

    /** When the digest that collects a reminder created at {@code created} is sent. */
    public static ZonedDateTime sendAt(ZonedDateTime created, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("digest hour " + hour);
        }
        ZonedDateTime today = created.with(LocalTime.of(hour, 0));
        return created.isBefore(today) ? today : today.plusDays(1);
    }
}
