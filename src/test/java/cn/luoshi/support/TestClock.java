package cn.luoshi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one clock of every test context: it starts at a fixed instant — Monday 7 December 2026, 10:00 in China, or
 * {@code -Dluoshi.test.now=2027-03-15T10:00:00+08:00} — and ticks with elapsed time (System.nanoTime, never the
 * machine's date), so no test depends on the day the suite runs. Tests may move it ({@link #advance}, {@link #set});
 * a test that moves it puts it back with {@link #reset} (all integration tests share one context).
 */
public final class TestClock extends Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Where the clock starts. */
    public static final Instant START = OffsetDateTime.parse(
            System.getProperty("luoshi.test.now", "2026-12-07T10:00:00+08:00")).toInstant();

    private static final TestClock INSTANCE = new TestClock(CHINA);
    private static final long ORIGIN_NANOS = System.nanoTime();
    private static volatile Duration shift = Duration.ZERO;

    private final ZoneId zone;

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** The shared clock, in China's zone. */
    public static TestClock get() {
        return INSTANCE;
    }

    /** The date the suite runs "on" (the start date; tests that move the clock use {@link #today()}). */
    public static LocalDate startDate() {
        return LocalDate.ofInstant(START, CHINA);
    }

    /** Today by this clock, in China. */
    public static LocalDate today() {
        return LocalDate.ofInstant(INSTANCE.instant(), CHINA);
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public static void advance(Duration d) {
        shift = shift.plus(d);
    }

    /** Puts the clock at {@code t}; it goes on ticking from there. */
    public static void set(Instant t) {
        shift = shift.plus(Duration.between(INSTANCE.instant(), t));
    }

    /** Back to the start instant plus the time elapsed since the suite began. */
    public static void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return z.equals(zone) ? this : new TestClock(z);
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - ORIGIN_NANOS).plus(shift);
    }
}
