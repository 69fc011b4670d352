package cn.luoshi.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 一个环节的时钟: it starts at {@code start}, may run {@code limitMinutes} working minutes plus approved extensions
 * (延期), stops during approved pauses (挂起; a pause without an end is ongoing) and stops for good at {@code stoppedAt}.
 * Pauses and extensions count only once approved — an unapproved request changes nothing.
 */
public final class StageClock {

    /** An approved pause (挂起) from {@code from} to {@code to}; {@code to == null} while it lasts. */
    public record Pause(Instant from, Instant to) {
    }

    /** Share of the limit after which the light turns yellow (本地默认 80%). */
    public static final double YELLOW_SHARE = 0.8;

    private final WorkingClock clock;
    private final Instant start;
    private final long limitMinutes;
    private final List<Pause> pauses;
    private final Instant stoppedAt;

    public StageClock(WorkingClock clock, Instant start, long limitMinutes, long extensionMinutes, List<Pause> pauses,
            Instant stoppedAt) {
        this.clock = clock;
        this.start = start;
        this.limitMinutes = limitMinutes + Math.max(0, extensionMinutes);
        List<Pause> sorted = new ArrayList<>(pauses == null ? List.of() : pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        this.pauses = sorted;
        this.stoppedAt = stoppedAt;
    }

    /** The deadline (到期时间); {@code null} while a pause lasts (the clock is stopped). */
    public Instant due() {
        Instant cursor = start;
        long rest = limitMinutes;
        for (Pause p : pauses) {
            if (p.from().isBefore(cursor)) {
                if (p.to() == null) {
                    return null;
                }
                if (p.to().isAfter(cursor)) {
                    cursor = p.to();
                }
                continue;
            }
            Instant candidate = clock.plus(cursor, rest);
            if (!candidate.isAfter(p.from())) {
                return candidate;
            }
            rest -= clock.between(cursor, p.from());
            if (p.to() == null) {
                return null;
            }
            cursor = p.to();
        }
        return clock.plus(cursor, rest);
    }

    /** Working minutes used by {@code now} (or by the stop), pauses excluded. */
    public long used(Instant now) {
        Instant end = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
        long used = clock.betweenSeconds(start, end);
        for (Pause p : pauses) {
            Instant pe = p.to() == null || p.to().isAfter(end) ? end : p.to();
            Instant ps = p.from().isBefore(start) ? start : p.from();
            used -= clock.betweenSeconds(ps, pe);
        }
        return Math.max(0, used) / 60;
    }

    public boolean paused(Instant now) {
        return stoppedAt == null && pauses.stream().anyMatch(p -> !p.from().isAfter(now)
                && (p.to() == null || p.to().isAfter(now)));
    }

    /** The light at {@code now}. */
    public ClockLight light(Instant now) {
        long used = used(now);
        if (stoppedAt != null && !stoppedAt.isAfter(now)) {
            return used > limitMinutes ? ClockLight.LATE : ClockLight.DONE;
        }
        if (used > limitMinutes) {
            return ClockLight.RED;
        }
        if (paused(now)) {
            return ClockLight.PAUSED;
        }
        return used >= YELLOW_SHARE * limitMinutes ? ClockLight.YELLOW : ClockLight.GREEN;
    }

    /** Working minutes left (negative when overdue). */
    public long remaining(Instant now) {
        return limitMinutes - used(now);
    }

    public long limitMinutes() {
        return limitMinutes;
    }
}
