package cn.luoshi.ledger.light;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the light rule looks at for one task.
 *
 * @param phase             status category
 * @param startDate         start date
 * @param deadline          deadline in force (after approved extensions)
 * @param today             the date to judge at (Beijing date; see {@link cn.luoshi.calendar.ChinaDate})
 * @param plannedPercent    序时进度 at {@code today}, 0–100 (from {@link ScheduleProgress})
 * @param actualPercent     latest reported cumulative progress, ≥ 0; {@code null} if nothing reported yet (then
 *                          counted as 0)
 * @param reportMissing     a progress report is missing for a cycle already due (未按时报送)
 * @param acceptanceOverdue the task was not signed for within the allowed time (超期未签收)
 * @param completedOn       completion date if {@code phase} is COMPLETED, else {@code null}; may be {@code null}
 *                          if unknown
 */
public record LightInput(Phase phase, LocalDate startDate, LocalDate deadline, LocalDate today,
                         double plannedPercent, Double actualPercent, boolean reportMissing,
                         boolean acceptanceOverdue, LocalDate completedOn) {

    public LightInput {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(today, "today");
        if (!(plannedPercent >= 0 && plannedPercent <= 100)) {
            throw new IllegalArgumentException("plannedPercent must be within 0–100: " + plannedPercent);
        }
        if (actualPercent != null && (!(actualPercent >= 0) || actualPercent.isInfinite())) {
            throw new IllegalArgumentException("actualPercent must be a number ≥ 0: " + actualPercent);
        }
    }

    /** An active task with no missing report and acceptance in time. */
    public static LightInput inProgress(LocalDate startDate, LocalDate deadline, LocalDate today,
                                        double plannedPercent, Double actualPercent) {
        return new LightInput(Phase.IN_PROGRESS, startDate, deadline, today, plannedPercent, actualPercent,
                false, false, null);
    }

    public LightInput withPhase(Phase newPhase) {
        return new LightInput(newPhase, startDate, deadline, today, plannedPercent, actualPercent, reportMissing,
                acceptanceOverdue, completedOn);
    }

    public LightInput withReportMissing(boolean missing) {
        return new LightInput(phase, startDate, deadline, today, plannedPercent, actualPercent, missing,
                acceptanceOverdue, completedOn);
    }

    public LightInput withAcceptanceOverdue(boolean overdue) {
        return new LightInput(phase, startDate, deadline, today, plannedPercent, actualPercent, reportMissing,
                overdue, completedOn);
    }

    /** The same task, completed on {@code date}. */
    public LightInput completed(LocalDate date) {
        return new LightInput(Phase.COMPLETED, startDate, deadline, today, plannedPercent, actualPercent,
                reportMissing, acceptanceOverdue, date);
    }
}
