package cn.luoshi.ledger.light;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the plan of a task says about time: start, the deadline in force (完成时限, after any approved extension),
 * the quantified target if any (量化目标值) and the milestones.
 *
 * @param start       start date (开始日期)
 * @param deadline    deadline in force, not before {@code start}
 * @param targetValue quantified target (e.g. 120 households), or {@code null} if the task has none; required if a
 *                    milestone is given as a quantity
 * @param milestones  checkpoints, any order, at most one per date (stored sorted by date)
 */
public record TaskSchedule(LocalDate start, LocalDate deadline, Double targetValue, List<Milestone> milestones) {

    public TaskSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(start)) {
            throw new IllegalArgumentException("deadline " + deadline + " is before start " + start);
        }
        List<Milestone> sorted = new ArrayList<>(milestones == null ? List.of() : milestones);
        sorted.sort(Comparator.comparing(Milestone::date));
        Set<LocalDate> dates = new HashSet<>();
        for (Milestone m : sorted) {
            if (!dates.add(m.date())) {
                throw new IllegalArgumentException("two milestones on " + m.date());
            }
            if (m.measure() == Milestone.Measure.QUANTITY && (targetValue == null || !(targetValue > 0))) {
                throw new IllegalArgumentException("milestone on " + m.date()
                        + " is a quantity but the task has no positive target value");
            }
        }
        milestones = List.copyOf(sorted);
    }

    /** A task planned evenly from start to deadline, without milestones. */
    public static TaskSchedule linear(LocalDate start, LocalDate deadline) {
        return new TaskSchedule(start, deadline, null, List.of());
    }

    /** The milestone's planned value as a percent of the whole task, capped to 0–100. */
    double percentOf(Milestone milestone) {
        double percent = milestone.measure() == Milestone.Measure.PERCENT
                ? milestone.plannedValue()
                : milestone.plannedValue() / targetValue * 100.0;
        return Math.min(100.0, percent);
    }
}
