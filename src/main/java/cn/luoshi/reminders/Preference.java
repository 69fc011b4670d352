package cn.luoshi.reminders;

import java.time.LocalTime;

/**
 * A user's notification settings (消息设置): e-mail address and whether to use it, quiet hours (免打扰), and the
 * daily digest (每日汇总) hour. In-app notifications cannot be turned off: they are the record that a unit was
 * reminded.
 */
public record Preference(long userId, String email, boolean emailEnabled, boolean quietEnabled, LocalTime quietStart,
        LocalTime quietEnd, boolean digestEnabled, int digestHour, int version) {

    /** The settings of a user who never saved any: no e-mail, the configured quiet hours, no digest. */
    static Preference defaults(long userId, QuietHours quiet) {
        return new Preference(userId, null, false, true, quiet.start(), quiet.end(), false, 17, -1);
    }

    /** Quiet hours in force, or null when turned off. */
    public QuietHours quietHours() {
        return quietEnabled ? new QuietHours(quietStart, quietEnd) : null;
    }

    /** Whether e-mails go out (an address and the switch on). */
    public boolean mails() {
        return emailEnabled && email != null;
    }
}
