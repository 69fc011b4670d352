package cn.luoshi.org;

import java.time.Duration;
import java.time.Instant;

/**
 * 登录失败限制 (login throttling): after a few failed sign-ins an account must wait between attempts (放慢), after
 * {@code maxFailures} it is locked (锁定) for a while. Failures older than the window are forgotten; a lock that has
 * run out starts the count again. Plain Java: the caller passes the instant, so tests move time by passing another.
 *
 * @param maxFailures failures that lock (0 = never lock)
 * @param lock how long a lock lasts
 * @param slowAfter failures after which the next attempt must wait (0 = never slow down)
 * @param delay the first wait; it doubles with every further failure, up to a minute
 * @param window failures older than this (since the last one) are forgotten
 */
public record LoginThrottleRule(int maxFailures, Duration lock, int slowAfter, Duration delay, Duration window) {

    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    /** What is known about one account or address: consecutive failures, the last one, and a lock. */
    public record Attempts(int failures, Instant lastFailureAt, Instant lockedUntil) {
        public static final Attempts NONE = new Attempts(0, null, null);
    }

    /** May a sign-in be tried now: yes, not before {@code until} (放慢), or locked until {@code until} (锁定). */
    public record Verdict(Kind kind, Instant until) {
        public enum Kind { ALLOW, WAIT, LOCKED }

        static final Verdict ALLOW = new Verdict(Kind.ALLOW, null);

        public boolean allowed() {
            return kind == Kind.ALLOW;
        }
    }

    public Verdict check(Attempts a, Instant now) {
        if (a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
            return new Verdict(Verdict.Kind.LOCKED, a.lockedUntil());
        }
        int failures = current(a, now).failures();
        if (slowAfter > 0 && failures >= slowAfter && a.lastFailureAt() != null) {
            Instant next = a.lastFailureAt().plus(waitAfter(failures));
            if (now.isBefore(next)) {
                return new Verdict(Verdict.Kind.WAIT, next);
            }
        }
        return Verdict.ALLOW;
    }

    /** The state after one more failure at {@code now}; locked when it reaches {@code maxFailures}. */
    public Attempts afterFailure(Attempts a, Instant now) {
        int failures = current(a, now).failures() + 1;
        Instant until = maxFailures > 0 && failures >= maxFailures ? now.plus(lock) : null;
        return new Attempts(failures, now, until);
    }

    /** The wait after {@code failures} failures: delay, 2×delay, 4×delay … at most a minute. */
    Duration waitAfter(int failures) {
        int doublings = Math.min(failures - slowAfter, 16);
        Duration d = delay.multipliedBy(1L << Math.max(doublings, 0));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /** Forgets failures older than the window and an expired lock. */
    private Attempts current(Attempts a, Instant now) {
        boolean lockOver = a.lockedUntil() != null && !now.isBefore(a.lockedUntil());
        boolean stale = a.lastFailureAt() != null && !now.isBefore(a.lastFailureAt().plus(window));
        return lockOver || stale ? Attempts.NONE : a;
    }
}
