package cn.luoshi.supervision;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightInput;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.LightRule;
import cn.luoshi.ledger.light.LightVerdict;
import cn.luoshi.ledger.light.Phase;
import cn.luoshi.ledger.light.ScheduleProgress;
import cn.luoshi.ledger.light.TaskSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 整改事项亮灯 — a rectification item is lit by the tasks' own rule ({@link LightRule}, same thresholds and
 * working-day calendar): its plan runs evenly in working days from the day it was opened (start) to its deadline,
 * its actual progress is the percent the owner unit last reported. Mapping of states:
 * <ul>
 * <li>待整改 is a task not yet signed for: red when the owner unit has not started it within the acceptance time
 * (reason 超期未启动整改, like 超期未签收);</li>
 * <li>整改中 is judged like a task in progress (overdue red, near the deadline yellow, behind 序时进度 yellow/red);</li>
 * <li>已整改待销号 (待销号) — the unit has reported the result and waits for the 督查室 — is no longer judged against
 * today: the wait for 销号 is the office's, not the unit's. It is judged once, by the day the result was reported
 * against the deadline: on or before it green 「已按期整改，待销号」; after it yellow 「超期N个工作日整改，待销号」 (N in
 * working days up to the report, so it does not grow while waiting; 「超期不足1个工作日」 for a weekend or holiday
 * just after the deadline). Never red: nothing is left for the unit to do until the office sends it back
 * (退回重改 makes it 整改中 again, judged against today). No countdown;</li>
 * <li>已销号 is blue (已销号, or 已销号（超期N个工作日）when the result was reported after the deadline — judged by the
 * day the unit reported it done, as a task by its completion request).</li>
 * </ul>
 * Pure: today, the calendar and the policy are passed in.
 */
public final class RectificationLight {

    private final WorkingDayCalendar calendar;
    private final LightRule rule;
    private final ScheduleProgress progress;
    private final int acceptanceWorkingDays;

    public RectificationLight(WorkingDayCalendar calendar, LightPolicy policy, int acceptanceWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rule = new LightRule(calendar, policy);
        this.progress = new ScheduleProgress(calendar);
        this.acceptanceWorkingDays = acceptanceWorkingDays;
    }

    /**
     * What the rule needs to know of one item; {@code doneOn} is the day the result was reported (or the day the
     * 督查室 closed it without a report); for an item 待销号 without a known report day, today is taken.
     */
    public record Facts(RectificationStatus status, LocalDate openedOn, LocalDate deadline, BigDecimal progressPercent,
            LocalDate doneOn) {

        public Facts {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(openedOn, "openedOn");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    public LightVerdict evaluate(Facts f, LocalDate today) {
        if (f.status() == RectificationStatus.RECTIFIED) {
            return awaitingClosure(f.deadline(), f.doneOn() == null ? today : f.doneOn());
        }
        LocalDate start = f.openedOn().isAfter(f.deadline()) ? f.deadline() : f.openedOn();
        TaskSchedule schedule = TaskSchedule.linear(start, f.deadline());
        double planned = progress.plannedPercent(schedule, today);
        Phase phase = switch (f.status()) {
            case OPEN -> Phase.NOT_STARTED;
            case IN_PROGRESS, RECTIFIED -> Phase.IN_PROGRESS; // RECTIFIED does not get here
            case CLOSED -> Phase.COMPLETED;
        };
        boolean notStartedInTime = f.status() == RectificationStatus.OPEN
                && calendar.workingDaysBetween(f.openedOn(), today) > acceptanceWorkingDays;
        Double actual = f.progressPercent() == null ? null : Math.max(0, f.progressPercent().doubleValue());
        LocalDate doneOn = f.status() == RectificationStatus.CLOSED ? f.doneOn() : null;
        LightVerdict v = rule.evaluate(new LightInput(phase, start, f.deadline(), today, planned, actual, false,
                notStartedInTime, doneOn));
        List<String> reasons = v.reasons().stream().map(RectificationLight::words).toList();
        return new LightVerdict(v.light(), String.join("；", reasons), reasons, v.countdownWorkingDays(),
                v.countdownText(), v.lagPoints(), v.warnings());
    }

    /** 待销号: judged by the day the result was reported, never by today (see the class comment). */
    private LightVerdict awaitingClosure(LocalDate deadline, LocalDate reportedOn) {
        if (!reportedOn.isAfter(deadline)) {
            return new LightVerdict(Light.GREEN, "已按期整改，待销号", List.of("已按期整改，待销号"), null, null, null,
                    List.of());
        }
        int late = calendar.workingDaysBetween(deadline, reportedOn);
        String reason = (late > 0 ? "超期" + late + "个工作日" : "超期不足1个工作日") + "整改，待销号";
        List<String> warnings = calendar.fallbackWarning(deadline, reportedOn).map(List::of).orElse(List.of());
        return new LightVerdict(Light.YELLOW, reason, List.of(reason), null, null, null, warnings);
    }

    /** The task rule's words, said of a rectification item. */
    private static String words(String reason) {
        return reason.replace("超期未签收", "超期未启动整改")
                .replace("已办结", "已销号")
                .replace("（尚未报送进展）", "（尚未报送整改进展）");
    }
}
