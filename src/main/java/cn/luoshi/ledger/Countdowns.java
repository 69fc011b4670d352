package cn.luoshi.ledger;

import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.ledger.light.Countdown;
import cn.luoshi.ledger.light.StoredReason;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 倒计时 worked out when a light is shown, for today: O(1) with the calendar, and not stored, because a stored count
 * changed every working day and made each day's first lights pass rewrite every open task (docs/decisions.md 52).
 */
@Component
class Countdowns {

    private final WorkingCalendars calendars;
    private final Clock clock;

    Countdowns(WorkingCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The countdown of a task that has a light and is still open (null otherwise: closed, no deadline, unlit). */
    Countdown of(boolean lit, TaskStatus status, LocalDate deadline) {
        if (!lit || deadline == null || status.isClosed()) {
            return null;
        }
        return Countdown.of(calendars.current(), ChinaDate.today(clock), deadline);
    }

    /** The stored reason of a task's light in words for today; null when there is no light. */
    String reason(String stored, boolean deadlineFinding, TaskStatus status, LocalDate deadline) {
        return reason(stored, deadlineFinding, of(stored != null, status, deadline));
    }

    /** The stored reason in words for today; null when there is no light. */
    static String reason(String stored, boolean deadlineFinding, Countdown countdown) {
        return stored == null ? null : new StoredReason(deadlineFinding, stored).shown(countdown);
    }
}
