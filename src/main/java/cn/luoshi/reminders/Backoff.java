package cn.luoshi.reminders;

import java.time.Duration;

/**
 * 失败重试 with exponential back-off: after the n-th failed attempt the next one waits {@code first × 2^(n-1)},
 * at most {@code max}; after {@code maxAttempts} failures the delivery is given up (发送失败) with its last error.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid back-off " + first + " " + max + " " + maxAttempts);
        }
    }

    public static Backoff defaults() {
        return new Backoff(Duration.ofMinutes(1), Duration.ofHours(2), 10);
    }

    /** The wait after {@code failures} failed attempts (≥ 1). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures " + failures);
        }
        int shift = Math.min(failures - 1, 30);
        Duration d = first.multipliedBy(1L << shift);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** Whether a delivery that has failed {@code failures} times is given up. */
    public boolean givesUpAfter(int failures) {
        return failures >= maxAttempts;
    }
}
