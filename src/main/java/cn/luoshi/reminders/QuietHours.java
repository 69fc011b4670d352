package cn.luoshi.reminders;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * 免打扰时段 — e.g. 22:00–07:30 (Asia/Shanghai): e-mail and group-robot messages created in it are held until it
 * ends; in-app notifications are recorded at once. A period may cross midnight (start after end). The start is inside
 * the period, the end is not: 22:00 is quiet, 07:30 is not.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours need a start different from the end");
        }
    }

    /** Whether {@code t} lies in the period. */
    public boolean contains(LocalTime t) {
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** {@code at} itself outside the period, else the end of the period that holds it (the next morning if need be). */
    public ZonedDateTime release(ZonedDateTime at) {
        LocalTime t = at.toLocalTime();
        if (!contains(t)) {
            return at;
        }
        ZonedDateTime endToday = at.with(end);
        // Crossing midnight and already past the start: the period ends tomorrow morning.
        return start.isAfter(end) && !t.isBefore(start) ? endToday.plusDays(1) : endToday;
    }

    /** "22:00—07:30". */
    public String text() {
        return start + "—" + end + (start.isAfter(end) ? "（次日）" : "");
    }
}
