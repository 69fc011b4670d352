package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.light.LightEvaluator.TaskFacts;

class LightEvaluatorTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static LightEvaluator at(String instant) {
        return new LightEvaluator(WorkingDayCalendar.chinaMainland(), LightPolicy.defaults(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void justAfterMidnightInBeijingTheTaskIsAlreadyDueToday() {
        // 2025-10-08 16:30 UTC is 2025-10-09 00:30 in Beijing, the first working day after the break.
        LightEvaluator evaluator = at("2025-10-08T16:30:00Z");
        TaskSchedule schedule = TaskSchedule.linear(d(2025, 9, 1), d(2025, 10, 9));
        LightVerdict verdict = evaluator.evaluate(schedule, TaskFacts.inProgress(100.0));
        assertThat(evaluator.today()).isEqualTo(d(2025, 10, 9));
        assertThat(verdict.light()).isEqualTo(Light.YELLOW);
        assertThat(verdict.reason()).isEqualTo("今日到期");
    }

    @Test
    void thePlannedProgressComesFromTheMilestonesOnThePinnedDay() {
        // 120 households, 60 planned by Fri 10-17; on Thu 10-09 Beijing time 30 + 30·4/11 ≈ 40.9 are due.
        TaskSchedule schedule = new TaskSchedule(d(2025, 9, 1), d(2025, 12, 31), 120.0, List.of(
                Milestone.quantity(d(2025, 9, 26), 30), Milestone.quantity(d(2025, 10, 17), 60)));
        LightEvaluator evaluator = at("2025-10-09T02:00:00Z");
        double planned = 25.0 + 25.0 * 4 / 11;
        LightVerdict onPlan = evaluator.evaluate(schedule, TaskFacts.inProgress(planned));
        LightVerdict behind = evaluator.evaluate(schedule, TaskFacts.inProgress(planned - 12));
        assertThat(onPlan.light()).isEqualTo(Light.GREEN);
        assertThat(behind.light()).isEqualTo(Light.YELLOW);
        assertThat(behind.reason()).isEqualTo("落后序时进度12个百分点");
    }

    @Test
    void aCompletedTaskStaysBlueWhateverTheClockSays() {
        TaskSchedule schedule = TaskSchedule.linear(d(2025, 9, 1), d(2025, 9, 30));
        TaskFacts done = new TaskFacts(Phase.COMPLETED, 100.0, false, false, d(2025, 9, 29));
        assertThat(at("2026-06-01T00:00:00Z").evaluate(schedule, done).light()).isEqualTo(Light.BLUE);
    }
}
