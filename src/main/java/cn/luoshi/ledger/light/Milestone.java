package cn.luoshi.ledger.light;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated checkpoint of a task's plan (节点目标): the cumulative value planned by that date, either as a percent of
 * the whole task or as a quantity of the task's target (e.g. 60 of 120 households).
 *
 * @param date         the checkpoint date
 * @param plannedValue cumulative planned value, ≥ 0
 * @param measure      whether {@code plannedValue} is a percent or a quantity
 */
public record Milestone(LocalDate date, double plannedValue, Measure measure) {

    /** How a milestone's value is expressed. */
    public enum Measure {
        /** Percent of the whole task, 0–100. */
        PERCENT,
        /** Quantity in the unit of the task's target value. */
        QUANTITY
    }

    public Milestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(measure, "measure");
        if (!(plannedValue >= 0) || Double.isInfinite(plannedValue)) {
            throw new IllegalArgumentException("planned value must be a number ≥ 0: " + plannedValue);
        }
    }

    public static Milestone percent(LocalDate date, double percent) {
        return new Milestone(date, percent, Measure.PERCENT);
    }

    public static Milestone quantity(LocalDate date, double quantity) {
        return new Milestone(date, quantity, Measure.QUANTITY);
    }
}
