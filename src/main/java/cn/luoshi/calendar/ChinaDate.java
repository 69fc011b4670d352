package cn.luoshi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for business rules is the date in Beijing time (北京时间), whatever the server's time zone: at 00:30
 * Beijing time it is already the next working day although a UTC server still shows the previous date.
 */
public final class ChinaDate {

    /** China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaDate() {
    }

    /** Today's date in Beijing time according to {@code clock} (inject a fixed clock in tests). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
