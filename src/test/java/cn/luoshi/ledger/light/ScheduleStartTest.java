package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 序时起算日 (issue 12). The case that found it: a task whose plan started on 5 January, handed to the unit on 1 June,
 * was red "落后序时进度…" on the very day it was assigned. And before its start date an accepted task was green
 * "符合序时进度" while a 待签收 one was grey.
 */
class ScheduleStartTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    static final LocalDate ASSIGNED = LocalDate.of(2026, 6, 1);
    static final LocalDate ACCEPTED = LocalDate.of(2026, 6, 3);

    final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    final LightEvaluator evaluator = new LightEvaluator(calendar, LightPolicy.defaults(),
            java.time.Clock.systemUTC());

    LightVerdict lightOn(LocalDate today, ScheduleStart from, Phase phase) {
        LocalDate start = from.from(START, ASSIGNED, phase == Phase.NOT_STARTED ? null : ACCEPTED, DEADLINE);
        return evaluator.evaluate(TaskSchedule.linear(start, DEADLINE),
                new LightEvaluator.TaskFacts(phase, null, false, false, null), today);
    }

    @Test
    void theLaterOfStartAndAssignmentOrAcceptance() {
        assertThat(ScheduleStart.START.from(START, ASSIGNED, ACCEPTED, DEADLINE)).isEqualTo(START);
        assertThat(ScheduleStart.ASSIGNED.from(START, ASSIGNED, ACCEPTED, DEADLINE)).isEqualTo(ASSIGNED);
        assertThat(ScheduleStart.ACCEPTED.from(START, ASSIGNED, ACCEPTED, DEADLINE)).isEqualTo(ACCEPTED);
        assertThat(ScheduleStart.ACCEPTED.from(START, ASSIGNED, null, DEADLINE)).as("not yet accepted")
                .isEqualTo(ASSIGNED);
        // Assigned before the start: the start date rules.
        assertThat(ScheduleStart.ASSIGNED.from(ASSIGNED, START, null, DEADLINE)).isEqualTo(ASSIGNED);
        // Never after the deadline.
        assertThat(ScheduleStart.ASSIGNED.from(START, DEADLINE.plusDays(3), null, DEADLINE)).isEqualTo(DEADLINE);
        assertThat(ScheduleStart.ASSIGNED.from(START, null, null, DEADLINE)).isEqualTo(START);
    }

    @Test
    void aTaskHandedOverAfterItsStartIsNotRedOnTheDayItIsAssigned() {
        LightVerdict before = lightOn(ASSIGNED, ScheduleStart.START, Phase.NOT_STARTED);
        assertThat(before.light()).isEqualTo(Light.RED); // ≈ 40 points behind on day one: the complaint
        LightVerdict now = lightOn(ASSIGNED, ScheduleStart.ASSIGNED, Phase.NOT_STARTED);
        assertThat(now.light()).isEqualTo(Light.GREEN);
        assertThat(now.reason()).isEqualTo("符合序时进度");
        // With nothing reported it falls behind in time, counted from 1 June: green after a week and a half, not
        // green three months on.
        assertThat(lightOn(LocalDate.of(2026, 6, 12), ScheduleStart.ASSIGNED, Phase.IN_PROGRESS).light())
                .isEqualTo(Light.GREEN);
        assertThat(lightOn(LocalDate.of(2026, 9, 1), ScheduleStart.ASSIGNED, Phase.IN_PROGRESS).light())
                .isNotEqualTo(Light.GREEN);
    }

    @Test
    void beforeItsStartDateATaskIsGreyWhetherAcceptedOrNot() {
        LightRule rule = new LightRule(calendar, LightPolicy.defaults());
        LocalDate start = LocalDate.of(2026, 9, 1);
        LocalDate today = LocalDate.of(2026, 8, 3);
        for (Phase phase : new Phase[] {Phase.NOT_STARTED, Phase.IN_PROGRESS}) {
            LightVerdict v = rule.evaluate(new LightInput(phase, start, DEADLINE, today, 0.0, null, false, false,
                    null));
            assertThat(v.light()).as(phase.name()).isEqualTo(Light.GREY);
            assertThat(v.reason()).isEqualTo("未开始");
        }
        // A finding still wins: 超期未签收 is red before the start too.
        assertThat(rule.evaluate(new LightInput(Phase.NOT_STARTED, start, DEADLINE, today, 0.0, null, false, true,
                null)).light()).isEqualTo(Light.RED);
    }
}
