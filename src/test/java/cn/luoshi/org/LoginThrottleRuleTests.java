package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.LoginThrottleRule.Attempts;
import cn.luoshi.org.LoginThrottleRule.Verdict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleRuleTests {

    private final LoginThrottleRule rule = new LoginThrottleRule(5, Duration.ofMinutes(15), 3, Duration.ofSeconds(1),
            Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-02T01:00:00Z");

    private Attempts fail(int times, Instant start, Duration gap) {
        Attempts a = Attempts.NONE;
        for (int i = 0; i < times; i++) {
            a = rule.afterFailure(a, start.plus(gap.multipliedBy(i)));
        }
        return a;
    }

    @Test
    void twoFailuresDoNotSlowDown() {
        assertThat(rule.check(fail(2, t0, Duration.ZERO), t0).allowed()).isTrue();
    }

    @Test
    void fromTheThirdFailureTheNextTryWaitsAndTheWaitDoubles() {
        Attempts three = fail(3, t0, Duration.ZERO);
        assertThat(rule.check(three, t0.plusMillis(500))).isEqualTo(new Verdict(Verdict.Kind.WAIT, t0.plusSeconds(1)));
        assertThat(rule.check(three, t0.plusSeconds(1)).allowed()).isTrue();
        Attempts four = rule.afterFailure(three, t0.plusSeconds(1));
        assertThat(rule.check(four, t0.plusSeconds(2))).isEqualTo(new Verdict(Verdict.Kind.WAIT, t0.plusSeconds(3)));
        assertThat(rule.waitAfter(40)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        Attempts five = fail(5, t0, Duration.ofSeconds(10));
        Instant last = t0.plusSeconds(40);
        assertThat(five.lockedUntil()).isEqualTo(last.plus(Duration.ofMinutes(15)));
        assertThat(rule.check(five, last.plus(Duration.ofMinutes(14))).kind()).isEqualTo(Verdict.Kind.LOCKED);
        assertThat(rule.check(five, last.plus(Duration.ofMinutes(15))).allowed()).isTrue();
        // After the lock the count starts again.
        assertThat(rule.afterFailure(five, last.plus(Duration.ofMinutes(16))).failures()).isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        Attempts four = fail(4, t0, Duration.ofSeconds(30));
        Attempts later = rule.afterFailure(four, t0.plus(Duration.ofMinutes(20)));
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.lockedUntil()).isNull();
    }

    @Test
    void anAddressRuleWithoutSlowDownOnlyLocks() {
        LoginThrottleRule address = new LoginThrottleRule(50, Duration.ofMinutes(15), 0, Duration.ZERO,
                Duration.ofMinutes(15));
        Attempts a = Attempts.NONE;
        for (int i = 0; i < 49; i++) {
            a = address.afterFailure(a, t0);
        }
        assertThat(address.check(a, t0).allowed()).isTrue();
        a = address.afterFailure(a, t0);
        assertThat(address.check(a, t0).kind()).isEqualTo(Verdict.Kind.LOCKED);
    }
}
