package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** 免打扰时段, 每日汇总 and 失败重试: when e-mail and robot messages go out. */
class DeliveryTimingTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30));

    static ZonedDateTime at(int day, int h, int m) {
        return LocalDateTime.of(2026, 11, day, h, m).atZone(CHINA);
    }

    static Preference pref(boolean quiet, boolean digest, int hour) {
        return new Preference(5, "zhang@example.gov.cn", true, quiet, NIGHT.start(), NIGHT.end(), digest, hour, 0);
    }

    @Test
    void quietHoursCrossingMidnightHoldUntilSevenThirtyTheNextMorning() {
        assertThat(NIGHT.contains(LocalTime.of(21, 59))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 29))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 30))).isFalse();
        assertThat(NIGHT.release(at(23, 23, 15))).isEqualTo(at(24, 7, 30));
        assertThat(NIGHT.release(at(24, 3, 0))).isEqualTo(at(24, 7, 30));
        assertThat(NIGHT.release(at(24, 9, 0))).isEqualTo(at(24, 9, 0));
    }

    @Test
    void quietHoursWithinADay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(lunch.contains(LocalTime.of(11, 59))).isFalse();
        assertThat(lunch.release(at(23, 13, 0))).isEqualTo(at(23, 14, 0));
        assertThat(lunch.release(at(23, 14, 0))).isEqualTo(at(23, 14, 0));
        assertThat(lunch.text()).isEqualTo("12:00—14:00");
        assertThat(NIGHT.text()).isEqualTo("22:00—07:30（次日）");
    }

    @Test
    void quietHoursNeedTwoDifferentTimes() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmailInQuietHoursWaitsAndOutsideGoesAtOnce() {
        var night = DeliveryTiming.email(at(23, 22, 30), pref(true, false, 17));
        assertThat(night.hold()).isEqualTo(Hold.QUIET);
        assertThat(night.at()).isEqualTo(at(24, 7, 30).toInstant());
        var day = DeliveryTiming.email(at(23, 10, 0), pref(true, false, 17));
        assertThat(day.hold()).isNull();
        assertThat(day.at()).isEqualTo(at(23, 10, 0).toInstant());
        var noQuiet = DeliveryTiming.email(at(23, 22, 30), pref(false, false, 17));
        assertThat(noQuiet.hold()).isNull();
    }

    @Test
    void theDigestCollectsTheDayUntilItsHourThenTheNextDay() {
        assertThat(DigestSchedule.sendAt(at(23, 16, 59), 17)).isEqualTo(at(23, 17, 0));
        assertThat(DigestSchedule.sendAt(at(23, 17, 0), 17)).isEqualTo(at(24, 17, 0));
        assertThat(DigestSchedule.sendAt(at(23, 23, 40), 17)).isEqualTo(at(24, 17, 0));
        var plan = DeliveryTiming.email(at(23, 9, 0), pref(true, true, 17));
        assertThat(plan.hold()).isEqualTo(Hold.DIGEST);
        assertThat(plan.at()).isEqualTo(at(23, 17, 0).toInstant());
    }

    @Test
    void aDigestHourInsideQuietHoursIsMovedToTheirEnd() {
        var plan = DeliveryTiming.email(at(23, 9, 0), pref(true, true, 6));
        assertThat(plan.at()).isEqualTo(at(24, 7, 30).toInstant());
        assertThat(plan.hold()).isEqualTo(Hold.DIGEST);
    }

    @Test
    void robotsFollowTheConfiguredQuietHours() {
        assertThat(DeliveryTiming.robot(at(23, 6, 0), NIGHT).at()).isEqualTo(at(23, 7, 30).toInstant());
        assertThat(DeliveryTiming.robot(at(23, 8, 0), NIGHT).hold()).isNull();
        assertThat(DeliveryTiming.robot(at(23, 23, 0), null).hold()).isNull();
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCapAndThenGiveUp() {
        Backoff b = Backoff.defaults();
        assertThat(b.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(b.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(b.delayAfter(7)).isEqualTo(Duration.ofMinutes(64));
        assertThat(b.delayAfter(8)).isEqualTo(Duration.ofHours(2));
        assertThat(b.delayAfter(40)).isEqualTo(Duration.ofHours(2));
        assertThat(b.givesUpAfter(9)).isFalse();
        assertThat(b.givesUpAfter(10)).isTrue();
    }
}
