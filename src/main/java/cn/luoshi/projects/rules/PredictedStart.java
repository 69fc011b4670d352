package cn.luoshi.projects.rules;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 预计开工: for a project not yet started, the approval nodes still open (手续: 立项、用地、规划许可、环评、施工许可…)
 * take their standard durations one after the other from today; the start can come no earlier than the working day
 * after the last of them. Later than the planned start warns before the start month is lost.
 */
public final class PredictedStart {

    /** The predicted start and how many working days it is later than planned (0 when not later). */
    public record Prediction(LocalDate predicted, int lateDays, int openApprovals) {
        public String reason() {
            return "按剩余手续（" + openApprovals + "项）标准时长，预计开工晚于计划" + lateDays + "个工作日";
        }
    }

    private PredictedStart() {
    }

    /** Empty when nothing is open or the project has no planned start. */
    public static Optional<Prediction> of(LocalDate today, LocalDate plannedStart, List<Integer> openApprovalDays,
            WorkingDayCalendar cal) {
        if (plannedStart == null || openApprovalDays.isEmpty()) {
            return Optional.empty();
        }
        int total = openApprovalDays.stream().mapToInt(Integer::intValue).sum();
        LocalDate done = cal.addWorkingDays(today, total);
        LocalDate predicted = cal.addWorkingDays(done, 1);
        LocalDate planned = cal.nextWorkingDayOnOrAfter(plannedStart);
        int late = Math.max(0, cal.workingDaysBetween(planned, predicted));
        return Optional.of(new Prediction(predicted, late, openApprovalDays.size()));
    }
}
