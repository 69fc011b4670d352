package cn.luoshi.ledger.light;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of the light rule for one task.
 *
 * @param light                the light
 * @param reason               the decisive reasons joined with "；" (checked), e.g. "已逾期3个工作日；落后序时进度40个百分点"
 * @param reasons              the decisive reasons: those of the winning light only
 * @param countdownWorkingDays signed working days to the deadline (see {@link Countdown}); {@code null} for
 *                             completed and terminated tasks
 * @param countdownText        剩余N个工作日 / 今日到期 / 已逾期N个工作日; {@code null} when no countdown
 * @param lagPoints            序时进度 - 实际进度 in points, rounded to 0.01 (positive = behind); {@code null} for
 *                             completed and terminated tasks
 * @param warnings             calendar warnings, e.g. that a year's holidays are not entered yet
 */
public record LightVerdict(Light light, String reason, List<String> reasons, Integer countdownWorkingDays,
                           String countdownText, BigDecimal lagPoints, List<String> warnings) {

    public LightVerdict {
        Objects.requireNonNull(light, "light");
        reasons = List.copyOf(reasons);
        if (!String.join("；", reasons).equals(reason)) {
            throw new IllegalArgumentException("reason must be the reasons joined with '；': " + reason);
        }
        warnings = List.copyOf(warnings);
    }

    /**
     * This verdict with its missed-report finding naming the period (未按时报送2026年10月进展), which the rule does
     * not know; itself when {@code periodLabel} is null or there is no such finding.
     */
    public LightVerdict namingMissedPeriod(String periodLabel) {
        if (periodLabel == null || !reasons.contains(LightRule.REPORT_MISSING)) {
            return this;
        }
        List<String> named = reasons.stream()
                .map(r -> r.equals(LightRule.REPORT_MISSING) ? "未按时报送" + periodLabel + "进展" : r).toList();
        return new LightVerdict(light, String.join("；", named), named, countdownWorkingDays, countdownText,
                lagPoints, warnings);
    }

    /** A verdict whose {@code reason} is the {@code reasons} joined with "；". */
    static LightVerdict of(Light light, List<String> reasons, Countdown countdown, BigDecimal lagPoints,
                           List<String> warnings) {
        return new LightVerdict(light, String.join("；", reasons), reasons,
                countdown == null ? null : countdown.workingDays(), countdown == null ? null : countdown.text(),
                lagPoints, warnings);
    }
}
