package cn.luoshi.ledger.light;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.calendar.WorkingDayCalendar;

/**
 * Glue for the ledger: today from a {@link Clock} (Beijing date), 序时进度 from the schedule, then the light rule.
 * Inject a fixed clock in tests.
 */
public final class LightEvaluator {

    private final ScheduleProgress progress;
    private final LightRule rule;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    public LightEvaluator(WorkingDayCalendar calendar, LightPolicy policy, Clock clock) {
        this.calendar = calendar;
        this.progress = new ScheduleProgress(calendar);
        this.rule = new LightRule(calendar, policy);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The calendar this evaluator counts working days by. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Today's Beijing date by the injected clock. */
    public LocalDate today() {
        return ChinaDate.today(clock);
    }

    /** The light of a task today. */
    public LightVerdict evaluate(TaskSchedule schedule, TaskFacts facts) {
        return evaluate(schedule, facts, today());
    }

    /** The light of a task at {@code today} (for batch runs that fix the date once). */
    public LightVerdict evaluate(TaskSchedule schedule, TaskFacts facts, LocalDate today) {
        double planned = progress.plannedPercent(schedule, today);
        return rule.evaluate(new LightInput(facts.phase(), schedule.start(), schedule.deadline(), today, planned,
                facts.actualPercent(), facts.reportMissing(), facts.acceptanceOverdue(), facts.completedOn()));
    }

    /**
     * What the ledger knows about a task's execution (as opposed to its plan).
     *
     * @param phase             status category
     * @param actualPercent     latest reported cumulative percent, {@code null} if none
     * @param reportMissing     a progress report is missing for a due cycle
     * @param acceptanceOverdue not signed for in time
     * @param completedOn       completion date, if completed
     */
    public record TaskFacts(Phase phase, Double actualPercent, boolean reportMissing, boolean acceptanceOverdue,
                            LocalDate completedOn) {

        public TaskFacts {
            Objects.requireNonNull(phase, "phase");
        }

        public static TaskFacts inProgress(Double actualPercent) {
            return new TaskFacts(Phase.IN_PROGRESS, actualPercent, false, false, null);
        }
    }
}
