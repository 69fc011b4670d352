package cn.luoshi.reminders;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When an e-mail or robot message may first be sent: now, at the end of the quiet hours (免打扰) that hold now, or
 * at the recipient's digest hour (每日汇总, itself moved out of quiet hours should they cover it). In-app
 * notifications never wait.
 */
public final class DeliveryTiming {

    private DeliveryTiming() {
    }

    /** First attempt at {@code at}; {@code hold} says why it is later than now (or null). */
    public record Plan(Instant at, Hold hold) {
    }

    /** An e-mail to a user with preference {@code p}, created at {@code now}. */
    public static Plan email(ZonedDateTime now, Preference p) {
        QuietHours quiet = p.quietHours();
        if (p.digestEnabled()) {
            ZonedDateTime at = DigestSchedule.sendAt(now, p.digestHour());
            return new Plan((quiet == null ? at : quiet.release(at)).toInstant(), Hold.DIGEST);
        }
        return quietly(now, quiet);
    }

    /** A group-robot message under the configured quiet hours (null: none). */
    public static Plan robot(ZonedDateTime now, QuietHours quiet) {
        return quietly(now, quiet);
    }

    private static Plan quietly(ZonedDateTime now, QuietHours quiet) {
        if (quiet != null && quiet.contains(now.toLocalTime())) {
            return new Plan(quiet.release(now).toInstant(), Hold.QUIET);
        }
        return new Plan(now.toInstant(), null);
    }
}
