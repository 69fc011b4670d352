package cn.luoshi.ledger.light;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.luoshi.calendar.WorkingDayCalendar;

/**
 * 亮灯规则: decides the light of a task. Pure and thread-safe.
 *
 * <ul>
 * <li>TERMINATED → {@link Light#NONE} (已终止, out of supervision).</li>
 * <li>COMPLETED → {@link Light#BLUE} (已办结; "已办结（超期N个工作日）" if completed after the deadline).</li>
 * <li>Otherwise every finding is collected, each with its light:
 * red — overdue (today after the deadline), acceptance overdue (default), lag above {@code redLagPoints};
 * yellow — lag from {@code yellowLagPoints} up to {@code redLagPoints}, deadline within
 * {@code deadlineWarningWorkingDays} working days (today included, 今日到期), report missing (default).
 * The worst light wins and the verdict lists the findings of that light only, always in the order deadline
 * (逾期 / 临近), acceptance, lag, report.
 * With no finding: {@link Light#GREY} (未开始) if today is before its start date, accepted or not,
 * else {@link Light#GREEN}.</li>
 * </ul>
 * See {@link LightPolicy} for the exact boundaries. The lag is rounded to 0.01 points before it is compared, so
 * the number in the reason is the number that was judged.
 */
public final class LightRule {

    /** The finding of a missed report; {@link LightVerdict#namingMissedPeriod} names the period in it. */
    static final String REPORT_MISSING = "未按时报送进展";

    private final WorkingDayCalendar calendar;
    private final LightPolicy policy;

    public LightRule(WorkingDayCalendar calendar, LightPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public LightVerdict evaluate(LightInput in) {
        List<String> warnings = warnings(in);
        switch (in.phase()) {
            case TERMINATED:
                return LightVerdict.of(Light.NONE, List.of("已终止"), null, null, warnings);
            case COMPLETED:
                return LightVerdict.of(Light.BLUE, List.of(completedReason(in)), null, null, warnings);
            default:
                return evaluateActive(in, warnings);
        }
    }

    private LightVerdict evaluateActive(LightInput in, List<String> warnings) {
        Countdown countdown = Countdown.of(calendar, in.today(), in.deadline());
        BigDecimal lag = lagPoints(in);
        String lagText = lagText(lag, in.actualPercent() == null);
        List<String> red = new ArrayList<>();
        List<String> yellow = new ArrayList<>();

        if (countdown.overdue()) {
            red.add(countdown.reasonText());
        } else if (countdown.workingDays() <= policy.deadlineWarningWorkingDays()) {
            yellow.add(countdown.reasonText());
        }
        if (in.acceptanceOverdue()) {
            (policy.acceptanceOverdueLight() == Light.RED ? red : yellow).add("超期未签收");
        }
        if (lag.compareTo(policy.redLagPoints()) > 0) {
            red.add(lagText);
        } else if (lag.compareTo(policy.yellowLagPoints()) >= 0) {
            yellow.add(lagText);
        }
        if (in.reportMissing()) {
            (policy.missingReportLight() == Light.RED ? red : yellow).add(REPORT_MISSING);
        }

        if (!red.isEmpty()) {
            return LightVerdict.of(Light.RED, red, countdown, lag, warnings);
        }
        if (!yellow.isEmpty()) {
            return LightVerdict.of(Light.YELLOW, yellow, countdown, lag, warnings);
        }
        // Before the start date a task is grey whether or not it was accepted (issue 12: an accepted one was green
        // "符合序时进度", a 待签收 one grey).
        if (in.today().isBefore(in.startDate())) {
            return LightVerdict.of(Light.GREY, List.of("未开始"), countdown, lag, warnings);
        }
        return LightVerdict.of(Light.GREEN, List.of(greenReason(lag)), countdown, lag, warnings);
    }

    /** 序时进度 - 实际进度, rounded half-up to 0.01 points; no report yet counts as 0%. */
    private static BigDecimal lagPoints(LightInput in) {
        double actual = in.actualPercent() == null ? 0.0 : in.actualPercent();
        return BigDecimal.valueOf(in.plannedPercent() - actual).setScale(2, RoundingMode.HALF_UP);
    }

    private static String lagText(BigDecimal lag, boolean noReport) {
        return "落后序时进度" + points(lag) + "个百分点" + (noReport ? "（尚未报送进展）" : "");
    }

    private static String greenReason(BigDecimal lag) {
        if (lag.signum() < 0) {
            return "超前序时进度" + points(lag.negate()) + "个百分点";
        }
        if (lag.signum() == 0) {
            return "符合序时进度";
        }
        return "落后序时进度" + points(lag) + "个百分点，在容许范围内";
    }

    private String completedReason(LightInput in) {
        LocalDate done = in.completedOn();
        if (done == null || !done.isAfter(in.deadline())) {
            return "已办结";
        }
        int late = calendar.workingDaysBetween(in.deadline(), done);
        return late > 0 ? "已办结（超期" + late + "个工作日）" : "已办结（超期不足1个工作日）";
    }

    private List<String> warnings(LightInput in) {
        LocalDate from = in.startDate().isBefore(in.today()) ? in.startDate() : in.today();
        LocalDate to = in.deadline().isAfter(in.today()) ? in.deadline() : in.today();
        return calendar.fallbackWarning(from, to).map(List::of).orElse(List.of());
    }

    /** 18.00 → "18", 9.90 → "9.9". */
    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
