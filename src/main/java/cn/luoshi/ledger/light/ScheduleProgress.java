package cn.luoshi.ledger.light;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.luoshi.calendar.WorkingDayCalendar;

/**
 * 序时进度: the progress (percent) a task should have reached at a date according to its plan, measured in working
 * days so that holidays do not make a task look behind.
 *
 * <p>The plan is a curve through the points (start, 0%), each milestone strictly between start and deadline
 * (converted to percent of the target value, capped at 100), and (deadline, 100%). Between two points the value
 * grows in proportion to the working days elapsed: at date t after point p₀ and before p₁ it is
 * {@code v₀ + (v₁ - v₀) · W(p₀, t) / W(p₀, p₁)} with {@code W} = {@link WorkingDayCalendar#workingDaysBetween}
 * (start excluded, end included), i.e. the usual 时间进度 = 已过工作日 / 总工作日. So after the last milestone the
 * value climbs from the milestone's value to 100 at the deadline. If two points have no working day between them
 * the value stays at the earlier point's until the later date. Before the start the value is 0; on and after the
 * deadline it is 100. Milestones on or outside the start and deadline are ignored (the ends are fixed).
 */
public final class ScheduleProgress {

    private final WorkingDayCalendar calendar;

    public ScheduleProgress(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The planned cumulative percent (0–100) of {@code schedule} at the end of {@code date}. */
    public double plannedPercent(TaskSchedule schedule, LocalDate date) {
        LocalDate start = schedule.start();
        LocalDate deadline = schedule.deadline();
        if (!date.isAfter(start)) {
            return date.isBefore(deadline) || date.isBefore(start) ? 0.0 : 100.0;
        }
        if (!date.isBefore(deadline)) {
            return 100.0;
        }
        // start < date < deadline: find the points around date.
        LocalDate fromDate = start;
        double fromValue = 0.0;
        LocalDate toDate = deadline;
        double toValue = 100.0;
        for (Milestone m : schedule.milestones()) {
            if (!m.date().isAfter(start) || !m.date().isBefore(deadline)) {
                continue;
            }
            if (!m.date().isAfter(date)) {
                fromDate = m.date();
                fromValue = schedule.percentOf(m);
            } else {
                toDate = m.date();
                toValue = schedule.percentOf(m);
                break;
            }
        }
        int span = calendar.workingDaysBetween(fromDate, toDate);
        if (span == 0) {
            return fromValue;
        }
        int elapsed = calendar.workingDaysBetween(fromDate, date);
        return fromValue + (toValue - fromValue) * elapsed / span;
    }

    /** Convenience: the points of the planned curve (for charts), start and deadline included. */
    public List<PlanPoint> curve(TaskSchedule schedule) {
        List<PlanPoint> points = new ArrayList<>();
        points.add(new PlanPoint(schedule.start(), 0.0));
        for (Milestone m : schedule.milestones()) {
            if (m.date().isAfter(schedule.start()) && m.date().isBefore(schedule.deadline())) {
                points.add(new PlanPoint(m.date(), schedule.percentOf(m)));
            }
        }
        points.add(new PlanPoint(schedule.deadline(), 100.0));
        return List.copyOf(points);
    }

    /** A point of the planned curve. */
    public record PlanPoint(LocalDate date, double percent) {
    }
}
