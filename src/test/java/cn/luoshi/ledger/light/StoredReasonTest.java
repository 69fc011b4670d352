package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.luoshi.calendar.WorkingDayCalendar;

/** The stored reason leaves day counts out, and shows the same words the rule gives on the day it is shown. */
class StoredReasonTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private final LightRule rule = new LightRule(calendar, LightPolicy.defaults());

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Overdue since Tue 2025-09-30 and 60 points behind; judged on {@code today}. */
    private LightVerdict overdueOn(LocalDate today) {
        return rule.evaluate(LightInput.inProgress(d(2025, 6, 2), d(2025, 9, 30), today, 100.0, 40.0));
    }

    private StoredReason stored(LightVerdict v, LocalDate today, LocalDate deadline) {
        return StoredReason.of(v.reasons(), Countdown.of(calendar, today, deadline));
    }

    @Test
    void anOverdueTaskStoresTheSameReasonEveryDayAndShowsTheDayCountOfTheDayItIsShown() {
        // Across the National Day holiday and the 调休 Saturday 10-11: the stored reason does not move.
        LocalDate[] days = {d(2025, 10, 9), d(2025, 10, 10), d(2025, 10, 11), d(2025, 10, 13)};
        StoredReason first = stored(overdueOn(days[0]), days[0], d(2025, 9, 30));
        assertThat(first).isEqualTo(new StoredReason(true, "落后序时进度60个百分点"));
        for (LocalDate day : days) {
            LightVerdict v = overdueOn(day);
            assertThat(stored(v, day, d(2025, 9, 30))).isEqualTo(first);
            assertThat(first.shown(Countdown.of(calendar, day, d(2025, 9, 30)))).isEqualTo(v.reason());
        }
        assertThat(first.shown(Countdown.of(calendar, d(2025, 10, 11), d(2025, 9, 30))))
                .isEqualTo("已逾期3个工作日；落后序时进度60个百分点");
    }

    @Test
    void aDeadlineWithinFiveWorkingDaysIsCountedDownWhenShown() {
        LocalDate deadline = d(2025, 12, 31);
        LightVerdict v = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), deadline, d(2025, 12, 26), 97.0, 96.0));
        assertThat(v.light()).isEqualTo(Light.YELLOW);
        StoredReason s = stored(v, d(2025, 12, 26), deadline);
        assertThat(s).isEqualTo(new StoredReason(true, ""));
        assertThat(s.shown(Countdown.of(calendar, d(2025, 12, 26), deadline))).isEqualTo("距完成时限还剩3个工作日");
        assertThat(s.shown(Countdown.of(calendar, deadline, deadline))).isEqualTo("今日到期");
    }

    @Test
    void findingsWithoutTheDeadlineAreStoredAsTheyAre() {
        LightVerdict v = rule.evaluate(LightInput.inProgress(d(2025, 9, 1), d(2025, 12, 31), d(2025, 11, 5), 50.0,
                32.0));
        StoredReason s = stored(v, d(2025, 11, 5), d(2025, 12, 31));
        assertThat(s).isEqualTo(new StoredReason(false, "落后序时进度18个百分点"));
        assertThat(s.shown(Countdown.of(calendar, d(2025, 11, 6), d(2025, 12, 31)))).isEqualTo(v.reason());
        assertThat(StoredReason.of(List.of("未交办"), null).shown(null)).isEqualTo("未交办");
    }
}
